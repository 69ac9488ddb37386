import { describe, expect, it } from 'vitest';
import { sourceCandidates } from './candidates';
import { handTree, type Row } from './fixture';

// The names before an aside set off by commas that the parse hung inside it (name-before.ts
// `pastAside`), apart from candidates.test.ts: on PolNeAR train "Clinton, who called Sanders…,
// told her supporters" and "Rival Hillary Clinton, however, has indicated…" had no source.

describe('the name before an aside set off by commas', () => {
  // Clinton , who called Sanders after the winner was declared , told her supporters . (The parse
  // hangs "Clinton" on "declared", as it did on a PolNeAR sentence, and tags "told" VB.)
  const RELATIVE: Row[] = [
    ['Clinton', 'PROPN', 'NNP', 10, 'nsubj'],
    [',', 'PUNCT', ',', 4, 'punct'],
    ['who', 'PRON', 'WP', 4, 'nsubj'],
    ['called', 'VERB', 'VBD', 1, 'acl:relcl'],
    ['Sanders', 'PROPN', 'NNP', 4, 'obj'],
    ['after', 'ADP', 'IN', 8, 'case'],
    ['the', 'DET', 'DT', 8, 'det'],
    ['winner', 'NOUN', 'NN', 10, 'nsubj:pass'],
    ['was', 'AUX', 'VBD', 10, 'aux:pass'],
    ['declared', 'VERB', 'VBN', 12, 'advcl'],
    [',', 'PUNCT', ',', 10, 'punct'],
    ['told', 'VERB', 'VB', 0, 'root'],
    ['her', 'PRON', 'PRP', 12, 'iobj'],
    ['supporters', 'NOUN', 'NNS', 12, 'obj'],
    ['.', 'PUNCT', '.', 12, 'punct'],
  ];

  it('offers the name that opens the sentence past a relative clause on "who"', () => {
    const { tree } = handTree(RELATIVE);
    expect(sourceCandidates(tree, 11).map((c) => [c.how, c.from, c.to])).toEqual([['before', 0, 0]]);
  });

  it('offers it past an adverb, and past an appositive with no tensed verb', () => {
    // Rival Hillary Clinton , however , has indicated … ("Hillary" read as a circumstance.)
    const { tree } = handTree([
      ['Rival', 'ADJ', 'NNP', 2, 'amod'],
      ['Hillary', 'PROPN', 'NNP', 8, 'obl'],
      ['Clinton', 'PROPN', 'NNP', 2, 'flat'],
      [',', 'PUNCT', ',', 2, 'punct'],
      ['however', 'ADV', 'RB', 8, 'advmod'],
      [',', 'PUNCT', ',', 5, 'punct'],
      ['has', 'AUX', 'VBZ', 8, 'aux'],
      ['indicated', 'VERB', 'VBN', 0, 'root'],
      ['.', 'PUNCT', '.', 8, 'punct'],
    ]);
    expect(sourceCandidates(tree, 7).map((c) => [c.how, c.from, c.to])).toEqual([['before', 1, 2]]);
    // Scott Walker , one of the candidates , had pledged . (The name read as a conjunct.)
    const { tree: appositive } = handTree([
      ['Scott', 'PROPN', 'NNP', 2, 'compound'],
      ['Walker', 'PROPN', 'NNP', 4, 'conj'],
      [',', 'PUNCT', ',', 4, 'punct'],
      ['one', 'NUM', 'CD', 10, 'obl'],
      ['of', 'ADP', 'IN', 7, 'case'],
      ['the', 'DET', 'DT', 7, 'det'],
      ['candidates', 'NOUN', 'NNS', 4, 'nmod'],
      [',', 'PUNCT', ',', 4, 'punct'],
      ['had', 'AUX', 'VBD', 10, 'aux'],
      ['pledged', 'VERB', 'VBN', 0, 'root'],
      ['.', 'PUNCT', '.', 10, 'punct'],
    ]);
    expect(sourceCandidates(appositive, 9).map((c) => [c.how, c.from, c.to])).toEqual([['before', 0, 1]]);
  });

  it('takes a name that is the aside after the noun it names, but no place after a place', () => {
    // The campaign chairman , Paul Manafort , dismissed it .
    const { tree } = handTree([
      ['The', 'DET', 'DT', 3, 'det'],
      ['campaign', 'NOUN', 'NN', 3, 'compound'],
      ['chairman', 'NOUN', 'NN', 9, 'obl'],
      [',', 'PUNCT', ',', 5, 'punct'],
      ['Paul', 'PROPN', 'NNP', 3, 'appos'],
      ['Manafort', 'PROPN', 'NNP', 5, 'flat'],
      [',', 'PUNCT', ',', 5, 'punct'],
      ['dismissed', 'VERB', 'VBD', 0, 'root'],
      ['it', 'PRON', 'PRP', 8, 'obj'],
      ['.', 'PUNCT', '.', 8, 'punct'],
    ]);
    expect(sourceCandidates(tree, 7).map((c) => [c.how, c.from, c.to])).toEqual([['before', 4, 5]]);
    // The widow of a man killed in Benghazi , Libya , discussed it .
    const { tree: place } = handTree([
      ['The', 'DET', 'DT', 2, 'det'],
      ['widow', 'NOUN', 'NN', 12, 'nsubj'],
      ['of', 'ADP', 'IN', 5, 'case'],
      ['a', 'DET', 'DT', 5, 'det'],
      ['man', 'NOUN', 'NN', 2, 'nmod'],
      ['killed', 'VERB', 'VBN', 5, 'acl'],
      ['in', 'ADP', 'IN', 8, 'case'],
      ['Benghazi', 'PROPN', 'NNP', 6, 'obl'],
      [',', 'PUNCT', ',', 10, 'punct'],
      ['Libya', 'PROPN', 'NNP', 8, 'appos'],
      [',', 'PUNCT', ',', 10, 'punct'],
      ['discussed', 'VERB', 'VBD', 0, 'root'],
      ['it', 'PRON', 'PRP', 12, 'obj'],
      ['.', 'PUNCT', '.', 12, 'punct'],
    ]);
    // (Its subject is its own; read without one, the place is still no candidate.)
    place.tokens[1]!.deprel = 'nmod';
    expect(sourceCandidates(place, 11).map((c) => c.how)).not.toContain('before');
  });

  it('offers nothing past an aside for a body the sentence does not open with, nor for a participle', () => {
    // Italy 's envoy to the United Nations , however , has indicated .
    const { tree } = handTree([
      ['Italy', 'PROPN', 'NNP', 3, 'nmod:poss'],
      ["'s", 'PART', 'POS', 1, 'case'],
      ['envoy', 'NOUN', 'NN', 12, 'obl'],
      ['to', 'ADP', 'IN', 7, 'case'],
      ['the', 'DET', 'DT', 7, 'det'],
      ['United', 'PROPN', 'NNP', 7, 'compound'],
      ['Nations', 'PROPN', 'NNPS', 3, 'nmod'],
      [',', 'PUNCT', ',', 7, 'punct'],
      ['however', 'ADV', 'RB', 12, 'advmod'],
      [',', 'PUNCT', ',', 9, 'punct'],
      ['has', 'AUX', 'VBZ', 12, 'aux'],
      ['indicated', 'VERB', 'VBN', 0, 'root'],
      ['.', 'PUNCT', '.', 12, 'punct'],
    ]);
    expect(sourceCandidates(tree, 11)).toEqual([]);
    // Clinton , who called Sanders after the winner was declared , telling … : no tensed verb.
    const rows = RELATIVE.map((r): Row => [...r]);
    rows[11] = ['telling', 'VERB', 'VBG', 0, 'root'];
    const { tree: participle } = handTree(rows);
    expect(sourceCandidates(participle, 11)).toEqual([]);
  });
});
