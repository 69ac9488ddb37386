// Folds text for matching: lower case, accents off, every character that is not a letter or a digit
// (quote glyphs, hyphens, dashes, emoji, regex metacharacters) to a space. One UTF-16 unit in, one
// out, so an offset into the folded text is an offset into the original: highlights need no map.

// Folded unit per UTF-16 code unit, filled on first use (0 = not yet computed).
const table = new Uint16Array(65536);
const SPACE = 32;
const letterOrDigit = /^[\p{L}\p{N}]$/u;

function foldUnit(code: number): number {
  const known = table[code]!;
  if (known) return known;
  let out = SPACE;
  // Surrogates alone are not characters; emoji and other astral symbols fold to spaces.
  if (code < 0xd800 || code > 0xdfff) {
    const base = String.fromCharCode(code).normalize('NFD').charAt(0).toLowerCase();
    if (base.length === 1 && letterOrDigit.test(base)) out = base.charCodeAt(0);
  }
  table[code] = out;
  return out;
}

let units = new Uint16Array(1024);
/** Code units per String.fromCharCode call: well under any engine's argument limit. */
const CHUNK = 4096;

/** `s` folded for matching, exactly as long as `s`. */
export function fold(s: string): string {
  if (units.length < s.length) units = new Uint16Array(s.length * 2);
  for (let i = 0; i < s.length; i++) units[i] = foldUnit(s.charCodeAt(i));
  let out = '';
  for (let i = 0; i < s.length; i += CHUNK) {
    out += String.fromCharCode.apply(
      null,
      units.subarray(i, Math.min(s.length, i + CHUNK)) as unknown as number[],
    );
  }
  return out;
}

/** The words of folded text. */
export function words(folded: string): string[] {
  return folded.split(' ').filter((w) => w.length > 0);
}

/** Past this a query is not something a person typed; cutting it bounds the work per keystroke. */
export const MAX_QUERY_CHARS = 120;
export const MAX_QUERY_WORDS = 8;
/** Fuse's bitap works on 32-character patterns; longer words are cut rather than chunked. */
export const MAX_WORD_CHARS = 32;

/**
 * The query as words to match: folded, bounded, repeats dropped. A lone letter beside longer words
 * (the s of "Zelensky’s", an initial, a word just begun) is dropped: it would narrow on noise.
 */
export function queryWords(q: string): string[] {
  const seen = new Set<string>();
  for (const w of words(fold(q.slice(0, MAX_QUERY_CHARS)))) {
    seen.add(w.slice(0, MAX_WORD_CHARS));
    if (seen.size === MAX_QUERY_WORDS) break;
  }
  const all = [...seen];
  return all.some((w) => w.length > 1) ? all.filter((w) => w.length > 1) : all;
}
