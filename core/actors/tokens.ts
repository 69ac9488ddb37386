import type { PreparedText } from '../types';

/** How a token is joined to the one before it. Names run across spaces and hyphens only. */
export type Sep = 'start' | 'space' | 'hyphen' | 'glued' | 'punct';

export interface Token {
  start: number;
  end: number;
  /** The token as printed in `norm` (possessive 's excluded). */
  text: string;
  lower: string;
  cap: boolean;
  /** All capitals and longer than one letter ("NATO", "SEE"), dots ignored ("U.S."). */
  caps: boolean;
  /** Followed by a possessive ("Putin's", "Ukrainians'"); `end` stops before the apostrophe. */
  poss: boolean;
  sep: Sep;
  /** The characters between the previous token and this one. */
  gap: string;
  sentence: number;
  /** First token of its sentence (after opening quotes or a bullet). */
  initial: boolean;
  /** Inside a Title Case line with no closing punctuation (a sub-heading such as "Washington Pushes Hard"). */
  headline: boolean;
}

// Letters with internal apostrophes ("O'Brien"), dotted abbreviations ("U.S.", "E.U."), capitals
// joined by an ampersand ("AT&T", "P&G": read apart, the company was "AT" or "G"), numbers.
const WORD =
  /(?:\p{Lu}\.){2,}|\p{Lu}{1,4}&\p{Lu}{1,4}(?![\p{L}\p{N}])|\p{L}[\p{L}\p{N}]*(?:'(?!s\b)\p{L}+)*|\p{N}+(?:[.,]\p{N}+)*/gu;
// "MrTrump" (000) is a title glued to the name: split it so the name is found.
const GLUED_TITLE = /^(Mr|Mrs|Ms|Dr)(?=\p{Lu}\p{Ll})/u;

const isUpper = (c: string) => c !== c.toLowerCase();

/**
 * How a token joins the one before, `gap` the normalised characters between, `dash` the code of the
 * one printed there. The normalised text prints every dash as a hyphen; an em dash or a bar between
 * two words is a break in the sentence, not a compound ("Oh yeah, Rand Paul—that was on purpose" had
 * named "Rand Paul-that", "Ted Cruz—who…" "Ted Cruz-who").
 */
function sepOf(gap: string, prevPoss: boolean, dash: number): Sep {
  if (prevPoss) return 'punct';
  if (gap === '') return 'glued';
  if (onlySpaces(gap)) return 'space';
  if (gap === '-') return dash === 0x2014 || dash === 0x2015 ? 'punct' : 'hyphen';
  return 'punct';
}

/** Whether a non-empty gap is spaces alone (the usual one between words). */
function onlySpaces(gap: string): boolean {
  for (let i = 0; i < gap.length; i++) if (gap.charCodeAt(i) !== 32) return false;
  return true;
}

export function tokenize(doc: PreparedText): Token[] {
  const { norm, sentences, paragraphs } = doc;
  // Where each word starts and ends, in two plain arrays (no object a word).
  const starts: number[] = [];
  const ends: number[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(norm); m; m = WORD.exec(norm)) {
    let start = m.index;
    let end = start + m[0].length;
    if (m[0].length > 3 && norm.charCodeAt(start) === 77 /* M */) {
      const glued = GLUED_TITLE.exec(m[0]);
      if (glued) {
        starts.push(start);
        ends.push(start + glued[1]!.length);
        start += glued[1]!.length;
      }
    }
    // A lone capital followed by a period is an initial ("Daniel P. Driscoll").
    if (end - start === 1 && norm[end] === '.' && isUpper(norm[start]!)) end++;
    starts.push(start);
    ends.push(end);
  }
  const headlines = new Set(
    paragraphs.filter((p) => isHeadline(norm.slice(p.start, p.end))).map((p) => p.index),
  );
  const out: Token[] = [];
  let si = 0;
  let pi = 0;
  let prevEnd = 0;
  let prevPoss = false;
  let prevSentence = -1;
  for (let w = 0; w < starts.length; w++) {
    const start = starts[w]!;
    const end = ends[w]!;
    if (start < prevEnd) continue; // the "s" of a possessive
    while (si < sentences.length - 1 && sentences[si]!.end <= start) si++;
    while (pi < paragraphs.length - 1 && paragraphs[pi]!.end <= start) pi++;
    const text = norm.slice(start, end);
    let poss = false;
    if (
      norm.charCodeAt(end) === 39 &&
      /^'s?(?![\p{L}\p{N}])/u.test(norm.slice(end, end + 3)) &&
      /\p{L}/u.test(text)
    ) {
      // "Ukrainians'" and "Putin's" are possessives; "Ukraine 's" with a space is not.
      poss = norm[end + 1] === 's' || /s$/.test(text);
    }
    const gap = norm.slice(prevEnd, start);
    const sentence = sentences[si]?.index ?? 0;
    const initial = sentence !== prevSentence;
    const lower = text.toLowerCase();
    const cap = isUpper(text[0]!);
    const letters = cap ? (text.includes('.') ? text.replace(/\./g, '') : text) : '';
    out.push({
      start,
      end,
      text,
      lower,
      cap,
      caps: cap && letters.length > 1 && letters === letters.toUpperCase() && /\p{Lu}/u.test(letters),
      poss,
      sep: out.length === 0 || initial ? 'start' : sepOf(gap, prevPoss, doc.text.charCodeAt(prevEnd)),
      gap,
      sentence,
      initial,
      headline: headlines.has(paragraphs[pi]?.index ?? -1),
    });
    prevEnd = poss ? end + (norm[end + 1] === 's' ? 2 : 1) : end;
    prevPoss = poss;
    prevSentence = sentence;
  }
  return out;
}

/**
 * A paragraph set as a sub-heading: no closing punctuation and mostly capitalised words ("Initial
 * Draft Sparks Global Concerns", 001). New names are not taken from such lines.
 */
function isHeadline(p: string): boolean {
  // A byline or credit line ("By John Smith", "Editing by Mark Trevelyan") names people; it is no heading.
  // A Title Case heading capitalises its "By" ("I Am Horrified By Donald Trump."): only a line-initial
  // "By" or a lower-case "by" makes a byline.
  if (/^by \p{Lu}|\sby \p{Lu}/iu.test(p) && /^by |\sby /u.test(p.replace(/^By /, 'by '))) return false;
  if (/[.!?"')\]:]\s*$/.test(p)) return isTitleCase(p);
  const words = p.match(/\p{L}{4,}/gu) ?? [];
  if (words.length === 0) return true;
  const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return caps / words.length >= 0.6;
}

// Title Case keeps only short function words in lower case.
const TITLE_SMALL = new Set(
  'a an the and but or nor for of in on at to by with from as vs be is are was up off out into over per via'.split(
    ' ',
  ),
);

/**
 * A title printed with a closing period ("Smith Slams Jones Over Tax Plan."): at least three
 * capitalised words and no lower-case word but Title Case's small ones. Prose always has a
 * lower-case verb or noun ("Smith met Jones in New York.").
 */
function isTitleCase(p: string): boolean {
  // Word by word, stopping at the first that rules a title out: most paragraphs are prose, and
  // listing every word of each was a whole pass over the text.
  TITLE_WORD.lastIndex = 0;
  let words = 0;
  let caps = 0;
  for (let m = TITLE_WORD.exec(p); m; m = TITLE_WORD.exec(p)) {
    if (++words > 25) return false;
    if (UPPER_FIRST.test(m[0])) caps++;
    else if (!TITLE_SMALL.has(m[0])) return false;
  }
  return caps >= 3;
}

const TITLE_WORD = /\p{L}[\p{L}'’]*/gu;
const UPPER_FIRST = /^\p{Lu}/u;
