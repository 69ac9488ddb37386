import {
  feature as hashFeature,
  LinearModel,
  mulberry32,
  Perceptron,
  shuffle,
  type LinearModelJson,
} from '../learn';
import type { ParserInput } from './parser';

// Bound once: a transpiler's CommonJS output (tsx, vitest) reads an imported name through getters at
// every use, and the loops below hash dozens of features a word (a third of the parser's time).
const feature = hashFeature;

/**
 * Names each arc of a finished tree with its relation, head before dependent (top-down), so an arc
 * is named knowing its head's relation, both words' tags and words, and the children of both: the
 * "case" child that makes an obl, the relative pronoun that makes an acl:relcl.
 */
export interface LabellerJson {
  format: 'labeller-1';
  model: LinearModelJson;
}

// The subtypes kept apart; every other relation is named by its basic type ("obl:unmarked" → "obl").
const KEPT = new Set([
  'nsubj:pass',
  'csubj:pass',
  'aux:pass',
  'acl:relcl',
  'compound:prt',
  'nmod:poss',
  'obl:agent',
  'det:predet',
  'cc:preconj',
]);

/** A gold relation as the labeller names it. */
export function relationOf(deprel: string): string {
  if (KEPT.has(deprel)) return deprel;
  const i = deprel.indexOf(':');
  return i < 0 ? deprel : deprel.slice(0, i);
}

const NONE = 0x4e4f4e45;
const ROOT = 0x524f4f54;
const FEATURES = 25;
const MAX_FEATURES = FEATURES;
const PAIRS_A = new Int32Array(FEATURES);
const PAIRS_B = new Int32Array(FEATURES);

/**
 * What naming an arc asks of the tree, computed once a sentence in typed arrays: each word's head
 * (the root's is `n`), nearest siblings, outer children and child counts, and an order in which
 * every head comes before its dependents. The arrays may be longer than `n` (see `treeOf`).
 */
interface TreeView {
  n: number;
  head: Int32Array;
  prevSib: Int32Array;
  nextSib: Int32Array;
  left1: Int32Array;
  left2: Int32Array;
  right1: Int32Array;
  nLeft: Int32Array;
  nRight: Int32Array;
  order: Int32Array;
  /** Each head's children, in order: those of `h` (the root: `n`) are kids[count[h], count[h + 1]). */
  kids: Int32Array;
  count: Int32Array;
  /** Scratch: where the next child of each head goes, then whether a word is in `order`. */
  cursor: Int32Array;
  seen: Uint8Array;
}

function emptyTree(capacity: number): TreeView {
  const ints = () => new Int32Array(capacity);
  return {
    n: 0,
    head: ints(),
    prevSib: ints(),
    nextSib: ints(),
    left1: ints(),
    left2: ints(),
    right1: ints(),
    nLeft: ints(),
    nRight: ints(),
    order: ints(),
    kids: ints(),
    count: new Int32Array(capacity + 2),
    cursor: new Int32Array(capacity + 1),
    seen: new Uint8Array(capacity),
  };
}

/**
 * The tree of `heads`. Fills `into` when it has room, else new arrays: the labeller keeps one for
 * every sentence, as allocating a dozen small typed arrays a sentence cost as much as naming it.
 */
