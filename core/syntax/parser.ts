import {
  feature as hashFeature,
  LinearModel,
  mulberry32,
  Perceptron,
  shuffle,
  type LinearModelJson,
} from '../learn';

// Bound once: a transpiler's CommonJS output (tsx, vitest) reads an imported name through getters at
// every use, and the loops below hash dozens of features a word (a third of the parser's time).
const feature = hashFeature;

/**
 * A greedy arc-hybrid dependency parser (Kuipers, Goldberg & Nivre; the feature set of Honnibal's
 * "Parsing English in 500 lines of Python"), trained with a dynamic oracle so it learns to recover
 * from its own mistakes. Each word is pushed once and popped once: 2n decisions, linear in the
 * sentence. The root sits after the last word and takes exactly one dependent.
 */
export interface ParserJson {
  format: 'parser-1';
  model: LinearModelJson;
}

/** A sentence as the parser sees it: one hash per word (its lower case) and one per tag. */
export interface ParserInput {
  words: Int32Array;
  tags: Int32Array;
}

const SHIFT = 0;
const RIGHT = 1;
const LEFT = 2;
const MOVES = 3;
const NONE = 0x4e4f4e45;
const ROOT_WORD = 0x524f4f54;
const COMMA = Math.imul(0x811c9dc5 ^ 44, 0x01000193);

/**
 * A parse in progress: the stack, the buffer's front, the heads found and each word's outer
 * children, with the words' and tags' hashes (the root's after them) and a running count of commas.
 * Its arrays are reused from sentence to sentence.
 */
class Config {
  n = 0;
  depth = 0;
  b = 0;
  stack = new Int32Array(0);
  heads = new Int32Array(0);
  /** Leftmost and second-leftmost, rightmost and second-rightmost child; -1 when none. */
  l1 = new Int32Array(0);
  l2 = new Int32Array(0);
  r1 = new Int32Array(0);
  r2 = new Int32Array(0);
  nl = new Int32Array(0);
  nr = new Int32Array(0);
  W = new Int32Array(0);
  T = new Int32Array(0);
  /** Commas before each word. */
  commas = new Int32Array(0);
  /** What the current state's features are made of (see ATOMS), and the words at POSITIONS. */
  readonly atoms = new Int32Array(ATOMS.length);
  readonly where = new Int32Array(POSITIONS.length);

  reset(x: ParserInput): this {
    const n = (this.n = x.words.length);
    this.depth = 0;
    this.b = 0;
    if (this.stack.length < n + 2) {
      const cap = Math.max(64, 2 * n + 2);
      for (const k of ['stack', 'heads', 'l1', 'l2', 'r1', 'r2', 'nl', 'nr', 'W', 'T', 'commas'] as const)
        this[k] = new Int32Array(cap);
    }
    this.heads.fill(-1, 0, n);
    this.l1.fill(-1, 0, n + 1);
    this.l2.fill(-1, 0, n + 1);
    this.r1.fill(-1, 0, n + 1);
    this.r2.fill(-1, 0, n + 1);
    this.nl.fill(0, 0, n + 1);
    this.nr.fill(0, 0, n + 1);
    this.W.set(x.words);
    this.T.set(x.tags.subarray(0, n));
    this.W[n] = ROOT_WORD;
    this.T[n] = ROOT_WORD;
    let c = 0;
    for (let i = 0; i <= n; i++) {
      this.commas[i] = c;
      if (i < n && this.W[i] === COMMA) c++;
    }
    return this;
  }

  get done(): boolean {
    return this.b >= this.n && this.depth === 0;
  }

  valid(move: number): boolean {
    if (move === SHIFT) return this.b < this.n;
    if (move === RIGHT) return this.depth >= 2;
    // The root takes one dependent: the last word left on the stack.
    return this.depth >= 1 && (this.b < this.n || this.depth === 1);
  }

  apply(move: number): void {
    if (move === SHIFT) {
      this.stack[this.depth++] = this.b++;
      return;
    }
    const d = this.stack[--this.depth]!;
    const h = move === RIGHT ? this.stack[this.depth - 1]! : this.b;
    this.heads[d] = h;
    if (d < h) {
      this.l2[h] = this.l1[h]!;
      this.l1[h] = d;
      this.nl[h]!++;
    } else {
      this.r2[h] = this.r1[h]!;
      this.r1[h] = d;
      this.nr[h]!++;
    }
  }

