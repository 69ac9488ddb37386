// Hand-parsed documents for the tests: a few sentence shapes, laid out one after another with a
// space between sentences, and the gold entity of each mention head.
import type { Row } from '../attribution/fixture';
import { handTree } from '../attribution/fixture';
import { buildTree, type Tree } from '../attribution/tree';

/** "<name> met the <thing> ." — the name as one or more words (the first heads the rest). */
export function met(name: string[], thing: string): Row[] {
  const n = name.length;
  return [
    ...name.map((w, i): Row =>
      i === 0 ? [w, 'PROPN', 'NNP', n + 1, 'nsubj'] : [w, 'PROPN', 'NNP', 1, 'flat'],
    ),
    ['met', 'VERB', 'VBD', 0, 'root'],
    ['the', 'DET', 'DT', n + 3, 'det'],
    [thing, 'NOUN', 'NN', n + 1, 'obj'],
    ['.', 'PUNCT', '.', n + 1, 'punct'],
  ];
}

/** "<a> met <b> ." with one-word names. */
export function metPerson(a: string, b: string): Row[] {
  return [
    [a, 'PROPN', 'NNP', 2, 'nsubj'],
    ['met', 'VERB', 'VBD', 0, 'root'],
    [b, 'PROPN', 'NNP', 2, 'obj'],
    ['.', 'PUNCT', '.', 2, 'punct'],
  ];
}

/** "<a> met <b> on Monday ." with two-word names. */
export function metOn(a: [string, string], b: [string, string]): Row[] {
  return [
    [a[0], 'PROPN', 'NNP', 3, 'nsubj'],
    [a[1], 'PROPN', 'NNP', 1, 'flat'],
    ['met', 'VERB', 'VBD', 0, 'root'],
    [b[0], 'PROPN', 'NNP', 3, 'obj'],
    [b[1], 'PROPN', 'NNP', 4, 'flat'],
    ['on', 'ADP', 'IN', 7, 'case'],
    ['Monday', 'PROPN', 'NNP', 3, 'obl'],
    ['.', 'PUNCT', '.', 3, 'punct'],
  ];
}

/** "The <people> left the <place> ." */
export function left(people: string, place: string): Row[] {
  return [
    ['The', 'DET', 'DT', 2, 'det'],
    [people, 'NOUN', 'NNS', 3, 'nsubj'],
    ['left', 'VERB', 'VBD', 0, 'root'],
    ['the', 'DET', 'DT', 5, 'det'],
    [place, 'NOUN', 'NN', 3, 'obj'],
    ['.', 'PUNCT', '.', 3, 'punct'],
  ];
}

/** "<Pronoun> said it was fine ." */
export function said(pronoun: string): Row[] {
  return [
    [pronoun, 'PRON', 'PRP', 2, 'nsubj'],
    ['said', 'VERB', 'VBD', 0, 'root'],
    ['it', 'PRON', 'PRP', 5, 'nsubj'],
    ['was', 'AUX', 'VBD', 5, 'cop'],
    ['fine', 'ADJ', 'JJ', 2, 'ccomp'],
    ['.', 'PUNCT', '.', 2, 'punct'],
  ];
}

/** Sentences as one document's trees, offsets running on across them. */
export function handDoc(sentences: Row[][]): Tree[] {
  let at = 0;
  return sentences.map((rows) => {
    const { text, tree } = handTree(rows);
    const tokens = tree.tokens.map((t) => ({ ...t, start: t.start + at, end: t.end + at }));
    at += text.length + 1;
    return buildTree(tokens, () => false);
  });
}