function treeOf(heads: Int32Array, into?: TreeView): TreeView {
  const n = heads.length;
  const v = into && into.head.length >= n ? into : emptyTree(into ? Math.max(2 * n, 64) : n);
  v.n = n;
  const { head, count, kids, cursor, seen, order } = v;
  count.fill(0, 0, n + 2);
  for (let d = 0; d < n; d++) {
    const h = heads[d]!;
    head[d] = h >= 0 && h < n && h !== d ? h : n;
    count[head[d]! + 1]!++;
  }
  for (let h = 0; h <= n; h++) count[h + 1]! += count[h]!;
  for (let h = 0; h <= n; h++) cursor[h] = count[h]!;
  for (let d = 0; d < n; d++) kids[cursor[head[d]!]!++] = d;
  v.prevSib.fill(-1, 0, n);
  v.nextSib.fill(-1, 0, n);
  v.left1.fill(-1, 0, n);
  v.left2.fill(-1, 0, n);
  v.right1.fill(-1, 0, n);
  v.nLeft.fill(0, 0, n);
  v.nRight.fill(0, 0, n);
  for (let h = 0; h <= n; h++) {
    const from = count[h]!;
    const to = count[h + 1]!;
    for (let j = from; j < to; j++) {
      const d = kids[j]!;
      if (j > from) v.prevSib[d] = kids[j - 1]!;
      if (j + 1 < to) v.nextSib[d] = kids[j + 1]!;
      if (h === n) continue;
      if (d < h) {
        if (v.nLeft[h] === 0) v.left1[h] = d;
        else if (v.nLeft[h] === 1) v.left2[h] = d;
        v.nLeft[h]!++;
      } else {
        v.right1[h] = d;
        v.nRight[h]!++;
      }
    }
  }
  // Heads before dependents: breadth first from the root; a malformed tree (a cycle) still names
  // every word, after the others.
  seen.fill(0, 0, n);
  let tail = 0;
  for (let j = count[n]!; j < count[n + 1]!; j++) {
    order[tail++] = kids[j]!;
    seen[kids[j]!] = 1;
  }
  for (let at = 0; at < tail; at++) {
    const h = order[at]!;
    for (let j = count[h]!; j < count[h + 1]!; j++) {
      const d = kids[j]!;
      if (seen[d]) continue;
      seen[d] = 1;
      order[tail++] = d;
    }
  }
  for (let d = 0; d < n; d++) if (!seen[d]) order[tail++] = d;
  return v;
}

const bucket = (d: number) => (d <= 4 ? d : d <= 6 ? 5 : d <= 10 ? 6 : 7);

/** The features of the arc into word `d`, given the relations named so far (`rel`, 0 for none). */
function features(x: ParserInput, v: TreeView, rel: Int32Array, d: number, out: Int32Array): number {
  const n = v.n;
  const W = x.words;
  const T = x.tags;
  const h = v.head[d]!;
  const root = h >= n;
  const td = T[d]!;
  const wd = W[d]!;
  const th = root ? ROOT : T[h]!;
  const wh = root ? ROOT : W[h]!;
  const dir = root ? 0 : d < h ? 1 : 2;
  const dist = root ? 0 : bucket(Math.abs(h - d));
  const hrel = root ? NONE : rel[h]!;
  const hh = root ? n : v.head[h]!;
  const dl1 = v.left1[d]!;
  const dl2 = v.left2[d]!;
  const dr1 = v.right1[d]!;
  const prevSib = v.prevSib[d]!;
  const nextSib = v.nextSib[d]!;
  const wdl1 = dl1 >= 0 ? W[dl1]! : NONE;

  const tdd = feature(0, td, dir);
  const tddth = feature(0, tdd, th);
  // Each feature is a pair of values, hashed in one loop below (its template: its place, from 1).
  const A = PAIRS_A;
  const B = PAIRS_B;
  A[0] = dir;
  B[0] = 0;
  A[1] = tdd;
  B[1] = 0;
  A[2] = wd;
  B[2] = dir;
  A[3] = tdd;
  B[3] = th;
  A[4] = feature(0, wd, dir);
  B[4] = th;
  A[5] = tdd;
  B[5] = wh;
  A[6] = tddth;
  B[6] = dist;
  A[7] = tddth;
  B[7] = hrel;
  A[8] = tdd;
  B[8] = hrel;
  A[9] = th;
  B[9] = hrel;
  A[10] = tddth;
  B[10] = hh >= n ? ROOT : T[hh]!;
  A[11] = tdd;
  B[11] = wdl1;
  A[12] = feature(0, tdd, dl1 >= 0 ? T[dl1]! : NONE);
  B[12] = dl2 >= 0 ? T[dl2]! : NONE;
  A[13] = tdd;
  B[13] = dr1 >= 0 ? T[dr1]! : NONE;
  A[14] = tdd;
  B[14] = dr1 >= 0 ? W[dr1]! : NONE;
  A[15] = feature(0, tdd, v.nLeft[d]!);
  B[15] = v.nRight[d]!;
  A[16] = tddth;
  B[16] = d > 0 ? T[d - 1]! : NONE;
  A[17] = tddth;
  B[17] = d + 1 < n ? T[d + 1]! : NONE;
  A[18] = tddth;
  B[18] = prevSib >= 0 ? T[prevSib]! : NONE;
  A[19] = tddth;
  B[19] = nextSib >= 0 ? T[nextSib]! : NONE;
  A[20] = feature(0, tdd, prevSib >= 0 ? rel[prevSib]! : NONE);
  B[20] = th;
  A[21] = tddth;
  B[21] = nextSib >= 0 ? W[nextSib]! : NONE;
  A[22] = tddth;
  B[22] = prevSib >= 0 ? W[prevSib]! : NONE;
  A[23] = feature(0, wd, th);
  B[23] = wdl1;
  A[24] = feature(0, tdd, wh);
  B[24] = wdl1;
  for (let k = 0; k < FEATURES; k++) out[k] = feature(k + 1, A[k]!, B[k]!);
  return FEATURES;
}