  /**
   * What each move would lose of the gold tree (Goldberg & Nivre 2013's arc-hybrid costs), given a
   * projective gold tree whose root word's head is `n`.
   */
  costs(gold: Int32Array, out: Int32Array): void {
    const { stack, depth, b, n } = this;
    out.fill(0);
    if (depth > 0) {
      const s0 = stack[depth - 1]!;
      const s1 = depth > 1 ? stack[depth - 2]! : -1;
      let deps = 0;
      for (let k = b; k < n; k++) if (gold[k] === s0) deps++;
      const g = gold[s0]!;
      out[LEFT] = deps + (g === s1 || (g > b && g <= n) ? 1 : 0);
      out[RIGHT] = deps + (g >= b && g <= n ? 1 : 0);
    }
    if (b < n) {
      let lost = 0;
      for (let k = 0; k < depth; k++) {
        const s = stack[k]!;
        if (gold[s] === b) lost++;
        if (k < depth - 1 && gold[b] === s) lost++;
      }
      out[SHIFT] = lost;
    }
  }
}

// A state's features are pairs of atoms: the word and tag of the stack's top three, the buffer's
// first three and the outer children (POSITIONS), child counts, distance, commas, and a few pairs
// of those hashed into one (COMBOS). Listed as data, the features are hashed in one loop, where the
// hash is inlined (seventy call sites of it would not all be).
const POSITIONS = [
  'n0',
  'n1',
  'n2',
  's0',
  's1',
  's2',
  'n0l1',
  'n0l2',
  's0l1',
  's0l2',
  's0r1',
  's0r2',
] as const;
type Position = (typeof POSITIONS)[number];
const COUNTS = ['vs0r', 'vs0l', 'vn0l', 'dist', 'commas'] as const;
// prettier-ignore
const COMBO_NAMES = [
  'wtn0', 'wts0', 'ts0tn0', 'tn0tn1', 'ts0ts1', 'ts0ts0r1', 'ts0ts0l1', 'tn0tn0l1', 'wn0ws0', 'tn1tn2', 'ws0tn0',
  'wn0ts0', 'ts1ts0',
] as const;
type Atom = 'zero' | `w${Position}` | `t${Position}` | (typeof COUNTS)[number] | (typeof COMBO_NAMES)[number];
const ATOMS: Atom[] = [
  'zero',
  ...POSITIONS.flatMap((p) => [`w${p}`, `t${p}`] as const),
  ...COUNTS,
  ...COMBO_NAMES,
];
const at = (a: Atom) => ATOMS.indexOf(a);
const FIRST_COUNT = at('vs0r');

const COMBOS: [Atom, Atom, Atom][] = [
  ['wtn0', 'wn0', 'tn0'],
  ['wts0', 'ws0', 'ts0'],
  ['ts0tn0', 'ts0', 'tn0'],
  ['tn0tn1', 'tn0', 'tn1'],
  ['ts0ts1', 'ts0', 'ts1'],
  ['ts0ts0r1', 'ts0', 'ts0r1'],
  ['ts0ts0l1', 'ts0', 'ts0l1'],
  ['tn0tn0l1', 'tn0', 'tn0l1'],
  ['wn0ws0', 'wn0', 'ws0'],
  ['tn1tn2', 'tn1', 'tn2'],
  ['ws0tn0', 'ws0', 'tn0'],
  ['wn0ts0', 'wn0', 'ts0'],
  ['ts1ts0', 'ts1', 'ts0'],
];

/** Each feature: two atoms (a lone atom's feature is left out when its word is not there). */
const TEMPLATES: ([Atom] | [Atom, Atom])[] = [
  ['zero'],
  // Words and tags one by one.
  ...POSITIONS.flatMap((p) => [[`w${p}`], [`t${p}`]] as [Atom][]),
  // Word and tag together; pairs of the stack's top and the buffer's front.
  ['wn0', 'tn0'],
  ['wn1', 'tn1'],
  ['wn2', 'tn2'],
  ['ws0', 'ts0'],
  ['ws0', 'wn0'],
  ['wtn0', 'ws0'],
  ['wtn0', 'ts0'],
  ['wts0', 'wn0'],
  ['wts0', 'tn0'],
  ['wts0', 'wtn0'],
  ['ts0', 'tn0'],
  ['tn0', 'tn1'],
  // Tag trigrams.
  ['tn0tn1', 'tn2'],
  ['ts0tn0', 'tn1'],
  ['ts0ts1', 'tn0'],
  ['ts0ts0r1', 'tn0'],
  ['ts0tn0', 'tn0l1'],
  ['ts0ts0l1', 'ts0l2'],
  ['ts0ts0r1', 'ts0r2'],
  ['tn0tn0l1', 'tn0l2'],
  ['ts0ts1', 'ts2'],
  // How many children the top and the front have, and how far apart they are.
  ['ws0', 'vs0r'],
  ['ws0', 'vs0l'],
  ['wn0', 'vn0l'],
  ['ts0', 'vs0r'],
  ['ts0', 'vs0l'],
  ['tn0', 'vn0l'],
  ['ws0', 'dist'],
  ['wn0', 'dist'],
  ['ts0', 'dist'],
  ['tn0', 'dist'],
  ['ts0tn0', 'dist'],
  ['wn0ws0', 'dist'],
  // Commas between the top and the front; more pairs and a tag four-gram.
  ['ts0tn0', 'commas'],
  ['ws1', 'ws0'],
  ['ts1ts0', 'ws0'],
  ['wtn0', 'ts0r1'],
  ['ws0', 'wn1'],
  ['ts0tn0', 'tn1tn2'],
  ['ws0tn0', 'tn1'],
  ['wn0ts0', 'ts1'],
];

