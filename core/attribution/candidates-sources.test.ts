import { describe, expect, it } from 'vitest';
import { sourceCandidates } from './candidates';
import { handTree } from './fixture';

// Which source candidates a predicate gets where the parse hangs a word or a clause wrongly: the
// phrase without the joining word it took in, and the clause above past a "that" clause (PolNeAR
// train and real news pages), apart from candidates.test.ts.

describe('source candidates: a joining word the parse hung on the subject', () => {
  // "as The Hill reported", "even critics concede": the parse may hang the clause's "as" or a focus
  // adverb on the subject noun; the source phrase is the noun phrase without it.
  it('leaves out a subordinator and a focus adverb, keeps "both"', () => {
    // The parse's slip: "as" hangs on "Hill" instead of on the verb.
    const as = handTree([
      ['as', 'SCONJ', 'IN', 3, 'mark'],
      ['The', 'DET', 'DT', 3, 'det'],
      ['Hill', 'PROPN', 'NNP', 4, 'nsubj'],
      ['reported', 'VERB', 'VBD', 0, 'root'],
    ]).tree;
    expect(sourceCandidates(as, 3).map((c) => [c.how, c.from, c.to])).toEqual([['nsubj', 1, 2]]);
    const even = handTree([
      ['Even', 'ADV', 'RB', 2, 'advmod'],
      ['critics', 'NOUN', 'NNS', 3, 'nsubj'],
      ['concede', 'VERB', 'VBP', 0, 'root'],
    ]).tree;
    expect(sourceCandidates(even, 2).map((c) => [c.from, c.to])).toEqual([[1, 1]]);
    const both = handTree([
      ['Both', 'CCONJ', 'CC', 2, 'cc:preconj'],
      ['men', 'NOUN', 'NNS', 3, 'nsubj'],
      ['agreed', 'VERB', 'VBD', 0, 'root'],
    ]).tree;
    expect(sourceCandidates(both, 2).map((c) => [c.from, c.to])).toEqual([[0, 1]]);
    // "As Professor Foner put it": the capital read as part of the name.
    const foner = handTree([
      ['As', 'PROPN', 'NNP', 3, 'compound'],
      ['Professor', 'PROPN', 'NNP', 3, 'compound'],
      ['Foner', 'PROPN', 'NNP', 4, 'nsubj'],
      ['put', 'VERB', 'VBD', 0, 'root'],
      ['it', 'PRON', 'PRP', 4, 'obj'],
    ]).tree;
    expect(sourceCandidates(foner, 3).map((c) => [c.from, c.to])).toEqual([[1, 2]]);
  });
});

describe('source candidates: a participle set off after a "that" clause', () => {
  it('looks past the clause’s subject to the sentence’s ("Dale disputed that Mike was estranged, saying…")', () => {
    const { tree } = handTree([
      ['Dale', 'PROPN', 'NNP', 2, 'nsubj'],
      ['disputed', 'VERB', 'VBD', 0, 'root'],
      ['that', 'SCONJ', 'IN', 6, 'mark'],
      ['Mike', 'PROPN', 'NNP', 6, 'nsubj:pass'],
      ['was', 'AUX', 'VBD', 6, 'aux:pass'],
      ['estranged', 'VERB', 'VBN', 2, 'ccomp'],
      [',', 'PUNCT', ',', 8, 'punct'],
      ['saying', 'VERB', 'VBG', 6, 'advcl'],
      ['so', 'ADV', 'RB', 8, 'advmod'],
    ]);
    expect(sourceCandidates(tree, 7).map((c) => [c.how, tree.tokens[c.token]!.text])).toEqual([
      ['up2:ccomp', 'Dale'],
    ]);
  });
});

describe('source candidates: a conjoined verb whose own subject the parse misread', () => {
  // "The Pentagon rejected the claims, and both analysts and sources told Polygraph…" (a real news
  // page): the parse made the second verb's subject an oblique and had it share the Pentagon.
  const tree = (rel: string) =>
    handTree([
      ['The', 'DET', 'DT', 2, 'det'],
      ['Pentagon', 'PROPN', 'NNP', 3, 'nsubj'],
      ['rejected', 'VERB', 'VBD', 0, 'root'],
      ['the', 'DET', 'DT', 5, 'det'],
      ['claims', 'NOUN', 'NNS', 3, 'obj'],
      [',', 'PUNCT', ',', 11, 'punct'],
      ['and', 'CCONJ', 'CC', 8, 'cc'],
      ['analysts', 'NOUN', 'NNS', 11, rel],
      ['and', 'CCONJ', 'CC', 10, 'cc'],
      ['sources', 'NOUN', 'NNS', 8, 'conj'],
      ['told', 'VERB', 'VBD', 3, 'conj'],
      ['reporters', 'NOUN', 'NNS', 11, 'obj'],
    ]).tree;
  it('offers no subject of the first verb', () => {
    expect(sourceCandidates(tree('obl'), 10)).toEqual([]);
  });
  it('still offers it where the verb has no noun phrase of its own before it', () => {
    const t = handTree([
      ['The', 'DET', 'DT', 2, 'det'],
      ['Pentagon', 'PROPN', 'NNP', 3, 'nsubj'],
      ['rejected', 'VERB', 'VBD', 0, 'root'],
      ['the', 'DET', 'DT', 5, 'det'],
      ['claims', 'NOUN', 'NNS', 3, 'obj'],
      ['and', 'CCONJ', 'CC', 7, 'cc'],
      ['told', 'VERB', 'VBD', 3, 'conj'],
      ['reporters', 'NOUN', 'NNS', 7, 'obj'],
    ]).tree;
    expect(sourceCandidates(t, 6).map((c) => [c.how, c.token])).toEqual([['up1:conj', 1]]);
  });
});

describe('source candidates: a passive aside of regarding', () => {
  // "Israel seized the territories, seen as pivotal parts of a future state, in 1967" (a real news
  // page) had put "seen as pivotal parts…" on Israel's card.
  const tree = (verb: string, xpos: string) =>
    handTree([
      ['Israel', 'PROPN', 'NNP', 2, 'nsubj'],
      ['seized', 'VERB', 'VBD', 0, 'root'],
      ['the', 'DET', 'DT', 4, 'det'],
      ['territories', 'NOUN', 'NNS', 2, 'obj'],
      [',', 'PUNCT', ',', 6, 'punct'],
      [verb, 'VERB', xpos, 2, 'advcl'],
      ['as', 'ADP', 'IN', 9, 'case'],
      ['pivotal', 'ADJ', 'JJ', 9, 'amod'],
      ['parts', 'NOUN', 'NNS', 6, 'obl'],
    ]).tree;
  it('takes no source from the clause it hangs off', () => {
    expect(sourceCandidates(tree('seen', 'VBN'), 5)).toEqual([]);
  });
  it('takes none right after its noun either ("sanctions on officials deemed responsible")', () => {
    const t = handTree([
      ['sanctions', 'NOUN', 'NNS', 0, 'root'],
      ['on', 'ADP', 'IN', 3, 'case'],
      ['officials', 'NOUN', 'NNS', 1, 'nmod'],
      ['deemed', 'VERB', 'VBN', 3, 'acl'],
      ['responsible', 'ADJ', 'JJ', 4, 'xcomp'],
    ]).tree;
    expect(sourceCandidates(t, 3)).toEqual([]);
  });
  it('is only a participle of regarding: "…, saying" is the subject’s', () => {
    expect(sourceCandidates(tree('saying', 'VBG'), 5).map((c) => [c.how, c.token])).toEqual([
      ['up1:advcl', 0],
    ]);
  });
});
