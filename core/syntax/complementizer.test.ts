import { describe, expect, it } from 'vitest';
import { thatBeforePlural } from './complementizer';

const TAGS = [
  'NNS|NOUN',
  'VBP|AUX',
  'VBN|VERB',
  'DT|DET',
  'JJR|ADJ',
  'HYPH|PUNCT',
  'NN|NOUN',
  'NNPS|PROPN',
  'IN|SCONJ',
  'VBZ|AUX',
];
const id = (t: string) => TAGS.indexOf(t);

function retag(words: string[], tags: string[]): string[] {
  const text = words.join(' ');
  let at = 0;
  const spans = words.map((w) => ({ start: (at = text.indexOf(w, at)), end: (at += w.length) }));
  const ids = Int32Array.from(tags.map(id));
  thatBeforePlural(text, spans, ids, TAGS);
  return [...ids].map((i) => TAGS[i]!);
}

describe('"that" before a plural', () => {
  it('opens a clause: it cannot point at a plural ("shown that lower-income Americans tend…")', () => {
    const words = ['Studies', 'have', 'shown', 'that', 'lower', '-', 'income', 'Americans'];
    const tags = [
      'NNS|NOUN',
      'VBP|AUX',
      'VBN|VERB',
      'DT|DET',
      'JJR|ADJ',
      'HYPH|PUNCT',
      'NN|NOUN',
      'NNPS|PROPN',
    ];
    expect(retag(words, tags)[3]).toBe('IN|SCONJ');
  });
  it('stays a determiner before a singular ("said that plan is bad")', () => {
    const words = ['Studies', 'have', 'shown', 'that', 'income', 'is'];
    const tags = ['NNS|NOUN', 'VBP|AUX', 'VBN|VERB', 'DT|DET', 'NN|NOUN', 'VBZ|AUX'];
    expect(retag(words, tags)[3]).toBe('DT|DET');
  });
});
