// Yes/no decisions over named features ("w=said"), as the attribution, coref and confidence models
// make them: a one-class `LinearModel` whose score is the decision's margin (above zero: yes), so
// they ship in the same `LinearModelJson` as the tagger and the parser and score through the same
// table. The string is hashed once with `featureOf`; no string map is kept.
import { featureOf } from './hash';
import { LinearModel, type LinearModelJson } from './model';
import { Perceptron } from './perceptron';
import { mulberry32, shuffle } from './rng';

export interface BinaryExample {
  /** Hashed features (see `featureOf`). */
  features: ArrayLike<number>;
  /** 1 for yes, 0 for no. */
  label: 0 | 1;
}

export interface BinaryOptions {
  epochs?: number;
  /** Seed of the shuffle before each epoch. */
  seed?: number;
  /** Weights are stored as multiples of this step (at least the largest weight / 32767). */
  step?: number;
  /**
   * Features found in fewer examples than this are left out before training: they cannot
   * generalise and they fill the file. (Unlike `QuantiseOptions.minCount`, which counts what
   * training saw over its epochs.)
   */
  minCount?: number;
}

/** Each example's features without those found in fewer than `minCount` examples. */
export function frequent<E extends { features: ArrayLike<number> }>(
  examples: readonly E[],
  minCount = 1,
): Int32Array[] {
  const all = examples.map((e) => Int32Array.from(e.features));
  if (minCount <= 1) return all;
  const counts = new Map<number, number>();
  for (const f of all) for (const k of f) counts.set(k, (counts.get(k) ?? 0) + 1);
  return all.map((f) => f.filter((k) => counts.get(k)! >= minCount));
}

/**
 * The averaged perceptron of a yes/no decision, trained as core/learn's two-class `Perceptron`
 * whose margin is score[1] − score[0]: it learns whenever the margin has the wrong sign or is zero
 * (the binary perceptron's rule, where the multiclass one would let a tie go to class 0). Seeded, so
 * the same call gives the same model. Returned as one class scoring half that margin, which is the
 * binary perceptron's own weight sum (the two classes' weights are always opposite).
 */
export function trainBinary(examples: readonly BinaryExample[], options: BinaryOptions = {}): LinearModel {
  const features = frequent(examples, options.minCount);
  const p = new Perceptron(2);
  const order = examples.map((_, i) => i);
  const next = mulberry32(options.seed ?? 1);
  const s = new Float64Array(2);
  for (let epoch = 0; epoch < (options.epochs ?? 10); epoch++) {
    shuffle(order, next);
    for (const k of order) {
      const f = features[k]!;
      const label = examples[k]!.label;
      s[0] = s[1] = 0;
      p.accumulate(f, f.length, s);
      const margin = s[1]! - s[0]!;
      p.update(label, (label ? margin : -margin) <= 0 ? 1 - label : label, f);
    }
  }
  // The averaged two-class model at its finest step, read back as one margin a feature.
  const averaged = p.model();
  const weights = new Map<number, number>();
  const one = new Int32Array(1);
  for (const f of features)
    for (const key of f) {
      if (weights.has(key)) continue;
      one[0] = key;
      const [no, yes] = averaged.scores(one);
      weights.set(key, (yes! - no!) / 2);
    }
  return marginModel(weights, options.step);
}

/**
 * A one-class model from a weight a feature (a perceptron's or logistic regression's), quantised
 * to 16-bit multiples of `step` (at least the largest weight / 32767); weights that round to zero
 * are left out. Keys are sorted, so equal weights give equal bytes.
 */
export function marginModel(weights: ReadonlyMap<number, number>, step = 0): LinearModel {
  let max = 0;
  for (const w of weights.values()) max = Math.max(max, Math.abs(w));
  const scale = Math.max(step, max > 0 ? max / 32767 : 1);
  const rows: [number, number][] = [];
  for (const [key, w] of weights) {
    const q = Math.round(w / scale);
    if (q !== 0) rows.push([key >>> 0, q]);
  }
  rows.sort((a, b) => a[0] - b[0]);
  return new LinearModel(
    1,
    scale,
    Int32Array.from(rows, (r) => r[0] | 0),
    Int32Array.from({ length: rows.length + 1 }, (_, i) => i),
    new Uint16Array(rows.length),
    Int16Array.from(rows, (r) => r[1]),
  );
}

/** A yes/no model's margin for named features, and for the same features already hashed. */
export interface MarginScorer {
  (features: readonly string[]): number;
  /** The margin of `keys[0, n)`, features hashed as `featureOf` (or `FeatureKeys`) hashes them. */
  keyed(keys: ArrayLike<number>, n: number): number;
}

/**
 * The margin of a yes/no model for named features: each hashed with `featureOf`, their weights
 * summed (class 1's minus class 0's for a two-class model). No allocation a call.
 */
export function marginScorer(model: LinearModel | LinearModelJson): MarginScorer {
  const m = model instanceof LinearModel ? model : LinearModel.fromJSON(model);
  if (m.classes > 2) throw new Error(`margin scorer: ${m.classes} classes`);
  const out = new Int32Array(m.classes);
  const { scale } = m;
  const keyed = (keys: ArrayLike<number>, n: number): number => {
    out.fill(0);
    m.accumulate(keys, n, out);
    return (m.classes === 2 ? out[1]! - out[0]! : out[0]!) * scale;
  };
  let buffer = new Int32Array(64);
  const named = (features: readonly string[]): number => {
    const n = features.length;
    if (buffer.length < n) buffer = new Int32Array(2 * n);
    for (let i = 0; i < n; i++) buffer[i] = featureOf(features[i]!);
    return keyed(buffer, n);
  };
  return Object.assign(named, { keyed });
}
