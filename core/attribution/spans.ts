import type { Span } from '../types';
import type { Tree } from './tree';

// Token ranges to character spans, in the attribution conventions of news annotation (PolNeAR's):
// a quotation keeps its marks and the punctuation inside them; a reported clause ends before the
// sentence's final stop; a phrase never starts or ends on a comma, colon or dash.

const OPEN = new Set(['"', '“', '``', '«']);
const CLOSE = new Set(['"', '”', "''", '»']);
const EDGE = new Set([',', '.', ':', ';', '-', '--', '—', '–', '(', ')', '...', '…']);

const isQuote = (s: string) => OPEN.has(s) || CLOSE.has(s);

/** Trims edge punctuation off an inclusive token range; undefined when nothing is left. */
function trim(tree: Tree, from: number, to: number): [number, number] | undefined {
  const tk = tree.tokens;
  while (from <= to && EDGE.has(tk[from]!.text)) from++;
  while (to >= from && EDGE.has(tk[to]!.text) && !CLOSE.has(tk[to + 1]?.text ?? '')) to--;
  return from <= to ? [from, to] : undefined;
}

/**
 * A content range widened to whole quotations: an opening mark inside with its close just past the
 * end (or the other way round) brings the rest of the quotation, and a range that is exactly the
 * words between two marks takes the marks too.
 */
export function contentRange(tree: Tree, from: number, to: number): [number, number] | undefined {
  const r = trim(tree, from, to);
  if (!r) return undefined;
  [from, to] = r;
  const tk = tree.tokens;
  let depth = 0;
  let firstOpen = -1;
  for (let j = from; j <= to; j++) {
    const w = tk[j]!.text;
    if (OPEN.has(w) && (w !== '"' || depth === 0)) {
      if (depth === 0) firstOpen = j;
      depth++;
    } else if (CLOSE.has(w) && depth > 0) depth--;
    else if (CLOSE.has(w) && depth === 0 && from > 0 && OPEN.has(tk[from - 1]?.text ?? '')) from--;
  }
  if (depth > 0 && firstOpen >= 0) {
    let j = to + 1;
    while (j < tk.length && j - to < 4 && !CLOSE.has(tk[j]!.text) && EDGE.has(tk[j]!.text)) j++;
    if (j < tk.length && CLOSE.has(tk[j]!.text)) to = j;
  }
  const before = tk[from - 1]?.text ?? '';
  if (OPEN.has(before) && !isQuote(tk[from]!.text)) {
    let j = to + 1;
    while (j < tk.length && j - to < 3 && EDGE.has(tk[j]!.text)) j++;
    if (j < tk.length && CLOSE.has(tk[j]!.text)) {
      from--;
      to = j;
    }
  }
  return [from, to];
}

/**
 * A source phrase: trimmed, but one with a comma inside ("Richard Revesz, director of the
 * institute,") keeps the comma that closes its appositive before the verb, as news annotation does.
 */
export function phraseRange(
  tree: Tree,
  from: number,
  to: number,
  beforeVerb = false,
): [number, number] | undefined {
  const r = trim(tree, from, to);
  if (!r || !beforeVerb) return r;
  let inner = false;
  for (let j = r[0]; j <= r[1] && !inner; j++) inner = tree.tokens[j]!.text === ',';
  return inner && tree.tokens[r[1] + 1]?.text === ',' ? [r[0], r[1] + 1] : r;
}

export function charSpan(tree: Tree, [from, to]: [number, number]): Span {
  return { start: tree.tokens[from]!.start, end: tree.tokens[to]!.end };
}
