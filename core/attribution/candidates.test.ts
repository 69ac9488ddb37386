import { describe, expect, it } from 'vitest';
import { contentPieces, extentCandidates, predicates, sourceCandidates } from './candidates';
import { handTree, type Row } from './fixture';
import { charSpan, contentRange } from './spans';

// “We will win,” Smith said.
const QUOTE_FIRST: Row[] = [
  ['“', 'PUNCT', '``', 4, 'punct'],
  ['We', 'PRON', 'PRP', 4, 'nsubj'],
  ['will', 'AUX', 'MD', 4, 'aux'],
  ['win', 'VERB', 'VB', 0, 'root'],
  [',', 'PUNCT', ',', 4, 'punct'],
  ['”', 'PUNCT', "''", 4, 'punct'],
  ['Smith', 'PROPN', 'NNP', 8, 'nsubj'],
  ['said', 'VERB', 'VBD', 4, 'parataxis'],
  ['.', 'PUNCT', '.', 4, 'punct'],
];

// The senator, who chairs the panel, said that taxes would rise.
const REPORTED: Row[] = [
  ['The', 'DET', 'DT', 2, 'det'],
  ['senator', 'NOUN', 'NN', 9, 'nsubj'],
  [',', 'PUNCT', ',', 5, 'punct'],
  ['who', 'PRON', 'WP', 5, 'nsubj'],
  ['chairs', 'VERB', 'VBZ', 2, 'acl:relcl'],
  ['the', 'DET', 'DT', 7, 'det'],
  ['panel', 'NOUN', 'NN', 5, 'obj'],
  [',', 'PUNCT', ',', 5, 'punct'],
  ['said', 'VERB', 'VBD', 0, 'root'],
  ['that', 'SCONJ', 'IN', 13, 'mark'],
  ['taxes', 'NOUN', 'NNS', 13, 'nsubj'],
  ['would', 'AUX', 'MD', 13, 'aux'],
  ['rise', 'VERB', 'VB', 9, 'ccomp'],
  ['.', 'PUNCT', '.', 9, 'punct'],
];

// Rubio and Nelson pushed for funding, although Nelson voted against it. (The parse hangs both
// subjects on "voted", as it did on a PolNeAR sentence.)
const TWO_SUBJECTS: Row[] = [
  ['Rubio', 'PROPN', 'NNP', 10, 'nsubj'],
  ['and', 'CCONJ', 'CC', 3, 'cc'],
  ['Nelson', 'PROPN', 'NNP', 1, 'conj'],
  ['pushed', 'VERB', 'VBD', 10, 'advcl'],
  ['for', 'ADP', 'IN', 6, 'case'],
  ['funding', 'NOUN', 'NN', 4, 'obl'],
  [',', 'PUNCT', ',', 10, 'punct'],
  ['although', 'SCONJ', 'IN', 10, 'mark'],
  ['Nelson', 'PROPN', 'NNP', 10, 'nsubj'],
  ['voted', 'VERB', 'VBD', 0, 'root'],
  ['against', 'ADP', 'IN', 12, 'case'],
  ['it', 'PRON', 'PRP', 10, 'obl'],
  ['.', 'PUNCT', '.', 10, 'punct'],
];

