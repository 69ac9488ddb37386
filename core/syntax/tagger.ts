import {
  feature as hashFeature,
  LinearModel,
  mulberry32,
  Perceptron,
  shuffle,
  type LinearModelJson,
} from '../learn';
import { IntMap } from '../learn/intmap';
import type { Span } from './tokenize';
import { formKey, wordsOf, type Words } from './words';

// Bound once: a transpiler's CommonJS output (tsx, vitest) reads an imported name through getters at
// every use, and the loops below hash dozens of features a word (a third of the parser's time).
const feature = hashFeature;

/**
 * A greedy left-to-right part-of-speech tagger (Honnibal's averaged perceptron): each class is a
 * Penn tag with its universal tag ("VBN|VERB", "IN|SCONJ"), so both come from one decision. Frequent
 * words that always take one tag are looked up instead of scored.
 */
export interface TaggerJson {
  format: 'tagger-1';
  tags: string[];
  /** Unambiguous frequent words and their tag number. */
  dict: Record<string, number>;
  model: LinearModelJson;
}

export interface TaggedSentence {
  text: string;
  spans: Span[];
  /** "XPOS|UPOS" of each span. */
  tags: string[];
}

const START = 0x5354;
const END = 0x454e;
const FEATURES = 22;
const MAX_FEATURES = FEATURES;
const PAIRS_A = new Int32Array(FEATURES);
const PAIRS_B = new Int32Array(FEATURES);
// The templates (places in `pairsOf`) that read only the two tags before the word: the bias, each
// tag, both. They add the same weights for every word after the same two tags, a third of all the
// weights a word sums, so the tagger sums them once for each pair of tags it meets (`Tagger.tag`).
const TAG_PAIR = Int8Array.of(0, 4, 5, 6);
const WORD = Int8Array.from({ length: FEATURES }, (_, k) => k).filter((k) => !TAG_PAIR.includes(k));

/** The features of word `i` given the two tags before it (numbers; `tags.length` before the start). */
function features(w: Words, i: number, t1: number, t2: number, out: Int32Array): number {
  pairsOf(w, i, t1, t2);
  for (let k = 0; k < FEATURES; k++) out[k] = feature(k + 1, PAIRS_A[k]!, PAIRS_B[k]!);
  return FEATURES;
}

/** The features of the templates `group` of the pairs `pairsOf` last made, into `out`. */
function hashed(group: Int8Array, out: Int32Array): number {
  for (let j = 0; j < group.length; j++) {
    const k = group[j]!;
    out[j] = feature(k + 1, PAIRS_A[k]!, PAIRS_B[k]!);
  }
  return group.length;
}

/** Each feature of word `i` as a pair of values (PAIRS_A, PAIRS_B), for `features` to hash. */
function pairsOf(w: Words, i: number, t1: number, t2: number): void {
  const n = w.n;
  const m1 = i > 0 ? w.lower[i - 1]! : START;
  const m2 = i > 1 ? w.lower[i - 2]! : START;
  const p1 = i + 1 < n ? w.lower[i + 1]! : END;
  const p2 = i + 2 < n ? w.lower[i + 2]! : END;
  // Each feature is a pair of values, hashed in one loop below (its template: its place, from 1).
  const A = PAIRS_A;
  const B = PAIRS_B;
  A[0] = 0;
  B[0] = 0;
  A[1] = w.suffix3[i]!;
  B[1] = 0;
  A[2] = w.suffix2[i]!;
  B[2] = 0;
  A[3] = w.prefix[i]!;
  B[3] = 0;
  A[4] = t1;
  B[4] = 0;
  A[5] = t2;
  B[5] = 0;
  A[6] = t1;
  B[6] = t2;
  A[7] = w.lower[i]!;
  B[7] = 0;
  A[8] = w.form[i]!;
  B[8] = 0;
  A[9] = t1;
  B[9] = w.lower[i]!;
  A[10] = m1;
  B[10] = 0;
  A[11] = i > 0 ? w.suffix3[i - 1]! : START;
  B[11] = 0;
  A[12] = m2;
  B[12] = 0;
  A[13] = p1;
  B[13] = 0;
  A[14] = i + 1 < n ? w.suffix3[i + 1]! : END;
  B[14] = 0;
  A[15] = p2;
  B[15] = 0;
  A[16] = w.shape[i]!;
  B[16] = 0;
  A[17] = w.shape[i]!;
  B[17] = i === 0 ? 1 : 0;
  A[18] = m1;
  B[18] = w.lower[i]!;
  A[19] = w.lower[i]!;
  B[19] = p1;
  A[20] = t1;
  B[20] = w.suffix3[i]!;
  A[21] = i + 1 < n ? w.shape[i + 1]! : END;
  B[21] = 0;
}

