import { describe, expect, it } from 'vitest';
import { attribute, type Models } from '../../attribution';
import { handTree, type Row } from '../../attribution/fixture';
import { prepare } from '../../text';
import { handMadeActors } from '../fixture';
import { spanHead, subjectOf } from './heads';
import { findStatementsOrThrow } from '../index';

// "…," said Rep. Elijah Cummings representing Maryland, the panel's ranking Democrat. (The rules read
// "said <Name> of Maryland" themselves; a participle after the name they do not.)
const CUMMINGS: Row[] = [
  ['“', 'PUNCT', '``', 3, 'punct'],
  ['Republicans', 'PROPN', 'NNPS', 3, 'nsubj'],
  ['want', 'VERB', 'VBP', 0, 'root'],
  ['votes', 'NOUN', 'NNS', 3, 'obj'],
  [',', 'PUNCT', ',', 3, 'punct'],
  ['”', 'PUNCT', "''", 3, 'punct'],
  ['said', 'VERB', 'VBD', 3, 'parataxis'],
  ['Rep.', 'PROPN', 'NNP', 10, 'compound'],
  ['Elijah', 'PROPN', 'NNP', 10, 'compound'],
  ['Cummings', 'PROPN', 'NNP', 7, 'nsubj'],
  ['representing', 'VERB', 'VBG', 10, 'acl'],
  ['Maryland', 'PROPN', 'NNP', 11, 'obj'],
  [',', 'PUNCT', ',', 18, 'punct'],
  ['the', 'DET', 'DT', 15, 'det'],
  ['panel', 'NOUN', 'NN', 18, 'nmod:poss'],
  ["'s", 'PART', 'POS', 15, 'case'],
  ['ranking', 'ADJ', 'JJ', 18, 'amod'],
  ['Democrat', 'PROPN', 'NNP', 10, 'appos'],
  ['.', 'PUNCT', '.', 3, 'punct'],
];

// Models that find nothing, so whatever gets a speaker here comes from the rules and the tree.
const NONE: Models = { predicate: () => -1, extent: () => -1, content: () => -1, source: () => -1 };

describe('source phrases resolved by their head in the tree', () => {
  it('finds the head a phrase hangs from, and none for words that are not one phrase', () => {
    const { text, tree } = handTree(CUMMINGS);
    const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const phrase = spanHead(
      tree,
      span("Rep. Elijah Cummings representing Maryland, the panel's ranking Democrat"),
    );
    expect(tree.tokens[phrase!.head]!.text).toBe('Cummings');
    expect(spanHead(tree, span('Rep. Elijah'))).toBeUndefined();
  });

  it('names the actor whose name heads a run-on source phrase the rules left without a speaker', () => {
    const { text, tree } = handTree(CUMMINGS);
    const doc = prepare(text);
    const actors = handMadeActors(doc, [
      { name: 'Elijah Cummings', type: 'person', aliases: ['Elijah Cummings', 'Cummings'] },
    ]);
    const without = findStatementsOrThrow(doc, actors, true);
    const withTree = findStatementsOrThrow(doc, actors, true, {
      trees: [tree],
      found: attribute([tree], NONE),
    });
    // Without the tree the rules leave it unresolved; with it, the head names Cummings.
    expect(without.statements).toEqual([]);
    expect(without.unresolved.length).toBe(1);
    expect(withTree.statements.map((s) => [s.speaker, s.text])).toEqual([
      ['Elijah Cummings', 'Republicans want votes'],
    ]);
    expect(withTree.unresolved).toEqual([]);
    expect(withTree.features?.get(withTree.statements[0]!)).toContain('o=head');
  });
});

// "There they are," said Pavit, the head servant, in a strained voice.
const PAVIT: Row[] = [
  ['“', 'PUNCT', '``', 2, 'punct'],
  ['There', 'ADV', 'EX', 7, 'ccomp'],
  ['they', 'PRON', 'PRP', 4, 'nsubj'],
  ['are', 'AUX', 'VBP', 2, 'cop'],
  [',', 'PUNCT', ',', 2, 'punct'],
  ['”', 'PUNCT', "''", 2, 'punct'],
  ['said', 'VERB', 'VBD', 0, 'root'],
  ['Pavit', 'PROPN', 'NNP', 7, 'obj'],
  [',', 'PUNCT', ',', 12, 'punct'],
  ['the', 'DET', 'DT', 12, 'det'],
  ['head', 'NOUN', 'NN', 12, 'compound'],
  ['servant', 'NOUN', 'NN', 8, 'appos'],
  [',', 'PUNCT', ',', 17, 'punct'],
  ['in', 'ADP', 'IN', 17, 'case'],
  ['a', 'DET', 'DT', 17, 'det'],
  ['strained', 'ADJ', 'JJ', 17, 'amod'],
  ['voice', 'NOUN', 'NN', 7, 'obl'],
  ['.', 'PUNCT', '.', 7, 'punct'],
];