describe('attribution candidates', () => {
  it('offers no subject from before the verb\'s own "although" when one follows it', () => {
    const { tree } = handTree(TWO_SUBJECTS);
    expect(sourceCandidates(tree, 9).map((c) => [c.how, c.token])).toEqual([['nsubj', 8]]);
  });

  it('offers the clause a parenthetical "said" hangs off, with its quotation marks', () => {
    const { text, tree } = handTree(QUOTE_FIRST);
    expect(predicates(tree)).toEqual([3, 7]);
    const pieces = contentPieces(tree, 7, [7, 7]);
    expect(pieces).toEqual([{ token: 3, kind: 'head', from: 0, to: 5 }]);
    const r = contentRange(tree, 0, 5)!;
    const s = charSpan(tree, r);
    expect(text.slice(s.start, s.end)).toBe('“We will win,”');
    expect(sourceCandidates(tree, 7).map((c) => [c.how, c.from, c.to])).toEqual([['nsubj', 6, 6]]);
  });

  it('never offers the clause around a free relative ("What Romney said is a different story")', () => {
    // As the shipped parser reads it: "What" the verb's subject, the verb an adverbial clause.
    const { tree } = handTree([
      ['What', 'PRON', 'WP', 3, 'nsubj'],
      ['Romney', 'PROPN', 'NNP', 3, 'nsubj'],
      ['said', 'VERB', 'VBD', 7, 'advcl'],
      ['is', 'AUX', 'VBZ', 7, 'cop'],
      ['a', 'DET', 'DT', 7, 'det'],
      ['different', 'ADJ', 'JJ', 7, 'amod'],
      ['story', 'NOUN', 'NN', 0, 'root'],
      ['.', 'PUNCT', '.', 7, 'punct'],
    ]);
    expect(contentPieces(tree, 2, [2, 2]).filter((p) => p.kind === 'head')).toEqual([]);
  });

  it('never offers the clause around a participle that qualifies a noun', () => {
    // Groups backed by donors attacked the plan. (The parse hangs "backed" on the verb as an adjective.)
    const { tree } = handTree([
      ['Groups', 'NOUN', 'NNS', 5, 'nsubj'],
      ['backed', 'VERB', 'VBN', 5, 'amod'],
      ['by', 'ADP', 'IN', 4, 'case'],
      ['donors', 'NOUN', 'NNS', 2, 'obl:agent'],
      ['attacked', 'VERB', 'VBD', 0, 'root'],
      ['the', 'DET', 'DT', 7, 'det'],
      ['plan', 'NOUN', 'NN', 5, 'obj'],
      ['.', 'PUNCT', '.', 5, 'punct'],
    ]);
    expect(contentPieces(tree, 1, [1, 1]).filter((p) => p.kind === 'head')).toEqual([]);
    expect(contentPieces(tree, 4, [4, 4]).map((p) => p.kind)).toContain('child');
  });

  it('offers the reported clause with its "that", and the whole subject with its relative clause', () => {
    const { text, tree } = handTree(REPORTED);
    const pieces = contentPieces(tree, 8, [8, 8]);
    expect(pieces.map((p) => [p.kind, p.from, p.to])).toEqual([['child', 9, 12]]);
    const s = charSpan(tree, contentRange(tree, 9, 12)!);
    expect(text.slice(s.start, s.end)).toBe('that taxes would rise');
    const src = sourceCandidates(tree, 8)[0]!;
    const ss = charSpan(tree, [src.from, src.to]);
    expect(text.slice(ss.start, ss.end)).toBe('The senator, who chairs the panel,');
  });

  it('takes the subject of the clause above a participle ("…, saying that…")', () => {
    // Officials denied it, saying that nothing happened.
    const { tree } = handTree([
      ['Officials', 'NOUN', 'NNS', 2, 'nsubj'],
      ['denied', 'VERB', 'VBD', 0, 'root'],
      ['it', 'PRON', 'PRP', 2, 'obj'],
      [',', 'PUNCT', ',', 5, 'punct'],
      ['saying', 'VERB', 'VBG', 2, 'advcl'],
      ['that', 'SCONJ', 'IN', 8, 'mark'],
      ['nothing', 'PRON', 'NN', 8, 'nsubj'],
      ['happened', 'VERB', 'VBD', 5, 'ccomp'],
      ['.', 'PUNCT', '.', 2, 'punct'],
    ]);
    expect(sourceCandidates(tree, 4).map((c) => [c.how, c.token])).toEqual([['up1:advcl', 0]]);
  });

  it('offers the names right before a predicate the parse gave no subject, past its auxiliaries', () => {
    // In the recession, Paul Ryan has worried that it grew. ("Ryan" read as a conjunct.)
    const { tree } = handTree([
      ['In', 'ADP', 'IN', 3, 'case'],
      ['the', 'DET', 'DT', 3, 'det'],
      ['recession', 'NOUN', 'NN', 8, 'obl'],
      [',', 'PUNCT', ',', 6, 'punct'],
      ['Paul', 'PROPN', 'NNP', 6, 'compound'],
      ['Ryan', 'PROPN', 'NNP', 3, 'conj'],
      ['has', 'AUX', 'VBZ', 8, 'aux'],
      ['worried', 'VERB', 'VBN', 0, 'root'],
      ['that', 'SCONJ', 'IN', 11, 'mark'],
      ['it', 'PRON', 'PRP', 11, 'nsubj'],
      ['grew', 'VERB', 'VBD', 8, 'ccomp'],
      ['.', 'PUNCT', '.', 8, 'punct'],
    ]);
    expect(sourceCandidates(tree, 7).map((c) => [c.how, c.from, c.to])).toEqual([['before', 4, 5]]);
    // With a subject of its own, the subject alone.
    const { tree: own } = handTree(REPORTED);
    expect(sourceCandidates(own, 8).map((c) => c.how)).toEqual(['nsubj']);
  });
});

