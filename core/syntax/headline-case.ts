import type { Span } from './tokenize';

// Words a headline in title case may leave lower-case ("Trump Says Clinton Is Unfit to Serve").
const MINOR = new Set(
  'a an and as at but by for from in into nor of on or per the to up via vs vs. with'.split(' '),
);

const isUpper = (c: number) => c >= 65 && c <= 90;
const isLower = (c: number) => c >= 97 && c <= 122;

/**
 * A headline in title case or in capitals ("Donald Trump Praises Breitbart's Editor", "WHY SENEGAL
 * CLAMPS DOWN ON QURANIC SCHOOLS"): there a capital says nothing, and the tagger, which learnt that
 * a capital inside a sentence marks a name, reads every word as one and the parse finds no verb.
 * Returns the sentence as the tagger should read it, with the spans moved to match: each common
 * English word (`common`) in lower case, but where the actors stage found a name (`names`,
 * sorted by start) and, in a title-case line, the words written in capitals (acronyms: "GOP",
 * "U.S."). None for any other sentence.
 */
export function caseless(
  text: string,
  spans: readonly Span[],
  names: readonly Span[],
  /** Common English words, in lower case. */
  common: ReadonlySet<string>,
): { text: string; spans: Span[] } | undefined {
  const line = lineCase(text, spans);
  if (!line) return undefined;
  const allCaps = line === 'capitals';
  const from = spans[0]!.start;
  const to = spans[spans.length - 1]!.end;
  let out = '';
  let at = from;
  // The names inside the sentence, found by a binary search: a page of many headlines stays linear.
  let lo = 0;
  let hi = names.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (names[mid]!.end <= from) lo = mid + 1;
    else hi = mid;
  }
  let n = lo;
  for (const s of spans) {
    while (n < names.length && names[n]!.end <= s.start) n++;
    const named = n < names.length && names[n]!.start <= s.start && s.end <= names[n]!.end;
    const w = text.slice(s.start, s.end);
    const acronym = !allCaps && w.length > 1 && w === w.toUpperCase() && w !== w.toLowerCase();
    const lower = lowerAscii(w);
    out += text.slice(at, s.start) + (named || acronym || !common.has(lower) ? w : lower);
    at = s.end;
  }
  out += text.slice(at, to);
  return { text: out, spans: spans.map((s) => ({ start: s.start - from, end: s.end - from })) };
}

/**
 * Whether a sentence is a line in title case or in capitals, where a capital says nothing of a
 * name: four words at least, and every one but the minor words ("of", "the") capitalised, or four
 * in five written in capitals.
 */
export function lineCase(text: string, spans: readonly Span[]): 'title' | 'capitals' | undefined {
  if (spans.length < 4) return undefined;
  let words = 0;
  let titled = 0;
  let capitals = 0;
  let lower = 0;
  for (const s of spans) {
    const c = text.charCodeAt(s.start);
    if (!isUpper(c) && !isLower(c)) continue;
    // Read in place, not sliced: every sentence of every text passes here.
    let letters = 0;
    let upper = 0;
    for (let j = s.start; j < s.end; j++) {
      const d = text.charCodeAt(j);
      if (isUpper(d)) upper++;
      if (isUpper(d) || isLower(d)) letters++;
    }
    if (letters > 1 && upper === letters) capitals++;
    if (isLower(c) && s.end - s.start <= 4 && MINOR.has(text.slice(s.start, s.end))) continue;
    words++;
    if (isUpper(c)) titled++;
    // A sentence of running text: past a fifth of its words in lower case, it is neither.
    else if (++lower > 0.2 * spans.length) return undefined;
  }
  if (words >= 4 && capitals >= 0.8 * words) return 'capitals';
  return words >= 4 && titled === words ? 'title' : undefined;
}

/** Lower case letter for letter, so the word keeps its length and its place. */
function lowerAscii(w: string): string {
  let out = '';
  for (let j = 0; j < w.length; j++) {
    const c = w.charCodeAt(j);
    out += isUpper(c) ? String.fromCharCode(c + 32) : w[j];
  }
  return out;
}
