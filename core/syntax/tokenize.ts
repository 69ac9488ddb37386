import abbreviations from '../../data/lexicons/abbreviations.json';
import { isSpace } from '../text/space';
/**
 * English tokens as Universal Dependencies' English treebanks (GUM) cut them, each with its exact
 * offsets in the input, so a token found here can always be pointed at in the original text.
 */
export interface Span {
  start: number;
  end: number;
}

// Prefixes GUM keeps joined to the rest of a hyphenated word ("non-avian", "co-founder"); every
// other hyphen between word characters is a token of its own ("eye - tracking"), as GUM cuts 4 in 5.
const JOINED_PREFIXES = new Set(
  'non cross co re mid pre semi mini post sub inter anti counter multi socio proto pro super e ex'.split(' '),
);

// Abbreviations that keep their period. Single capitals ("M.") and dotted runs ("U.S.", "a.m.",
// "Ph.D.") are recognised by shape instead.
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr st jr sr prof gen col lt sgt capt gov sen rep rev pres messrs mt ft vol vols ' +
    'pp p ch fig figs eq ca approx etc al vs esp dept univ inc corp co ltd bros ave blvd rd est ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun'
  ).split(' '),
);

// Titles before a name as written ("Sens.", "Del.", "Adm."): the sentence splitter's, so a title
// it keeps inside a sentence keeps its period here too, as "Mr." does.
const TITLES = new Set(abbreviations.titles);

// US states as AP style abbreviates them ("of Ashton, Md., who…", "(I-Vt.)"): a period split off
// reads as the sentence's end, and the parse then takes the speaker before it for an oblique.
// Capitalised as written, so "a mass." at a sentence's end keeps its period apart.
const STATES = new Set(abbreviations.states);

// Contractions UD writes as two words without an apostrophe: the length of the first.
const SPLIT_WORDS = new Map([
  ['gonna', 3],
  ['wanna', 3],
  ['gotta', 3],
  ['cannot', 3],
  ['kinda', 4],
  ['sorta', 4],
  ['lotta', 3],
  ['outta', 3],
]);

const CLITICS = new Set(['s', 're', 've', 'll', 'd', 'm']);

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;

/** Letters, digits and combining marks, by UTF-16 unit (a surrogate pair asks about its code point). */
function isWordAt(text: string, i: number): boolean {
  if (!(i >= 0 && i < text.length)) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c >= 0xdc00 && c <= 0xdfff) return i > 0 && isWordAt(text, i - 1) && text.charCodeAt(i - 1) >= 0xd800;
  return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(i)!));
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isApostrophe = (c: number) => c === 39 || c === 0x2019;
const isLetterAscii = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/**
 * The tokens of `text[start, end)`: punctuation apart, clitics apart ("do" "n't", "it" "'s"),
 * abbreviations with their periods ("U.S.", "Mr."), numbers whole ("1,000", "3.5", "$" "5"),
 * "--" and "..." as one token. Never throws; every span lies inside [start, end).
 */
export function tokenize(text: string, start = 0, end = text.length): Span[] {
  const out: Span[] = [];
  const lo = Math.max(0, Math.min(start | 0, text.length));
  const hi = Math.max(lo, Math.min(end | 0, text.length));
  let i = lo;
  while (i < hi) {
    while (i < hi && isSpace(text.charCodeAt(i))) i++;
    if (i >= hi) break;
    let j = i;
    while (j < hi && !isSpace(text.charCodeAt(j))) j++;
    chunk(text, i, j, out, out.length === 0);
    i = j;
  }
  return out;
}

/** Web addresses and e-mail addresses stay whole, less their closing punctuation. */
const ADDRESS = /^(?:(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)/i;
const ADDRESS_TRAIL = /[.,;:!?)\]}"'\u2019\u201d>]+$/;

function hasAt(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (text.charCodeAt(i) === 64) return true;
  return false;
}

function chunk(text: string, a: number, b: number, out: Span[], first: boolean): void {
  const c0 = text.charCodeAt(a);
  if (b - a > 6 && (c0 === 104 || c0 === 119 || c0 === 72 || c0 === 87 || hasAt(text, a, b))) {
    const s = text.slice(a, b);
    const m = ADDRESS.exec(s);
    if (m) {
      const core = m[0].replace(ADDRESS_TRAIL, '');
      if (core.length > 3) {
        out.push({ start: a, end: a + core.length });
        if (a + core.length < b) chunk(text, a + core.length, b, out, false);
        return;
      }
    }
  }
  let p = a;
  while (p < b) {
    const q = isWordAt(text, p) ? word(text, p, b, out, first && p === a) : symbol(text, p, b, out);
    p = q > p ? q : p + 1;
  }
}