describe('predicate candidates after a possessive', () => {
  it('takes no word right after a possessive for a verb, but keeps the verb after "he\'s"', () => {
    // Ridge dismissed Marsh 's warning that taxes rise .
    const possessive: Row[] = [
      ['Ridge', 'PROPN', 'NNP', 2, 'nsubj'],
      ['dismissed', 'VERB', 'VBD', 0, 'root'],
      ['Marsh', 'PROPN', 'NNP', 2, 'obj'],
      ["'s", 'PART', 'POS', 3, 'case'],
      ['warning', 'VERB', 'VBG', 2, 'advcl'],
      ['that', 'SCONJ', 'IN', 8, 'mark'],
      ['taxes', 'NOUN', 'NNS', 8, 'nsubj'],
      ['rise', 'VERB', 'VBP', 5, 'ccomp'],
      ['.', 'PUNCT', '.', 2, 'punct'],
    ];
    const { tree } = handTree(possessive);
    expect(predicates(tree).map((i) => tree.tokens[i]!.text)).toEqual(['dismissed', 'rise']);
    // he 's warning that taxes rise .
    const contraction: Row[] = [
      ['he', 'PRON', 'PRP', 3, 'nsubj'],
      ["'s", 'AUX', 'VBZ', 3, 'aux'],
      ['warning', 'VERB', 'VBG', 0, 'root'],
      ['that', 'SCONJ', 'IN', 6, 'mark'],
      ['taxes', 'NOUN', 'NNS', 6, 'nsubj'],
      ['rise', 'VERB', 'VBP', 3, 'ccomp'],
      ['.', 'PUNCT', '.', 3, 'punct'],
    ];
    const c = handTree(contraction).tree;
    expect(predicates(c).map((i) => c.tokens[i]!.text)).toEqual(['warning', 'rise']);
  });
});

describe('predicate candidates: the perfect', () => {
  it('takes "have" before its own participle for the auxiliary it is, but keeps "have" with an object', () => {
    // Americans have gone to the polls . (misparsed: "gone" as have's complement)
    const perfect: Row[] = [
      ['Americans', 'PROPN', 'NNPS', 2, 'nsubj'],
      ['have', 'VERB', 'VBP', 0, 'root'],
      ['gone', 'VERB', 'VBN', 2, 'xcomp'],
      ['to', 'ADP', 'IN', 6, 'case'],
      ['the', 'DET', 'DT', 6, 'det'],
      ['polls', 'NOUN', 'NNS', 3, 'obl'],
      ['.', 'PUNCT', '.', 2, 'punct'],
    ];
    const { tree } = handTree(perfect);
    expect(predicates(tree).map((i) => tree.tokens[i]!.text)).toEqual(['gone']);
    // Voters have doubts , polls showed .
    const owned: Row[] = [
      ['Voters', 'NOUN', 'NNS', 2, 'nsubj'],
      ['have', 'VERB', 'VBP', 0, 'root'],
      ['doubts', 'NOUN', 'NNS', 2, 'obj'],
      [',', 'PUNCT', ',', 2, 'punct'],
      ['polls', 'NOUN', 'NNS', 6, 'nsubj'],
      ['showed', 'VERB', 'VBD', 2, 'parataxis'],
      ['.', 'PUNCT', '.', 2, 'punct'],
    ];
    const o = handTree(owned).tree;
    expect(predicates(o).map((i) => o.tokens[i]!.text)).toEqual(['have', 'showed']);
  });
});

