import { describe, expect, it } from 'vitest';
import { thatBeforePlural } from './complementizer';

// The tag table the repair reads, as the tagger's: "that" is retagged to its IN|SCONJ.
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

/** The tag of "that" after the repair, for words given as "word/TAG|UPOS". */
function thatTag(tagged: string): string {
  const pairs = tagged.split(' ').map((p) => p.split('/') as [string, string]);
  const text = pairs.map(([w]) => w).join(' ');
  let at = 0;
  const spans = pairs.map(([w]) => ({ start: (at = text.indexOf(w, at)), end: (at += w.length) }));
  const ids = Int32Array.from(pairs.map(([, t]) => TAGS.indexOf(t)));
  thatBeforePlural(text, spans, ids, TAGS);
  return TAGS[ids[pairs.findIndex(([w]) => w === 'that')]!]!;
}

describe('"that" before a plural', () => {
  it('opens a clause: it cannot point at a plural ("shown that lower-income Americans tend…")', () => {
    expect(
      thatTag(
        'Studies/NNS|NOUN have/VBP|AUX shown/VBN|VERB that/DT|DET lower/JJR|ADJ -/HYPH|PUNCT income/NN|NOUN Americans/NNPS|PROPN',
      ),
    ).toBe('IN|SCONJ');
  });
  it('stays a determiner before a singular ("said that plan is bad")', () => {
    expect(
      thatTag('Studies/NNS|NOUN have/VBP|AUX shown/VBN|VERB that/DT|DET income/NN|NOUN is/VBZ|AUX'),
    ).toBe('DT|DET');
  });
});