export class Labeller {
  private readonly feats = new Int32Array(MAX_FEATURES);
  /** Reused from sentence to sentence. */
  private tree: TreeView | undefined;
  private rel = new Int32Array(0);

  constructor(readonly model: LinearModel) {}

  get relations(): string[] {
    return this.model.labels ?? [];
  }

  static fromJSON(json: LabellerJson): Labeller {
    if (json.format !== 'labeller-1') throw new Error(`labeller: unknown format ${String(json.format)}`);
    return new Labeller(LinearModel.fromJSON(json.model));
  }

  toJSON(): LabellerJson {
    return { format: 'labeller-1', model: this.model.toJSON() };
  }

  /** Each word's relation number (an index into `relations`). */
  label(x: ParserInput, heads: Int32Array): Int32Array {
    const n = heads.length;
    const v = (this.tree = treeOf(heads, this.tree));
    if (this.rel.length < n) this.rel = new Int32Array(Math.max(2 * n, 64));
    const rel = this.rel.fill(NONE, 0, n);
    const out = new Int32Array(n);
    const feats = this.feats;
    for (let j = 0; j < n; j++) {
      const d = v.order[j]!;
      const best = this.model.predict(feats, features(x, v, rel, d, feats));
      out[d] = best;
      rel[d] = best + 1;
    }
    return out;
  }
}

export interface LabelExample extends ParserInput {
  heads: Int32Array;
  /** Gold relations (as in the treebank; `relationOf` names them). */
  deprels: string[];
}

export interface LabellerTraining {
  epochs: number;
  seed: number;
  prune?: number;
  minCount?: number;
  step?: number;
  onEpoch?: (epoch: number, labeller: () => Labeller) => void;
}

/** Trains on gold trees, each arc named after its head's predicted relation. */
export function trainLabeller(examples: readonly LabelExample[], opts: LabellerTraining): Labeller {
  const relations = [...new Set(examples.flatMap((e) => e.deprels.map(relationOf)))].sort();
  const relId = new Map(relations.map((r, i) => [r, i]));
  const p = new Perceptron(relations.length);
  const feats = new Int32Array(MAX_FEATURES);
  const scores = new Float64Array(relations.length);
  const trees = examples.map((e) => treeOf(e.heads));
  const order = examples.map((_, i) => i);
  const next = mulberry32(opts.seed);
  const snapshot = () =>
    new Labeller(p.model({ prune: opts.prune, step: opts.step, minCount: opts.minCount, labels: relations }));
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    shuffle(order, next);
    for (const s of order) {
      const x = examples[s]!;
      const v = trees[s]!;
      const rel = new Int32Array(x.heads.length).fill(NONE);
      for (let j = 0; j < v.n; j++) {
        const d = v.order[j]!;
        const k = features(x, v, rel, d, feats);
        scores.fill(0);
        p.accumulate(feats, k, scores);
        let guess = 0;
        for (let c = 1; c < scores.length; c++) if (scores[c]! > scores[guess]!) guess = c;
        p.update(relId.get(relationOf(x.deprels[d]!))!, guess, feats, k);
        rel[d] = guess + 1;
      }
    }
    opts.onEpoch?.(epoch, snapshot);
  }
  return snapshot();
}
