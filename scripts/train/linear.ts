// Trains the linear models of core/attribution and core/statements: an averaged perceptron for
// yes/no decisions and logistic regression where the margin must read as a probability. Both are
// deterministic (a seeded shuffle, features in first-seen order) and round their weights to a step,
// leaving out the ones that round to zero, so `npm run train` writes the same bytes on every run.
import type { LinearJson } from '../../core/attribution/linear';
import { mulberry32, shuffle } from '../../core/learn/rng';

export interface Example {
  features: string[];
  /** 1 for yes, 0 for no. */
  label: 0 | 1;
}

export interface TrainOptions {
  epochs: number;
  seed: number;
  /** Weights are written in units of this step. */
  step?: number;
  /** Features seen in fewer examples are left out: they cannot generalise and they fill the file. */
  minCount?: number;
}

export { mulberry32 as rng } from '../../core/learn/rng';

/** Feature ids in first-seen order, and each example's ids. */
function indexed(examples: Example[], minCount = 1): { index: Map<string, number>; ids: number[][] } {
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const index = new Map<string, number>();
  const ids = examples.map((e) => {
    const out: number[] = [];
    for (const f of e.features) {
      if (counts.get(f)! < minCount) continue;
      let i = index.get(f);
      if (i === undefined) index.set(f, (i = index.size));
      out.push(i);
    }
    return out;
  });
  return { index, ids };
}

/** A new order of the examples for each epoch, from one seeded generator. */
function* epochs(n: number, opts: TrainOptions): Generator<number[]> {
  const order = Array.from({ length: n }, (_, i) => i);
  const next = mulberry32(opts.seed);
  for (let e = 0; e < opts.epochs; e++) yield shuffle(order, next);
}

function quantized(index: Map<string, number>, weight: (i: number) => number, step = 0.01): LinearJson {
  const features: string[] = [];
  const weights: number[] = [];
  for (const [f, i] of index) {
    const q = Math.round(weight(i) / step);
    if (q !== 0) {
      features.push(f);
      weights.push(q);
    }
  }
  return { features, weights, step };
}

export function trainLinear(examples: Example[], opts: TrainOptions): LinearJson {
  const { index, ids } = indexed(examples, opts.minCount);
  const w = new Float64Array(index.size);
  // Averaging by the lazy-update trick: `total` holds the sum of each weight over all steps seen.
  const total = new Float64Array(index.size);
  const stamp = new Float64Array(index.size);
  let clock = 1;
  for (const order of epochs(examples.length, opts)) {
    for (const k of order) {
      const f = ids[k]!;
      let s = 0;
      for (const i of f) s += w[i]!;
      const y = examples[k]!.label === 1 ? 1 : -1;
      if (y * s <= 0) {
        for (const i of f) {
          total[i]! += (clock - stamp[i]!) * w[i]!;
          stamp[i] = clock;
          w[i]! += y;
        }
      }
      clock++;
    }
  }
  return quantized(index, (i) => (total[i]! + (clock - stamp[i]!) * w[i]!) / clock, opts.step);
}

/** Logistic regression by stochastic gradient descent, with a decaying rate and a little L2. */
export function trainLogistic(
  examples: Example[],
  opts: TrainOptions & { rate?: number; l2?: number },
): LinearJson {
  const { index, ids } = indexed(examples, opts.minCount);
  const w = new Float64Array(index.size);
  const l2 = opts.l2 ?? 1e-4;
  let t = 0;
  for (const order of epochs(examples.length, opts)) {
    for (const k of order) {
      const f = ids[k]!;
      let s = 0;
      for (const i of f) s += w[i]!;
      const rate = (opts.rate ?? 0.1) / (1 + t++ / examples.length);
      const g = examples[k]!.label - 1 / (1 + Math.exp(-s));
      for (const i of f) w[i]! += rate * (g - l2 * w[i]!);
    }
  }
  return quantized(index, (i) => w[i]!, opts.step);
}
