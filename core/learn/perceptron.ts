import { IntMap } from './intmap';
import { LinearModel } from './model';
import { mulberry32, shuffle } from './rng';

export interface QuantiseOptions {
  /** Averaged weights smaller than this in magnitude are left out of the model. */
  prune?: number;
  /** Features seen fewer times than this in training (over all epochs) are left out: rare ones. */
  minCount?: number;
  /**
   * The quantisation step: weights are stored as multiples of it (at least the largest weight over
   * 32767, so every weight fits 16 bits). A coarser step makes smaller files.
   */
  step?: number;
  /** Class names kept in the model. */
  labels?: string[];
}

/**
 * An averaged multiclass perceptron in training: each feature keeps a chain of (class, weight)
 * entries in typed arrays, and the average is kept lazily (each entry's running total is brought up
 * to date only when the entry changes), as in Collins 2002 and Honnibal's tagger.
 */
export class Perceptron {
  private readonly index = new IntMap(1 << 16);
  private featureKeys = new Int32Array(1 << 16);
  private first = new Int32Array(1 << 16);
  /** How often each feature was seen since it first took part in a wrong guess. */
  private seen = new Int32Array(1 << 16);
  private next = new Int32Array(1 << 16);
  private cls = new Uint16Array(1 << 16);
  private weight = new Float64Array(1 << 16);
  private total = new Float64Array(1 << 16);
  private stamp = new Float64Array(1 << 16);
  private entries = 0;
  /** Training instances seen: the clock of the averages. */
  private clock = 0;

  constructor(readonly classes: number) {
    if (!(classes >= 1 && classes <= 65535)) throw new Error(`perceptron: ${classes} classes`);
  }

  /** Adds the current (not averaged) weights of `features[0, count)` into `out`. */
  accumulate(features: ArrayLike<number>, count: number, out: Float64Array): void {
    for (let i = 0; i < count; i++) {
      const f = this.index.get(features[i]! | 0);
      if (f < 0) continue;
      this.seen[f]!++;
      for (let e = this.first[f]!; e >= 0; e = this.next[e]!) out[this.cls[e]!]! += this.weight[e]!;
    }
  }

  scores(features: ArrayLike<number>, count = features.length): Float64Array {
    const out = new Float64Array(this.classes);
    this.accumulate(features, count, out);
    return out;
  }

  predict(features: ArrayLike<number>, count = features.length): number {
    const s = this.scores(features, count);
    let best = 0;
    for (let c = 1; c < s.length; c++) if (s[c]! > s[best]!) best = c;
    return best;
  }

  /** One training instance: the clock moves on, and a wrong guess moves weight to the truth. */
  update(truth: number, guess: number, features: ArrayLike<number>, count = features.length): void {
    this.clock++;
    if (truth === guess) return;
    for (let i = 0; i < count; i++) {
      const f = this.featureOf(features[i]! | 0);
      this.change(this.entryOf(f, truth), 1);
      this.change(this.entryOf(f, guess), -1);
    }
  }

  private change(e: number, by: number): void {
    this.total[e] = this.total[e]! + (this.clock - this.stamp[e]!) * this.weight[e]!;
    this.stamp[e] = this.clock;
    this.weight[e] = this.weight[e]! + by;
  }

  private featureOf(key: number): number {
    let f = this.index.get(key);
    if (f >= 0) return f;
    f = this.index.size;
    this.index.set(key, f);
    if (f >= this.first.length) {
      this.first = grow(this.first, -1);
      this.featureKeys = grow(this.featureKeys, 0);
      this.seen = grow(this.seen, 0);
    }
    this.first[f] = -1;
    this.featureKeys[f] = key;
    return f;
  }

