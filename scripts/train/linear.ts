// Trains the yes/no models of core/attribution, core/coref and core/statements over named features:
// core/learn's averaged perceptron (`trainBinary`), logistic regression by stochastic descent, and
// logistic regression fitted to its optimum (`fitLogistic`, for the attribution and confidence
// models, whose margins are read as log-odds). Features are hashed with `featureOf`; each writes a
// one-class `LinearModelJson` whose score is the margin (`marginScorer` reads it back). All are
// deterministic (a seeded shuffle or none, keys sorted, weights rounded to a step), so `npm run
// train` writes the same bytes on every run.
import {
  featureOf,
  frequent,
  marginModel,
  mulberry32,
  shuffle,
  trainBinary,
  type LinearModelJson,
} from '../../core/learn';

export interface Example {
  features: string[];
  /** 1 for yes, 0 for no. */
  label: 0 | 1;
}

export interface TrainOptions {
  epochs: number;
  seed: number;
  /** Weights are written in multiples of this step (0.01 unless said). */
  step?: number;
  /** Features seen in fewer examples are left out: they cannot generalise and they fill the file. */
  minCount?: number;
}

export { mulberry32 as rng } from '../../core/learn';

const hashed = (examples: Example[]) =>
  examples.map((e) => ({ features: Int32Array.from(e.features, featureOf), label: e.label }));

/**
 * Each example's features as weight indices, numbered in first-seen order, and the hashed feature
 * each index stands for: the logistic trainers keep their weights in one flat array.
 */
function indexed(examples: Example[], minCount?: number): { index: Map<number, number>; ids: Int32Array[] } {
  const index = new Map<number, number>();
  const ids = frequent(hashed(examples), minCount).map((f) =>
    Int32Array.from(f, (k) => {
      let i = index.get(k);
      if (i === undefined) index.set(k, (i = index.size));
      return i;
    }),
  );
  return { index, ids };
}

/** An averaged perceptron: its margin is the sum of the features' weights. */
export function trainLinear(examples: Example[], opts: TrainOptions): LinearModelJson {
  return trainBinary(hashed(examples), { ...opts, step: opts.step ?? 0.01 }).toJSON();
}

/** Logistic regression by stochastic gradient descent, with a decaying rate and a little L2: its margin is the logit. */
export function trainLogistic(
  examples: Example[],
  opts: TrainOptions & { rate?: number; l2?: number },
): LinearModelJson {
  const { index, ids } = indexed(examples, opts.minCount);
  const w = new Float64Array(index.size);
  const l2 = opts.l2 ?? 1e-4;
  const order = examples.map((_, i) => i);
  const next = mulberry32(opts.seed);
  let t = 0;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    shuffle(order, next);
    for (const k of order) {
      const f = ids[k]!;
      let s = 0;
      for (const i of f) s += w[i]!;
      const rate = (opts.rate ?? 0.1) / (1 + t++ / examples.length);
      const g = examples[k]!.label - 1 / (1 + Math.exp(-s));
      for (const i of f) w[i]! += rate * (g - l2 * w[i]!);
    }
  }
  return marginModel(new Map(Array.from(index, ([key, i]) => [key, w[i]!])), opts.step ?? 0.01).toJSON();
}

/**
 * Logistic regression fitted to its optimum: the L2-penalised log loss over all examples at once,
 * minimised by L-BFGS until the gradient vanishes. The loss is convex, so the weights are the one
 * minimum, whatever the examples' order: a changed example moves them by its own weight alone,
 * where stochastic descent would reshuffle every step (a confidence threshold chosen on its
 * probabilities then moves with noise, not evidence). `l2` is the penalty per unit of squared weight.
 */
export function fitLogistic(
  examples: Example[],
  opts: { l2?: number; minCount?: number; step?: number; iterations?: number } = {},
): LinearModelJson {
  const { index, ids } = indexed(examples, opts.minCount);
  const n = index.size;
  const l2 = opts.l2 ?? 1;
  const loss = (w: Float64Array, grad: Float64Array): number => {
    let f = 0;
    for (let i = 0; i < n; i++) {
      f += 0.5 * l2 * w[i]! * w[i]!;
      grad[i] = l2 * w[i]!;
    }
    for (let k = 0; k < ids.length; k++) {
      const fk = ids[k]!;
      let s = 0;
      for (const i of fk) s += w[i]!;
      const y = examples[k]!.label;
      // log(1 + e^-ys) for y in {−1, 1}, computed without overflow.
      const m = y ? s : -s;
      f += m > 0 ? Math.log1p(Math.exp(-m)) : -m + Math.log1p(Math.exp(m));
      const g = 1 / (1 + Math.exp(-s)) - y;
      for (const i of fk) grad[i]! += g;
    }
    return f;
  };
  const w = lbfgs(n, loss, opts.iterations ?? 1000);
  return marginModel(new Map(Array.from(index, ([key, i]) => [key, w[i]!])), opts.step ?? 0.01).toJSON();
}

const dot = (a: Float64Array, b: Float64Array) => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
};

/** Limited-memory BFGS (ten pairs) with a backtracking line search, from zero weights. */
function lbfgs(
  n: number,
  loss: (w: Float64Array, g: Float64Array) => number,
  iterations: number,
): Float64Array {
  const memory = 10;
  let w = new Float64Array(n);
  let g = new Float64Array(n);
  let f = loss(w, g);
  const ss: Float64Array[] = [];
  const ys: Float64Array[] = [];
  const alpha = new Float64Array(memory);
  for (let it = 0; it < iterations && Math.sqrt(dot(g, g)) > 1e-6 * Math.max(1, f); it++) {
    // Two-loop recursion: d = −H·g.
    const d = Float64Array.from(g, (x) => -x);
    for (let k = ss.length - 1; k >= 0; k--) {
      alpha[k] = dot(ss[k]!, d) / dot(ys[k]!, ss[k]!);
      for (let i = 0; i < n; i++) d[i]! -= alpha[k]! * ys[k]![i]!;
    }
    if (ss.length) {
      const last = ss.length - 1;
      const gamma = dot(ss[last]!, ys[last]!) / dot(ys[last]!, ys[last]!);
      for (let i = 0; i < n; i++) d[i]! *= gamma;
    }
    for (let k = 0; k < ss.length; k++) {
      const beta = dot(ys[k]!, d) / dot(ys[k]!, ss[k]!);
      for (let i = 0; i < n; i++) d[i]! += ss[k]![i]! * (alpha[k]! - beta);
    }
    const slope = dot(g, d);
    if (slope >= 0) break;
    let step = ss.length ? 1 : 1 / Math.max(1, Math.sqrt(dot(g, g)));
    const w2 = new Float64Array(n);
    const g2 = new Float64Array(n);
    let f2 = Infinity;
    for (let tries = 0; tries < 40; tries++, step /= 2) {
      for (let i = 0; i < n; i++) w2[i] = w[i]! + step * d[i]!;
      f2 = loss(w2, g2);
      if (f2 <= f + 1e-4 * step * slope) break;
    }
    if (!(f2 < f)) break;
    const s = Float64Array.from(w2, (x, i) => x - w[i]!);
    const y = Float64Array.from(g2, (x, i) => x - g[i]!);
    if (dot(s, y) > 1e-12) {
      ss.push(s);
      ys.push(y);
      if (ss.length > memory) {
        ss.shift();
        ys.shift();
      }
    }
    w = w2;
    g = g2;
    f = f2;
  }
  return w;
}
