import type { SynToken } from '../syntax';
import { buildTree, type Tree } from './tree';

/** One hand-parsed word: form, UPOS, XPOS, head (1-based as in CoNLL-U, 0 for the root), relation. */
export type Row = [string, string, string, number, string];

/**
 * A hand-parsed sentence for tests, laid out with single spaces (punctuation and ”, n't, 's hug the
 * word before; a word hugs “). Words between “ and ” count as quoted.
 */
export function handTree(rows: Row[]): { text: string; tree: Tree } {
  let text = '';
  const tokens: SynToken[] = [];
  let open = false;
  const quoted = new Set<number>();
  rows.forEach(([word, upos, xpos, head, deprel], i) => {
    const hug = /^(?:[,.:;!?”]|n't|'s)$/.test(word) || rows[i - 1]?.[0] === '“';
    if (i > 0 && !hug) text += ' ';
    const start = text.length;
    text += word;
    if (word === '“') open = true;
    if (open) quoted.add(start);
    if (word === '”') open = false;
    tokens.push({
      start,
      end: text.length,
      text: word,
      lower: word.toLowerCase(),
      upos,
      xpos,
      head: head - 1,
      deprel,
    });
  });
  return { text, tree: buildTree(tokens, (pos) => quoted.has(pos)) };
}
