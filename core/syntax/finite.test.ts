import { describe, expect, it } from 'vitest';
import { pastForParticiple } from './finite';

const TAGS = [
  'NNP|PROPN',
  'VBN|VERB',
  'VBD|VERB',
  'NNS|NOUN',
  ',|PUNCT',
  'JJ|ADJ',
  'DT|DET',
  'VB|VERB',
  'RB|ADV',
  '.|PUNCT',
];

/** The tags after the repair of a sentence given as its tagger's tags. */
function retag(tags: string[]): string[] {
  const ids = Int32Array.from(tags, (t) => TAGS.indexOf(t));
  pastForParticiple(ids, TAGS);
  return Array.from(ids, (i) => TAGS[i]!);
}

describe('pastForParticiple', () => {
  it('makes the participle after a subject the verb a sentence without one lacks', () => {
    // Protesters chanted slogans .
    expect(retag(['NNS|NOUN', 'VBN|VERB', 'NNS|NOUN', '.|PUNCT'])[1]).toBe('VBD|VERB');
    // Axelrod , an adviser , called Dean .
    const appositive = ['NNP|PROPN', ',|PUNCT', 'DT|DET', 'NNS|NOUN', ',|PUNCT', 'VBN|VERB', 'NNP|PROPN'];
    expect(retag(appositive)[5]).toBe('VBD|VERB');
  });

  it('leaves a sentence with a tensed verb, an imperative, and participles in a list or after a determiner', () => {
    // Protesters chanted slogans (with a tensed verb already) .
    expect(retag(['NNS|NOUN', 'VBN|VERB', 'VBD|VERB', '.|PUNCT'])[1]).toBe('VBN|VERB');
    // Get started now .
    expect(retag(['VB|VERB', 'VBN|VERB', 'RB|ADV', '.|PUNCT'])[1]).toBe('VBN|VERB');
    // Wealthy , privileged , white .
    expect(retag(['JJ|ADJ', ',|PUNCT', 'VBN|VERB', ',|PUNCT', 'JJ|ADJ'])[2]).toBe('VBN|VERB');
    // He , like others interviewed , spoke … (the tensed verb read as a base form).
    const misread = ['NNP|PROPN', ',|PUNCT', 'NNS|NOUN', 'VBN|VERB', ',|PUNCT', 'VB|VERB', '.|PUNCT'];
    expect(retag(misread)[3]).toBe('VBN|VERB');
    // The elected officials .
    expect(retag(['DT|DET', 'VBN|VERB', 'NNS|NOUN', '.|PUNCT'])[1]).toBe('VBN|VERB');
  });
});
