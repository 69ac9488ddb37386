// Trains the yes/no models of core/attribution, core/coref and core/statements over named features:
// core/learn's averaged perceptron (`trainBinary`) for yes/no decisions, and logistic regression
// where the margin must read as a probability. Features are hashed with `featureOf`; both write a
// one-class `LinearModelJson` whose score is the margin (`marginScorer` reads it back). Both are
// deterministic (a seeded shuffle, keys sorted, weights rounded to a step), so `npm run train`
// writes the same bytes on every run.
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

/** An averaged perceptron: its margin is the sum of the features' weights. */
export function trainLinear(examples: Example[], opts: TrainOptions): LinearModelJson {
  return trainBinary(hashed(examples), { ...opts, step: opts.step ?? 0.01 }).toJSON();
}

/** Logistic regression by stochastic gradient descent, with a decaying rate and a little L2: its margin is the logit. */
export function trainLogistic(
  examples: Example[],
  opts: TrainOptions & { rate?: number; l2?: number },
): LinearModelJson {
  const keys = frequent(hashed(examples), opts.minCount);
  // Weights by index, in first-seen order.
  const index = new Map<number, number>();
  const ids = keys.map((f) =>
    Array.from(f, (k) => {
      let i = index.get(k);
      if (i === undefined) index.set(k, (i = index.size));
      return i;
    }),
  );
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