export class Tagger {
  private readonly dict: IntMap;
  private readonly feats = new Int32Array(MAX_FEATURES);
  /** The weights TAG_PAIR adds after each pair of tags (see `pairScores`), once met. */
  private readonly pairs: (Int32Array | undefined)[];
  /** The tags of an opening and a closing quotation mark. */
  private readonly opening: number | undefined;
  private readonly closing: number | undefined;
  /** Which tags are of closed classes (prepositions, determiners, pronouns, conjunctions, modals). */
  private readonly closed: Uint8Array;

  constructor(
    readonly model: LinearModel,
    readonly tags: string[],
    private readonly dictWords: Record<string, number>,
  ) {
    this.dict = dictionaryIndex(dictWords);
    // Filled to its length so the engine keeps it a plain array, not a sparse one.
    this.pairs = new Array<Int32Array | undefined>((tags.length + 1) ** 2).fill(undefined);
    this.opening = indexOrUndefined(tags, '``|PUNCT');
    this.closing = indexOrUndefined(tags, "''|PUNCT");
    this.closed = Uint8Array.from(tags, (t) => (CLOSED.test(t) ? 1 : 0));
  }

  static fromJSON(json: TaggerJson): Tagger {
    if (json.format !== 'tagger-1') throw new Error(`tagger: unknown format ${String(json.format)}`);
    return new Tagger(LinearModel.fromJSON(json.model), json.tags, json.dict);
  }

  toJSON(): TaggerJson {
    return { format: 'tagger-1', tags: this.tags, dict: this.dictWords, model: this.model.toJSON() };
  }

  /**
   * Each word's tag number (an index into `tags`). Where `quotes` says which way a quotation mark
   * faces (1 opening, 2 closing), its tag says so whatever the model would guess, and the words
   * after it are tagged knowing it (see quotes.ts). `openers` reads a sentence's first word as the
   * closed-class word it is in lower case (`closedOpener`); the analyser asks for it, training and
   * the scores on GUM's gold do not, so the parser learns from the tags the model alone gives.
   */
  tag(w: Words, quotes?: Uint8Array, openers = false): Int32Array {
    const out = new Int32Array(w.n);
    const { feats, dict } = this;
    const none = this.tags.length;
    let t1 = none;
    let t2 = none;
    for (let i = 0; i < w.n; i++) {
      let t = dict.get(w.form[i]!);
      if (t < 0 && openers && (i === 0 || (i === 1 && t1 === this.opening)))
        t = this.closedOpener(w.lower[i]!);
      if (t < 0) {
        pairsOf(w, i, t1, t2);
        const pair = t1 * (none + 1) + t2;
        const base = this.pairs[pair] ?? this.pairScores(pair);
        t = this.model.predict(feats, hashed(WORD, feats), base);
      }
      const q = quotes?.[i];
      if (q) t = (q === 1 ? this.opening : this.closing) ?? t;
      out[i] = t;
      t2 = t1;
      t1 = t;
    }
    return out;
  }

  /**
   * A sentence's first word in capitals the dictionary only knows in lower case: where that is a
   * word of a closed class, it is that word ("Among men the two are closer" had read "Among" as an
   * adjective and made "Among men" a speaker; "Despite", "Whether", "Neither"). A capital at the
   * start says nothing of the word, and few such words open GUM's sentences often enough for the
   * dictionary's spelling with a capital. Open classes are left to the model: a capital there may
   * be a name's ("Will", "Bush").
   */
  private closedOpener(lower: number): number {
    const t = this.dict.get(lower);
    return t >= 0 && this.closed[t] ? t : -1;
  }