const COMBO_OUT = Int8Array.from(COMBOS, (c) => at(c[0]));
const COMBO_A = Int8Array.from(COMBOS, (c) => at(c[1]));
const COMBO_B = Int8Array.from(COMBOS, (c) => at(c[2]));
const TEMPLATE_A = Int8Array.from(TEMPLATES, (t) => at(t[0]));
const TEMPLATE_B = Int8Array.from(TEMPLATES, (t) => at(t[1] ?? 'zero'));
const MAX_FEATURES = TEMPLATES.length;

/** The state's features (Honnibal's set and a few more), hashed, into `out`; answers how many. */
function features(c: Config, out: Int32Array): number {
  const { stack, depth, b, n, W, T } = c;
  const x = c.atoms;
  const s0 = depth > 0 ? stack[depth - 1]! : -1;
  const s1 = depth > 1 ? stack[depth - 2]! : -1;
  const s2 = depth > 2 ? stack[depth - 3]! : -1;
  const where = c.where;
  where[0] = b;
  where[1] = b + 1 <= n ? b + 1 : -1;
  where[2] = b + 2 <= n ? b + 2 : -1;
  where[3] = s0;
  where[4] = s1;
  where[5] = s2;
  where[6] = c.l1[b]!;
  where[7] = c.l2[b]!;
  where[8] = s0 >= 0 ? c.l1[s0]! : -1;
  where[9] = s0 >= 0 ? c.l2[s0]! : -1;
  where[10] = s0 >= 0 ? c.r1[s0]! : -1;
  where[11] = s0 >= 0 ? c.r2[s0]! : -1;
  for (let p = 0; p < POSITIONS.length; p++) {
    const i = where[p]!;
    x[1 + 2 * p] = i >= 0 ? W[i]! : NONE;
    x[2 + 2 * p] = i >= 0 ? T[i]! : NONE;
  }
  x[FIRST_COUNT] = s0 >= 0 ? c.nr[s0]! : 0;
  x[FIRST_COUNT + 1] = s0 >= 0 ? c.nl[s0]! : 0;
  x[FIRST_COUNT + 2] = c.nl[b]!;
  x[FIRST_COUNT + 3] = s0 >= 0 ? Math.min(b - s0, 5) : 0;
  x[FIRST_COUNT + 4] = Math.min(3, c.commas[b]! - (s0 >= 0 ? c.commas[s0 + 1]! : 0));
  for (let i = 0; i < COMBO_OUT.length; i++) x[COMBO_OUT[i]!] = feature(0, x[COMBO_A[i]!]!, x[COMBO_B[i]!]!);
  let k = 0;
  for (let i = 0; i < MAX_FEATURES; i++) {
    const a = x[TEMPLATE_A[i]!]!;
    const bb = TEMPLATE_B[i]!;
    if (bb === 0 && a === NONE) continue;
    out[k++] = feature(i + 1, a, x[bb]!);
  }
  return k;
}

export class Parser {
  private readonly feats = new Int32Array(MAX_FEATURES);
  private readonly scores = new Int32Array(MOVES);
  private readonly config = new Config();

  constructor(readonly model: LinearModel) {}

  static fromJSON(json: ParserJson): Parser {
    if (json.format !== 'parser-1') throw new Error(`parser: unknown format ${String(json.format)}`);
    return new Parser(LinearModel.fromJSON(json.model));
  }