  private entryOf(f: number, c: number): number {
    for (let e = this.first[f]!; e >= 0; e = this.next[e]!) if (this.cls[e] === c) return e;
    const e = this.entries++;
    if (e >= this.next.length) {
      this.next = grow(this.next, 0);
      this.cls = grow(this.cls, 0);
      this.weight = grow(this.weight, 0);
      this.total = grow(this.total, 0);
      this.stamp = grow(this.stamp, 0);
    }
    this.cls[e] = c;
    this.weight[e] = 0;
    this.total[e] = 0;
    this.stamp[e] = this.clock;
    this.next[e] = this.first[f]!;
    this.first[f] = e;
    return e;
  }

  /**
   * The averaged model, quantised to 16-bit integers with one scale, without the weights that are
   * smaller than `prune` or round to zero. Features are sorted by key, classes within a feature by
   * number, so equal training gives equal bytes.
   */
  model(options: QuantiseOptions = {}): LinearModel {
    const prune = options.prune ?? 0;
    const n = this.index.size;
    const avg = new Float64Array(this.entries);
    let max = 0;
    for (let e = 0; e < this.entries; e++) {
      const t = this.total[e]! + (this.clock - this.stamp[e]!) * this.weight[e]!;
      const a = this.clock ? t / this.clock : 0;
      avg[e] = Math.abs(a) < prune ? 0 : a;
      max = Math.max(max, Math.abs(avg[e]!));
    }
    const scale = Math.max(options.step ?? 0, max > 0 ? max / 32767 : 1);
    const order = Array.from({ length: n }, (_, f) => f).sort(
      (a, b) => (this.featureKeys[a]! >>> 0) - (this.featureKeys[b]! >>> 0),
    );
    const keys: number[] = [];
    const rowStart = [0];
    const cls: number[] = [];
    const weights: number[] = [];
    for (const f of order) {
      if (this.seen[f]! < (options.minCount ?? 0)) continue;
      const row: [number, number][] = [];
      for (let e = this.first[f]!; e >= 0; e = this.next[e]!) {
        const q = Math.round(avg[e]! / scale);
        if (q !== 0) row.push([this.cls[e]!, q]);
      }
      if (!row.length) continue;
      row.sort((a, b) => a[0] - b[0]);
      keys.push(this.featureKeys[f]!);
      for (const [c, q] of row) {
        cls.push(c);
        weights.push(q);
      }
      rowStart.push(cls.length);
    }
    return new LinearModel(
      this.classes,
      scale,
      Int32Array.from(keys),
      Int32Array.from(rowStart),
      Uint16Array.from(cls),
      Int16Array.from(weights),
      options.labels,
    );
  }
}

function grow<T extends Int32Array | Uint16Array | Float64Array>(a: T, fill: number): T {
  const b = new (a.constructor as new (n: number) => T)(a.length * 2);
  b.set(a);
  if (fill) b.fill(fill, a.length);
  return b;
}

export interface Example {
  /** Hashed features (see `feature`, `featureOf`). */
  features: ArrayLike<number>;
  /** The class, from 0. */
  label: number;
}

export interface TrainOptions extends QuantiseOptions {
  /** Number of classes; by default one more than the largest label. */
  classes?: number;
  epochs?: number;
  /** Seed of the shuffle before each epoch. */
  seed?: number;
  /** Told the number of mistakes after each epoch. */
  onEpoch?: (epoch: number, mistakes: number) => void;
}

/** Trains an averaged perceptron on fixed examples: seeded, so the same call gives the same model. */
export function train(examples: readonly Example[], options: TrainOptions = {}): LinearModel {
  const classes = options.classes ?? examples.reduce((m, e) => Math.max(m, e.label + 1), 1);
  const p = new Perceptron(classes);
  const order = examples.map((_, i) => i);
  const next = mulberry32(options.seed ?? 1);
  for (let epoch = 0; epoch < (options.epochs ?? 10); epoch++) {
    shuffle(order, next);
    let mistakes = 0;
    for (const i of order) {
      const { features, label } = examples[i]!;
      const guess = p.predict(features);
      if (guess !== label) mistakes++;
      p.update(label, guess, features);
    }
    options.onEpoch?.(epoch, mistakes);
  }
  return p.model(options);
}