  /** The weights TAG_PAIR adds after the pair of tags `pair` (`tag`'s index), whose pairs `pairsOf` just made. */
  private pairScores(pair: number): Int32Array {
    const scores = new Int32Array(this.model.classes);
    const keys = new Int32Array(TAG_PAIR.length);
    this.model.accumulate(keys, hashed(TAG_PAIR, keys), scores);
    return (this.pairs[pair] = scores);
  }
}

const CLOSED = /^(?:IN|DT|CC|PRP\$?|WDT|WP\$?|WRB|TO|MD|EX|PDT)\|/;

function indexOrUndefined(tags: string[], tag: string): number | undefined {
  const i = tags.indexOf(tag);
  return i < 0 ? undefined : i;
}

/** The dictionary's words by form key (see `formKey`): a typed-array map, looked up once a word. */
function dictionaryIndex(dictWords: Record<string, number>): IntMap {
  const index = new IntMap();
  for (const [word, t] of Object.entries(dictWords)) index.set(formKey(word), t);
  return index;
}

export interface TaggerTraining {
  epochs: number;
  seed: number;
  /** Averaged weights below this are left out of the shipped model. */
  prune?: number;
  minCount?: number;
  /** The shipped weights' quantisation step. */
  step?: number;
  /** A word enters the dictionary seen this often, with one tag at least `dictShare` of the time. */
  dictMin?: number;
  dictShare?: number;
  /** Called after each epoch with the tagger as it would be shipped then. */
  onEpoch?: (epoch: number, tagger: () => Tagger) => void;
}

export function trainTagger(sentences: readonly TaggedSentence[], opts: TaggerTraining): Tagger {
  const tags = [...new Set(sentences.flatMap((s) => s.tags))].sort();
  const tagId = new Map(tags.map((t, i) => [t, i]));
  const dictWords = dictionary(sentences, tags, opts.dictMin ?? 20, opts.dictShare ?? 0.99);
  const dict = dictionaryIndex(dictWords);
  const data = sentences.map((s) => ({
    w: wordsOf(s.text, s.spans),
    gold: s.tags.map((t) => tagId.get(t)!),
  }));
  const p = new Perceptron(tags.length);
  const feats = new Int32Array(MAX_FEATURES);
  const scores = new Float64Array(tags.length);
  const order = data.map((_, i) => i);
  const next = mulberry32(opts.seed);
  const snapshot = () =>
    new Tagger(p.model({ prune: opts.prune, step: opts.step, minCount: opts.minCount }), tags, dictWords);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    shuffle(order, next);
    for (const s of order) {
      const { w, gold } = data[s]!;
      let t1 = tags.length;
      let t2 = tags.length;
      for (let i = 0; i < w.n; i++) {
        let guess = dict.get(w.form[i]!);
        if (guess < 0) {
          const k = features(w, i, t1, t2, feats);
          scores.fill(0);
          p.accumulate(feats, k, scores);
          guess = 0;
          for (let c = 1; c < scores.length; c++) if (scores[c]! > scores[guess]!) guess = c;
          p.update(gold[i]!, guess, feats, k);
        }
        t2 = t1;
        t1 = guess;
      }
    }
    opts.onEpoch?.(epoch, snapshot);
  }
  return snapshot();
}

/** Frequent words that (nearly) always take one tag, keyed by one of their spellings. */
function dictionary(sentences: readonly TaggedSentence[], tags: string[], min: number, share: number) {
  const counts = new Map<number, { word: string; byTag: Map<string, number>; n: number }>();
  for (const s of sentences)
    s.spans.forEach((sp, i) => {
      const word = s.text.slice(sp.start, sp.end);
      const key = formKey(word);
      let c = counts.get(key);
      if (!c) counts.set(key, (c = { word, byTag: new Map(), n: 0 }));
      if (word < c.word) c.word = word;
      c.byTag.set(s.tags[i]!, (c.byTag.get(s.tags[i]!) ?? 0) + 1);
      c.n++;
    });
  const out: [string, number][] = [];
  for (const { word, byTag, n } of counts.values()) {
    if (n < min) continue;
    const [tag, k] = [...byTag].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
    if (k / n >= share) out.push([word, tags.indexOf(tag)]);
  }
  return Object.fromEntries(out.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
}