describe('predicate candidates: a stance adjective', () => {
  it('offers an adjective a copula makes the predicate, with its preposition in the cue', () => {
    // Graham has been critical of Trump .
    const rows: Row[] = [
      ['Graham', 'PROPN', 'NNP', 4, 'nsubj'],
      ['has', 'AUX', 'VBZ', 4, 'aux'],
      ['been', 'AUX', 'VBN', 4, 'cop'],
      ['critical', 'ADJ', 'JJ', 0, 'root'],
      ['of', 'ADP', 'IN', 6, 'case'],
      ['Trump', 'PROPN', 'NNP', 4, 'nmod'],
      ['.', 'PUNCT', '.', 4, 'punct'],
    ];
    const { tree } = handTree(rows);
    expect(predicates(tree)).toEqual([3]);
    expect(extentCandidates(tree, 3)).toEqual({ left: [2, 1], right: [4] });
    expect(sourceCandidates(tree, 3).map((c) => tree.tokens[c.token]!.text)).toEqual(['Graham']);
  });

  it('offers no adjective without a copula or without a phrase it takes', () => {
    // a critical report of the war .
    const attributive: Row[] = [
      ['a', 'DET', 'DT', 3, 'det'],
      ['critical', 'ADJ', 'JJ', 3, 'amod'],
      ['report', 'NOUN', 'NN', 0, 'root'],
      ['of', 'ADP', 'IN', 6, 'case'],
      ['the', 'DET', 'DT', 6, 'det'],
      ['war', 'NOUN', 'NN', 3, 'nmod'],
    ];
    expect(predicates(handTree(attributive).tree)).toEqual([]);
    // The vote was close .
    const bare: Row[] = [
      ['The', 'DET', 'DT', 2, 'det'],
      ['vote', 'NOUN', 'NN', 4, 'nsubj'],
      ['was', 'AUX', 'VBD', 4, 'cop'],
      ['close', 'ADJ', 'JJ', 0, 'root'],
      ['.', 'PUNCT', '.', 4, 'punct'],
    ];
    expect(predicates(handTree(bare).tree)).toEqual([]);
  });
});

describe('source candidates: a prepositional phrase taken for a subject', () => {
  // During the rally , the president said so .
  const rows: Row[] = [
    ['During', 'ADP', 'IN', 3, 'case'],
    ['the', 'DET', 'DT', 3, 'det'],
    ['rally', 'NOUN', 'NN', 7, 'nsubj'],
    [',', 'PUNCT', ',', 7, 'punct'],
    ['the', 'DET', 'DT', 6, 'det'],
    ['president', 'NOUN', 'NN', 7, 'nsubj'],
    ['said', 'VERB', 'VBD', 0, 'root'],
    ['so', 'ADV', 'RB', 7, 'advmod'],
  ];

  it('offers only the subject no preposition opens', () => {
    const { tree } = handTree(rows);
    expect(sourceCandidates(tree, 6).map((c) => tree.tokens[c.token]!.text)).toEqual(['president']);
  });

  it('keeps a "by" phrase, and a prepositional subject that stands alone', () => {
    const by = rows.map((r, i): Row => (i === 0 ? ['By', 'ADP', 'IN', 3, 'case'] : r));
    const t1 = handTree(by).tree;
    expect(sourceCandidates(t1, 6).map((c) => t1.tokens[c.token]!.text)).toEqual(['rally', 'president']);
    // During the rally said so .
    const alone: Row[] = [
      ['During', 'ADP', 'IN', 3, 'case'],
      ['the', 'DET', 'DT', 3, 'det'],
      ['rally', 'NOUN', 'NN', 4, 'nsubj'],
      ['said', 'VERB', 'VBD', 0, 'root'],
    ];
    const t2 = handTree(alone).tree;
    expect(sourceCandidates(t2, 3).map((c) => t2.tokens[c.token]!.text)).toEqual(['rally']);
  });
});

