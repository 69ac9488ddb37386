import type { Paragraph, Sentence, Span } from '../types';
import abbreviations from '../../data/lexicons/abbreviations.json';

const TITLES = new Set(abbreviations.titles.map((a) => a.toLowerCase()));
const NUMBERED = new Set(abbreviations.numbered.map((a) => a.toLowerCase()));
const ACRONYMS = new Set(abbreviations.acronyms.map((a) => a.toLowerCase()));
const OPENERS = new Set(abbreviations.sentenceOpeners);

/** Paragraphs are the text's non-blank lines, trimmed. */
export function paragraphs(norm: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(norm); m; m = re.exec(norm)) {
    const span = trim(norm, m.index, m.index + m[0].length);
    if (span.end > span.start) out.push({ start: span.start, end: span.end, index: out.length });
  }
  return out;
}

function trim(s: string, start: number, end: number): Span {
  while (start < end && /\s/.test(s[start]!)) start++;
  while (end > start && /\s/.test(s[end - 1]!)) end--;
  return { start, end };
}

let segmenter: Intl.Segmenter | undefined;

/**
 * Node 20's Intl.Segmenter is quadratic in the sentences of one call: "Putin said so." repeated in
 * one paragraph took 0.4 s at 64 KB and 11 s at 256 KB, so a 5 MB article without paragraph breaks
 * would take hours in the KB build and the tests. Short calls keep it linear; 4–8 KB calls timed
 * best (1 MB: 0.2 s, against 2.3 s in 32 KB calls).
 */
const WINDOW = 8 * 1024;

/**
 * ICU's sentence breaks of text[start, end), found `window` characters at a time with the same
 * boundaries as one call. A window's last segment is cut short by the window's end, and the break
 * before it may rest on look-ahead that ran into that end (UAX #29 SB8 looks past "etc. 12 34" for
 * a lower-case letter). The break before the second-to-last segment does not: that segment holds a
 * terminator (or paragraph separator), where every look-ahead of ICU's rules stops. So each window
 * keeps all but its last two segments and the next one starts at that break, where ICU starts
 * afresh in one call too. A window with fewer than three segments (a sentence longer than the
 * window) is retried twice as long, so the calls stay short unless one sentence is itself long.
 */
export function icuSentences(text: string, start: number, end: number, window = WINDOW): Span[] {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  const out: Span[] = [];
  let pos = start;
  let size = window;
  while (pos < end) {
    const stop = Math.min(end, pos + size);
    const found: Span[] = [];
    for (const seg of segmenter.segment(text.slice(pos, stop))) {
      found.push({ start: pos + seg.index, end: pos + seg.index + seg.segment.length });
    }
    const last = stop === end;
    if (!last && found.length < 3) {
      size *= 2;
      continue;
    }
    const keep = last ? found.length : found.length - 2;
    for (let i = 0; i < keep; i++) out.push(found[i]!);
    if (last) break;
    pos = found[keep]!.start;
    size = window;
  }
  return out;
}

/** The token that ends just before `end` (a period included), e.g. "Mr." → "mr", "U.S." → "u.s". */
function lastToken(norm: string, start: number, end: number): string {
  const m = /(\S+)\s*$/.exec(norm.slice(start, end));
  if (!m) return '';
  return m[1]!
    .replace(/^["'([]+/, '')
    .replace(/\.$/, '')
    .toLowerCase();
}

function firstWord(norm: string, start: number, end: number): string {
  return /^\s*["'(]*([A-Za-z]+)/.exec(norm.slice(start, end))?.[1] ?? '';
}

/**
 * Whether the break between `a` and `b` is no sentence end: an abbreviation, or a question before
 * its attribution. ICU breaks after
 * "Mr." ("Mr. | Zelenskyy indicated"), after initials ("Daniel P. | Driscoll") and after
 * "U.S." ("The U.S. | Thanksgiving holiday").
 */
function isFalseBreak(norm: string, a: Span, b: Span): boolean {
  // A question or exclamation its attribution goes on after in lower case: "“Must we act?” she
  // said.", "“Go!” he shouted." is one sentence, so "she" is read where the quote is.
  if (
    /[?!]["”'’]*\s*$/.test(norm.slice(a.start, a.end)) &&
    /^\s*[a-z]/.test(norm.slice(b.start, b.start + 4))
  )
    return true;
  if (!/\.\s*$/.test(norm.slice(a.start, a.end))) return false;
  const tok = lastToken(norm, a.start, a.end);
  if (TITLES.has(tok)) return true;
  if (NUMBERED.has(tok)) return /^\s*["'(]*\d/.test(norm.slice(b.start, b.start + 6));
  if (/^[a-z](\.[a-z])*$/.test(tok)) {
    // Initials before a capitalised word are part of a name: "Daniel P. | Driscoll", "George H.W. |
    // Bush", "J. | Joe Ricketts" opening a sentence. A letter that ends a sentence ("Plan B. | The
    // rest failed") is followed by a usual sentence opener.
    const next = firstWord(norm, b.start, b.end);
    return /^[A-Z]/.test(next) && !OPENERS.has(next);
  }
  if (ACRONYMS.has(tok)) {
    const next = firstWord(norm, b.start, b.end);
    return next !== '' && !OPENERS.has(next);
  }
  return false;
}

/**
 * Splits ICU misses where a period has no space after it: "…Terms and Privacy Policy.Mr Trump
 * said…" (000). Only lower-case letter, period, capital, lower-case, so "U.S.-backed" and
 * "washingtontimes.com" stay whole.
 */
function splitGlued(norm: string, span: Span): Span[] {
  const out: Span[] = [];
  const re = /[a-z]\.(?=[A-Z][a-z])/g;
  re.lastIndex = span.start;
  let start = span.start;
  const text = norm.slice(0, span.end);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const cut = m.index + 2;
    if (TITLES.has(lastToken(norm, start, cut))) continue;
    out.push({ start, end: cut });
    start = cut;
  }
  out.push({ start, end: span.end });
  return out;
}

/**
 * Sentences of each paragraph: Intl.Segmenter on the original text (its curly quotes tell ICU
 * where a quotation closes), then a pass that mends breaks after abbreviations and adds breaks ICU
 * missed.
 */
export function sentences(text: string, norm: string, paras: Paragraph[]): Sentence[] {
  const out: Sentence[] = [];
  for (const p of paras) {
    const merged: Span[] = [];
    for (const s of icuSentences(text, p.start, p.end)) {
      const prev = merged[merged.length - 1];
      if (prev && isFalseBreak(norm, prev, s)) prev.end = s.end;
      else merged.push({ start: s.start, end: s.end });
    }
    for (const m of merged) {
      for (const piece of splitGlued(norm, m)) {
        const span = trim(norm, piece.start, piece.end);
        // Fields written out: a spread is the engine's slow generic copy.
        if (span.end > span.start)
          out.push({ start: span.start, end: span.end, index: out.length, paragraph: p.index });
      }
    }
  }
  return out;
}