/** One word starting at `p` (and the clitics it carries); answers where the next token starts. */
function word(text: string, p: number, b: number, out: Span[], sentenceStart: boolean): number {
  let q = p;
  while (q < b && isWordAt(text, q)) q++;
  // An apostrophe inside a word that is no clitic joins it: "L'Enfant", "o'clock".
  while (q + 1 < b && isApostrophe(text.charCodeAt(q)) && isWordAt(text, q + 1)) {
    let r = q + 1;
    while (r < b && isWordAt(text, r)) r++;
    if (isClitic(text, p, q, r)) break;
    q = r;
  }
  const c = text.charCodeAt(q);

  // Numbers: 1,000  3.5  08:30  9/11  225-5185, and a list number "1." opening a sentence.
  if (isDigit(text.charCodeAt(p)) && isDigit(text.charCodeAt(q - 1)) && q < b) {
    let r = q;
    for (;;) {
      const sep = text.charCodeAt(r);
      if (
        r + 1 < b &&
        (sep === 46 || sep === 58 || sep === 47 || sep === 44 || sep === 45) &&
        isDigit(text.charCodeAt(r + 1))
      ) {
        let s = r + 1;
        while (s < b && isDigit(text.charCodeAt(s))) s++;
        if (sep === 44 && (s - r - 1 !== 3 || (s < b && isWordAt(text, s)))) break;
        // A phone number's groups stay whole; a range ("1-7", "2010-2012") is cut.
        if (sep === 45 && (s - r - 1 < 3 || r - p < 2 || (s - r - 1 === 4 && r - p === 4))) break;
        while (s < b && isWordAt(text, s)) s++;
        r = s;
      } else break;
    }
    if (r === q && sentenceStart && c === 46 && q + 1 === b && q - p <= 2) r = q + 1;
    if (r > q) return emit(out, p, r);
  }

  // Abbreviations: dotted runs (U.S., e.g., a.m., Ph.D.), known words, single capitals.
  if (c === 46) {
    let r = q;
    while (q - p <= 3 && r - p < 12) {
      let s = r + 1;
      while (s < b && s - r <= 3 && isLetterAscii(text.charCodeAt(s))) s++;
      if (s > r + 1 && s - r <= 3 && text.charCodeAt(s) === 46) r = s;
      else break;
    }
    if (r > q) return emit(out, p, r + 1);
    const w = text.slice(p, q);
    if (
      ABBREVIATIONS.has(w.toLowerCase()) ||
      TITLES.has(w) ||
      STATES.has(w) ||
      (q - p === 1 && /\p{Lu}/u.test(w))
    )
      return emit(out, p, q + 1);
  }

  // A clitic apart: "it" "'s", "do" "n't".
  if (isApostrophe(c) && q + 1 < b && isWordAt(text, q + 1)) {
    let r = q + 1;
    while (r < b && isWordAt(text, r)) r++;
    const cut = r - q === 2 && (text.charCodeAt(q + 1) | 32) === 116 ? q - 1 : q;
    emit(out, p, cut);
    return emit(out, cut, r);
  }

  // Hyphens: apart (GUM's usual cut) but after a joining prefix, and kept on a word cut short ("th-").
  if (c === 45) {
    if (q + 1 === b) return emit(out, p, q + 1);
    if (isWordAt(text, q + 1) && JOINED_PREFIXES.has(text.slice(p, q).toLowerCase())) {
      let r = q + 1;
      while (r < b && (isWordAt(text, r) || (text.charCodeAt(r) === 45 && isWordAt(text, r + 1)))) r++;
      return emit(out, p, r);
    }
  }

  const split = q - p === 5 || q - p === 6 ? SPLIT_WORDS.get(text.slice(p, q).toLowerCase()) : undefined;
  const cut = split !== undefined ? p + split : p;
  emit(out, p, cut);
  return emit(out, cut, q);
}

/** Whether `text[q, r)`, after an apostrophe at `q`, is a clitic of the word `text[p, q)`. */
function isClitic(text: string, p: number, q: number, r: number): boolean {
  const after = text.slice(q + 1, r).toLowerCase();
  if (after === 't') return q - p >= 2 && (text.charCodeAt(q - 1) | 32) === 110;
  return CLITICS.has(after);
}

function emit(out: Span[], p: number, q: number): number {
  if (q > p) out.push({ start: p, end: q });
  return q;
}

/** One punctuation token at `p`: "--", "...", "#tag", "'71", a surrogate pair, or one character. */
function symbol(text: string, p: number, b: number, out: Span[]): number {
  const c = text.charCodeAt(p);
  if (c === 46 || c === 45 || c === 0x2013 || c === 0x2014) {
    let q = p + 1;
    while (q < b && text.charCodeAt(q) === c) q++;
    return emit(out, p, q);
  }
  if ((c === 35 || c === 64) && p + 1 < b && isWordAt(text, p + 1)) {
    let q = p + 1;
    while (q < b && isWordAt(text, q)) q++;
    return emit(out, p, q);
  }
  if (
    isApostrophe(c) &&
    p + 2 < b + 1 &&
    isDigit(text.charCodeAt(p + 1)) &&
    isDigit(text.charCodeAt(p + 2))
  ) {
    let q = p + 1;
    while (q < b && isWordAt(text, q)) q++;
    return emit(out, p, q);
  }
  if (c >= 0xd800 && c <= 0xdbff && p + 1 < b) {
    const d = text.charCodeAt(p + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return emit(out, p, p + 2);
  }
  return emit(out, p, p + 1);
}
