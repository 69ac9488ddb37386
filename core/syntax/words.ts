import type { Span } from './tokenize';

/**
 * What the tagger and the parser know of each token, hashed once: its form (case kept), lower
 * case, last three and two letters, first letter and shape. Curly quotes and dashes hash as their
 * plain forms and every digit as 0, so normalised and original text, "1999" and "2016", look alike.
 */
export interface Words {
  /** How many words (the arrays may be longer). */
  n: number;
  form: Int32Array;
  lower: Int32Array;
  suffix3: Int32Array;
  suffix2: Int32Array;
  prefix: Int32Array;
  shape: Int32Array;
}

const FNV = 0x811c9dc5;
const PRIME = 0x01000193;

function plain(c: number): number {
  if (c >= 48 && c <= 57) return 48;
  if (c < 128) return c;
  if (c === 0x2018 || c === 0x2019 || c === 0x201a || c === 0x201b || c === 0x2032) return 39;
  if (
    c === 0x201c ||
    c === 0x201d ||
    c === 0x201e ||
    c === 0x201f ||
    c === 0x2033 ||
    c === 0xab ||
    c === 0xbb
  )
    return 34;
  if ((c >= 0x2010 && c <= 0x2015) || c === 0x2212) return 45;
  return c;
}

const lowerOf = (c: number) =>
  c >= 65 && c <= 90 ? c + 32 : c < 128 ? c : String.fromCharCode(c).toLowerCase().charCodeAt(0);

function shapeClass(c: number): number {
  if (c >= 97 && c <= 122) return 120; // x
  if (c >= 65 && c <= 90) return 88; // X
  if (c === 48) return 100; // d
  if (c < 128) return c;
  const s = String.fromCharCode(c);
  return s.toLowerCase() !== s ? 88 : s.toUpperCase() !== s ? 120 : c;
}

/**
 * The words of `spans`. Fills `into` when it has room (its arrays may be longer than `n`), else new
 * arrays, with room to spare when `into` is given: the analyser keeps one for every sentence, as
 * allocating six small typed arrays a sentence cost more than hashing the words.
 */
export function wordsOf(text: string, spans: readonly Span[], into?: Words): Words {
  const n = spans.length;
  const w = into && into.form.length >= n ? into : emptyWords(into ? Math.max(2 * n, 64) : n);
  w.n = n;
  for (let i = 0; i < n; i++) {
    const { start, end } = spans[i]!;
    let form = FNV;
    let lower = FNV;
    let shape = FNV;
    let prev = -1;
    let run = 0;
    for (let j = start; j < end; j++) {
      const c = plain(text.charCodeAt(j));
      form = Math.imul(form ^ c, PRIME);
      lower = Math.imul(lower ^ lowerOf(c), PRIME);
      const k = shapeClass(c);
      run = k === prev ? run + 1 : 0;
      prev = k;
      if (run < 3) shape = Math.imul(shape ^ k, PRIME);
    }
    let s2 = FNV;
    let s3 = FNV;
    for (let j = Math.max(start, end - 3); j < end; j++) {
      const c = lowerOf(plain(text.charCodeAt(j)));
      s3 = Math.imul(s3 ^ c, PRIME);
      if (j >= end - 2) s2 = Math.imul(s2 ^ c, PRIME);
    }
    w.form[i] = form;
    w.lower[i] = lower;
    w.suffix3[i] = s3;
    w.suffix2[i] = s2;
    w.prefix[i] = end > start ? plain(text.charCodeAt(start)) + 1 : 0;
    w.shape[i] = shape;
  }
  return w;
}

function emptyWords(capacity: number): Words {
  return {
    n: 0,
    form: new Int32Array(capacity),
    lower: new Int32Array(capacity),
    suffix3: new Int32Array(capacity),
    suffix2: new Int32Array(capacity),
    prefix: new Int32Array(capacity),
    shape: new Int32Array(capacity),
  };
}

/** The key of a word in the tagger's dictionary: the same hash as `Words.form`. */
export const formKey = (word: string): number => wordsOf(word, [{ start: 0, end: word.length }]).form[0]!;
