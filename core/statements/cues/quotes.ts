import type { PreparedText } from '../../types';

/** A quotation: `start`/`end` hold the words between the marks; `open`/`close` are the marks. */
export interface Quote {
  open: number;
  /** Offset of the closing mark, or the paragraph end when the quote is left open. */
  close: number;
  start: number;
  end: number;
  paragraph: number;
  /** The quote runs to the paragraph end without a closing mark (a quote continued in the next paragraph). */
  unclosed: boolean;
}

const OPENING = new Set(['\u201C', '\u201E', '\u00AB']);
const CLOSING = new Set(['\u201D', '\u00BB']);

/**
 * Whether the double quote mark at `i` opens a quotation. Curly marks say so themselves; a straight
 * mark (or one of the ambiguous glyphs) opens when nothing word-like stands right before it.
 */
function opens(text: string, norm: string, i: number, paraStart: number): boolean {
  const c = text[i]!;
  if (OPENING.has(c)) return true;
  // A closing mark that opens a paragraph closes nothing: it is an opening one curled the wrong
  // way ("” … in the case of Wyoming, the Cruz train has left the station,” wrote Time").
  if (CLOSING.has(c)) return i === paraStart;
  if (i === paraStart) return true;
  const prev = norm[i - 1]!;
  return /[\s([—:-]/.test(prev);
}

/**
 * Pairs double quote marks within each paragraph. Only double marks delimit a quotation: single
 * marks are apostrophes far more often than quotes and a nested ‘…' stays inside its quote (004,
 * Dmitriev). A mark that opens while a quote is already open means the first one was never closed;
 * that one is dropped rather than guessed at. A quote still open at the paragraph end runs to the
 * end of the paragraph (the usual way a quote continues into the next paragraph).
 */
export function findQuotes(doc: PreparedText): Quote[] {
  const { text, norm } = doc;
  const out: Quote[] = [];
  // Every double mark once, in order; each paragraph takes its own run (no search past its end).
  const marks: number[] = [];
  for (let i = norm.indexOf('"'); i !== -1; i = norm.indexOf('"', i + 1)) if (!inches(norm, i)) marks.push(i);
  let k = 0;
  for (const p of doc.paragraphs) {
    let open = -1;
    while (k < marks.length && marks[k]! < p.start) k++;
    const first = k;
    for (; k < marks.length && marks[k]! < p.end; k++) {
      const i = marks[k]!;
      const isOpen = open === -1 ? opens(text, norm, i, p.start) : !closesHere(text, norm, i, p.end);
      if (open === -1) {
        if (isOpen) open = i;
        continue;
      }
      if (isOpen) {
        open = i;
        continue;
      }
      out.push(make(norm, open, i, p.index, false));
      open = -1;
    }
    // A quote left open at the paragraph end continues in the next paragraph, which then opens
    // with a quote mark (the news convention); only then is it read, up to the paragraph end. So
    // is one that a comma or colon introduces ("Reed said, “We have waited too long…" with the
    // closing mark missing): what follows is the words said, to the paragraph end.
    const next = doc.paragraphs[p.index + 1];
    const introduced = open !== -1 && /[,:]\s*$/.test(norm.slice(Math.max(p.start, open - 3), open));
    if (
      open !== -1 &&
      p.end - open > 20 &&
      (open === p.start || introduced || (next && norm[next.start] === '"'))
    )
      out.push(make(norm, open, p.end, p.index, true));
    if (k === first) singleQuotes(text, norm, p.start, p.end, p.index, out);
  }
  return out;
}

/**
 * British style quotes with single marks (‘We will not back down,’ she said), read only in a
 * paragraph without double marks. An apostrophe sits between letters ("it’s") or after a plural
 * ("leaders’"); an opening mark follows a space and precedes a letter, a closing one follows a
 * letter or punctuation and precedes a space or punctuation.
 */
function singleQuotes(
  text: string,
  norm: string,
  start: number,
  end: number,
  paragraph: number,
  out: Quote[],
): void {
  let open = -1;
  const para = norm.slice(start, end);
  for (let j = para.indexOf("'"); j !== -1; j = para.indexOf("'", j + 1)) {
    const i = start + j;
    const prev = i > start ? norm[i - 1]! : ' ';
    const next = i + 1 < end ? norm[i + 1]! : ' ';
    const c = text[i]!;
    if (open === -1) {
      if (c !== '\u2019' && /[\s(:-]/.test(prev) && /\p{L}/u.test(next)) open = i;
      continue;
    }
    if (c !== '\u2018' && /[\p{L}.,!?]/u.test(prev) && /[\s,.;:!?-]/.test(next)) {
      const q = make(norm, open, i, paragraph, false);
      if (/\s/.test(norm.slice(q.start, q.end))) out.push(q);
      open = -1;
    } else if (c === '\u2018' && /[\s(:-]/.test(prev)) open = i;
  }
}

/**
 * A height in feet and inches ("he's like 6’2”,” Rubio said"): the double mark after the inches is
 * no quotation mark, and read as one it would close the quote early and open the next words.
 */
const inches = (norm: string, i: number) => /\d['’]\s?\d{1,2}$/.test(norm.slice(Math.max(0, i - 5), i));

/** With a quote open, a mark closes it unless it is clearly an opening one (curly “ before a word). */
function closesHere(text: string, norm: string, i: number, paraEnd: number): boolean {
  const c = text[i]!;
  if (CLOSING.has(c)) return true;
  if (OPENING.has(c)) {
    // A curly opener glued to the previous word and followed by space or punctuation is a typo'd closer.
    return /\w/.test(norm[i - 1] ?? ' ') && (i + 1 >= paraEnd || /[\s,.;:!?]/.test(norm[i + 1]!));
  }
  return !(/\s/.test(norm[i - 1] ?? ' ') && /\w/.test(norm[i + 1] ?? ' '));
}

function make(norm: string, open: number, close: number, paragraph: number, unclosed: boolean): Quote {
  let start = open + 1;
  let end = close;
  while (start < end && /\s/.test(norm[start]!)) start++;
  while (end > start && /[\s]/.test(norm[end - 1]!)) end--;
  // American punctuation puts the sentence's comma inside the marks; it is not the speaker's.
  while (end > start && /[,;:]/.test(norm[end - 1]!)) end--;
  return { open, close, start, end, paragraph, unclosed };
}

/** The quote that holds offset `pos` (binary search over the sorted, disjoint quotes). */
export function quoteAt(quotes: Quote[], pos: number): Quote | undefined {
  return quotes[quoteIndexAt(quotes, pos)];
}

/** The index in `quotes` of the quote whose marks hold `pos`, or -1. */
export function quoteIndexAt(quotes: Quote[], pos: number): number {
  let lo = 0;
  let hi = quotes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = quotes[mid]!;
    if (pos < q.open) hi = mid - 1;
    else if (pos > q.close) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * Whether a quotation's own words end their sentence ("…adds to the mix.”"): the segmenter did not
 * cut it from its verb, as it does after "…right?” Trump went on", so the sentence after it is a
 * new one and the quote may go on from the speaker before ("…,” he said. “…to the mix.” He said
 * his company's lander…", a real news page).
 */
export const endsSentence = (norm: string, q: Quote): boolean =>
  /\.\s*$/.test(norm.slice(q.open + 1, q.close));