describe('the subject of a cue with no source phrase read', () => {
  it('is the verb’s subject, or after a quote the word the parser took for its object', () => {
    const { tree } = handTree(PAVIT);
    const said = tree.tokens.findIndex((t) => t.text === 'said');
    expect(tree.tokens[subjectOf(tree, said, true)!]!.text).toBe('Pavit');
    expect(subjectOf(tree, said, false)).toBeUndefined();
  });
});

// Clinton holds a lead, according to a poll released last week. (As the shipped parser reads it:
// the participle hangs from "according", not from "poll".)
const POLL_RELEASED: Row[] = [
  ['Clinton', 'PROPN', 'NNP', 2, 'nsubj'],
  ['holds', 'VERB', 'VBZ', 0, 'root'],
  ['a', 'DET', 'DT', 4, 'det'],
  ['lead', 'NOUN', 'NN', 2, 'obj'],
  [',', 'PUNCT', ',', 6, 'punct'],
  ['according', 'VERB', 'VBG', 2, 'advcl'],
  ['to', 'ADP', 'IN', 6, 'obl'],
  ['a', 'DET', 'DT', 9, 'det'],
  ['poll', 'NOUN', 'NN', 6, 'obj'],
  ['released', 'VERB', 'VBN', 6, 'xcomp'],
  ['last', 'ADJ', 'JJ', 12, 'amod'],
  ['week', 'NOUN', 'NN', 10, 'obl:tmod'],
  ['.', 'PUNCT', '.', 2, 'punct'],
];

// According to a new poll, Clinton holds a lead among black voters.
const POLL_FRONTED: Row[] = [
  ['According', 'VERB', 'VBG', 5, 'case'],
  ['to', 'ADP', 'IN', 1, 'fixed'],
  ['a', 'DET', 'DT', 5, 'det'],
  ['new', 'ADJ', 'JJ', 5, 'amod'],
  ['poll', 'NOUN', 'NN', 8, 'obl'],
  [',', 'PUNCT', ',', 5, 'punct'],
  ['Clinton', 'PROPN', 'NNP', 8, 'nsubj'],
  ['holds', 'VERB', 'VBZ', 0, 'root'],
  ['a', 'DET', 'DT', 10, 'det'],
  ['lead', 'NOUN', 'NN', 8, 'obj'],
  ['among', 'ADP', 'IN', 13, 'case'],
  ['black', 'ADJ', 'JJ', 13, 'amod'],
  ['voters', 'NOUN', 'NNS', 10, 'nmod'],
  ['.', 'PUNCT', '.', 8, 'punct'],
];

describe('a described source after “according to”, resolved by its head', () => {
  const read = (rows: Row[]) => {
    const { text, tree } = handTree(rows);
    const doc = prepare(text);
    const actors = handMadeActors(doc, [{ name: 'Hillary Clinton', type: 'person', aliases: ['Clinton'] }]);
    return findStatementsOrThrow(doc, actors, true, { trees: [tree], found: attribute([tree], NONE) });
  };

  it('ends the phrase before a participle the parse hung from the verb', () => {
    const { text, tree } = handTree(POLL_RELEASED);
    const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    expect(spanHead(tree, span('a poll released last week'))).toBeUndefined();
    const phrase = spanHead(tree, span('a poll released last week'), true)!;
    expect(tree.tokens.slice(phrase.from, phrase.to + 1).map((t) => t.text)).toEqual(['a', 'poll']);
    expect(read(POLL_RELEASED).statements.map((s) => [s.speaker, s.kind, s.text])).toEqual([
      ['a poll', 'according_to', 'Clinton holds a lead'],
    ]);
  });

  it('stops the source before the words a fronted “According to X,” frames', () => {
    const out = read(POLL_FRONTED);
    expect(out.statements.map((s) => [s.speaker, s.kind, s.text])).toEqual([
      ['a new poll', 'according_to', 'Clinton holds a lead among black voters'],
    ]);
    const src = out.statements[0]!.source!;
    expect(out.statements[0] && src.end).toBeLessThan(out.statements[0]!.start);
  });
});