  toJSON(): ParserJson {
    return { format: 'parser-1', model: this.model.toJSON() };
  }

  /** Each word's head (an index, -1 for the root): one tree over the sentence. */
  parse(x: ParserInput): Int32Array {
    const n = x.words.length;
    const c = this.config.reset(x);
    const { feats, scores } = this;
    while (!c.done) {
      // A move that is the only one possible (an empty stack, the sentence's end) needs no scores.
      const only = c.b >= n ? (c.depth === 1 ? LEFT : RIGHT) : c.depth === 0 ? SHIFT : -1;
      if (only >= 0) {
        c.apply(only);
        continue;
      }
      // Cleared by hand: a call to fill() costs more than three stores.
      scores[SHIFT] = scores[RIGHT] = scores[LEFT] = 0;
      this.model.accumulate(feats, features(c, feats), scores);
      c.apply(best(c, scores));
    }
    const heads = c.heads.slice(0, n);
    for (let i = 0; i < n; i++) if (heads[i]! >= n) heads[i] = -1;
    return heads;
  }
}

/** The valid move that scores highest. */
function best(c: Config, scores: ArrayLike<number>): number {
  let move = -1;
  for (let m = 0; m < MOVES; m++) if (c.valid(m) && (move < 0 || scores[m]! > scores[move]!)) move = m;
  return move;
}

export interface ParserExample extends ParserInput {
  /** Gold heads, -1 for the root. */
  heads: Int32Array;
}

export interface ParserTraining {
  epochs: number;
  seed: number;
  prune?: number;
  minCount?: number;
  step?: number;
  /** Epochs that follow the oracle's moves before the parser follows its own (none by default). */
  explore?: number;
  onEpoch?: (epoch: number, parser: () => Parser) => void;
}

/**
 * Trains on gold trees (made projective first): at each state the parser takes its own best move,
 * and learns toward the best-scoring move that loses the least of the gold tree from there.
 */
export function trainParser(examples: readonly ParserExample[], opts: ParserTraining): Parser {
  const p = new Perceptron(MOVES);
  const feats = new Int32Array(MAX_FEATURES);
  const scores = new Float64Array(MOVES);
  const cost = new Int32Array(MOVES);
  const config = new Config();
  const golds = examples.map((e) => {
    const g = projective(e.heads);
    return g.map((h) => (h < 0 ? e.heads.length : h));
  });
  const order = examples.map((_, i) => i);
  const next = mulberry32(opts.seed);
  const snapshot = () => new Parser(p.model({ prune: opts.prune, step: opts.step, minCount: opts.minCount }));
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    shuffle(order, next);
    for (const s of order) {
      const x = examples[s]!;
      const gold = golds[s]!;
      const c = config.reset(x);
      while (!c.done) {
        const k = features(c, feats);
        scores.fill(0);
        p.accumulate(feats, k, scores);
        const guess = best(c, scores);
        c.costs(gold, cost);
        let least = Infinity;
        for (let m = 0; m < MOVES; m++) if (c.valid(m)) least = Math.min(least, cost[m]!);
        let truth = -1;
        for (let m = 0; m < MOVES; m++)
          if (c.valid(m) && cost[m] === least && (truth < 0 || scores[m]! > scores[truth]!)) truth = m;
        p.update(truth, guess, feats, k);
        // The first epoch follows the oracle; later ones explore the parser's own mistakes.
        c.apply(epoch < (opts.explore ?? 0) ? truth : guess);
      }
    }
    opts.onEpoch?.(epoch, snapshot);
  }
  return snapshot();
}

/**
 * The gold tree made projective by lifting: a word whose arc crosses another is attached to its
 * head's head until no arc crosses (the few non-projective trees of English keep most arcs).
 */
export function projective(heads: Int32Array): Int32Array {
  const h = Int32Array.from(heads);
  const n = h.length;
  for (let round = 0; round < n; round++) {
    let lifted = false;
    for (let d = 0; d < n; d++) {
      const head = h[d]!;
      if (head < 0) continue;
      const [lo, hi] = head < d ? [head, d] : [d, head];
      for (let k = lo + 1; k < hi; k++) {
        if (dominates(h, head, k)) continue;
        h[d] = h[head]!;
        lifted = true;
        break;
      }
    }
    if (!lifted) break;
  }
  return h;
}

function dominates(h: Int32Array, a: number, k: number): boolean {
  for (let i = k, steps = 0; i >= 0 && steps <= h.length; i = h[i]!, steps++) if (i === a) return true;
  return false;
}