describe('source candidates: a name after "of"', () => {
  // Anton , president of Acme Corp stated so . (The parse hangs "of" from the verb and makes the
  // company its subject.)
  const rows: Row[] = [
    ['Anton', 'PROPN', 'NNP', 0, 'root'],
    [',', 'PUNCT', ',', 3, 'punct'],
    ['president', 'NOUN', 'NN', 1, 'appos'],
    ['of', 'ADP', 'IN', 7, 'case'],
    ['Acme', 'PROPN', 'NNP', 7, 'nsubj'],
    ['Corp', 'PROPN', 'NNP', 5, 'flat'],
    ['stated', 'VERB', 'VBD', 3, 'acl'],
    ['so', 'ADV', 'RB', 7, 'advmod'],
  ];

  it('is no subject, nor a name before the verb: the noun the verb hangs from is offered instead', () => {
    const { tree } = handTree(rows);
    expect(sourceCandidates(tree, 6).map((c) => tree.tokens[c.token]!.text)).toEqual(['president']);
    // Without the "of" the name is the subject.
    const own = handTree(rows.map((r, i): Row => (i === 3 ? ['and', 'CCONJ', 'CC', 7, 'cc'] : r))).tree;
    expect(sourceCandidates(own, 6).map((c) => own.tokens[c.token]!.text)).toEqual(['Acme']);
  });
});

describe('source candidates: a participle that holds a view', () => {
  // Ackley is <verb> that it will recover .
  const rows = (verb: string): Row[] => [
    ['Ackley', 'PROPN', 'NNP', 3, 'nsubj:pass'],
    ['is', 'AUX', 'VBZ', 3, 'aux:pass'],
    [verb, 'VERB', 'VBN', 0, 'root'],
    ['that', 'SCONJ', 'IN', 7, 'mark'],
    ['it', 'PRON', 'PRP', 7, 'nsubj'],
    ['will', 'AUX', 'MD', 7, 'aux'],
    ['recover', 'VERB', 'VB', 3, 'ccomp'],
  ];
  const how = (verb: string) => {
    const { tree } = handTree(rows(verb));
    return sourceCandidates(tree, 2).map((c) => c.how);
  };

  it('offers the subject of "is convinced that…" as a plain subject, and the one told as passive', () => {
    expect(how('convinced')).toEqual(['nsubj']);
    expect(how('concerned')).toEqual(['nsubj']);
    expect(how('told')).toEqual(['nsubj:pass']);
    expect(how('warned')).toEqual(['nsubj:pass']);
  });
});

describe('source candidates: two subject phrases side by side', () => {
  // the loopholes Donald Trump used … (a relative clause with no "that", its noun read as a
  // second subject of its verb)
  const rows: Row[] = [
    ['the', 'DET', 'DT', 2, 'det'],
    ['loopholes', 'NOUN', 'NNS', 5, 'nsubj'],
    ['Donald', 'PROPN', 'NNP', 5, 'nsubj'],
    ['Trump', 'PROPN', 'NNP', 3, 'flat'],
    ['used', 'VERB', 'VBD', 0, 'root'],
  ];

  it('offers only the later one, and both where a comma or an "and" sets them apart', () => {
    const { tree } = handTree(rows);
    expect(sourceCandidates(tree, 4).map((c) => tree.tokens[c.token]!.text)).toEqual(['Donald']);
    // Teck , the company , says …
    const apart: Row[] = [
      ['Teck', 'PROPN', 'NNP', 6, 'nsubj'],
      [',', 'PUNCT', ',', 1, 'punct'],
      ['the', 'DET', 'DT', 4, 'det'],
      ['company', 'NOUN', 'NN', 6, 'nsubj'],
      [',', 'PUNCT', ',', 4, 'punct'],
      ['says', 'VERB', 'VBZ', 0, 'root'],
    ];
    const t2 = handTree(apart).tree;
    expect(sourceCandidates(t2, 5).map((c) => t2.tokens[c.token]!.text)).toEqual(['Teck', 'company']);
    // he and Cohen negotiated … (a joint subject the parse cut in two)
    const joint: Row[] = [
      ['he', 'PRON', 'PRP', 4, 'nsubj'],
      ['and', 'CCONJ', 'CC', 3, 'cc'],
      ['Cohen', 'PROPN', 'NNP', 4, 'nsubj'],
      ['negotiated', 'VERB', 'VBD', 0, 'root'],
    ];
    const t3 = handTree(joint).tree;
    expect(sourceCandidates(t3, 3).map((c) => t3.tokens[c.token]!.text)).toEqual(['he', 'Cohen']);
  });
});
