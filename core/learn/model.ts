import { VarintReader, VarintWriter, decodeBase64 } from './codec';

/** A trained linear model as shipped in data/models: sparse, quantised weights in base64 varints. */
export interface LinearModelJson {
  format: 'linear-1';
  classes: number;
  /** Optional names of the classes, in class order. */
  labels?: string[];
  /** A stored weight `q` stands for `q * scale`. */
  scale: number;
  rows: number;
  /** Feature keys, ascending as unsigned integers, as gaps. */
  keys: string;
  /** How many classes each feature weighs. */
  counts: string;
  /** Each weight's class, as a gap from the previous class of its feature. */
  cls: string;
  /** The weights, zigzag-coded. */
  weights: string;
}

/**
 * Inference for a multiclass linear model over hashed integer features: a feature's weights are one
 * short row of (class, weight) pairs, found through an open-addressing table, so scoring a token's
 * twenty features costs twenty probes and a few dozen additions.
 */
export class LinearModel {
  /** Open addressing, three numbers a slot: key, first and end of its row in `packed` (0, 0: empty). */
  private readonly table: Int32Array;
  /** Each weight with its class: class << 16 | (weight & 0xffff). */
  private readonly packed: Int32Array;
  private readonly shift: number;
  private readonly mask: number;

  constructor(
    readonly classes: number,
    readonly scale: number,
    /** Sorted ascending as unsigned 32-bit integers. */
    private readonly keys: Int32Array,
    private readonly rowStart: Int32Array,
    private readonly cls: Uint16Array,
    private readonly weights: Int16Array,
    readonly labels?: string[],
  ) {
    const bits = Math.max(4, Math.ceil(Math.log2(keys.length * 2 + 1)));
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
    this.table = new Int32Array(3 << bits);
    for (let r = 0; r < keys.length; r++) {
      let s = Math.imul(keys[r]!, 0x9e3779b1) >>> this.shift;
      while (this.table[s * 3 + 2] !== 0) s = (s + 1) & this.mask;
      this.table[s * 3] = keys[r]!;
      this.table[s * 3 + 1] = rowStart[r]!;
      this.table[s * 3 + 2] = rowStart[r + 1]!;
    }
    this.packed = new Int32Array(weights.length);
    for (let j = 0; j < weights.length; j++) this.packed[j] = (cls[j]! << 16) | (weights[j]! & 0xffff);
  }

  /** How many features carry weight, and how many weights there are. */
  get size(): { features: number; weights: number } {
    return { features: this.keys.length, weights: this.weights.length };
  }

  /**
   * Adds the stored (unscaled) weights of `features[0, count)` into `out` (one slot per class, not
   * cleared here): the hot path, with no allocation and no floating point.
   */
  accumulate(features: ArrayLike<number>, count: number, out: Int32Array | Float64Array): void {
    const { table, packed, mask, shift } = this;
    for (let i = 0; i < count; i++) {
      const f = features[i]! | 0;
      for (let s = Math.imul(f, 0x9e3779b1) >>> shift; ; s = (s + 1) & mask) {
        const t = s * 3;
        const end = table[t + 2]!;
        if (end === 0) break;
        if (table[t] === f) {
          for (let j = table[t + 1]!; j < end; j++) {
            const v = packed[j]!;
            out[v >>> 16]! += (v << 16) >> 16;
          }
          break;
        }
      }
    }
  }

  /** The class scores of a feature set. */
  scores(features: ArrayLike<number>, count = features.length): Float64Array {
    const out = new Float64Array(this.classes);
    this.accumulate(features, count, out);
    for (let c = 0; c < out.length; c++) out[c] = out[c]! * this.scale;
    return out;
  }

  /** The best-scoring class (the lowest on a tie). */
  predict(features: ArrayLike<number>, count = features.length): number {
    const out = new Int32Array(this.classes);
    this.accumulate(features, count, out);
    let best = 0;
    for (let c = 1; c < out.length; c++) if (out[c]! > out[best]!) best = c;
    return best;
  }

  toJSON(): LinearModelJson {
    const keys = new VarintWriter();
    const counts = new VarintWriter();
    const cls = new VarintWriter();
    const weights = new VarintWriter();
    let prev = 0;
    for (let r = 0; r < this.keys.length; r++) {
      const k = this.keys[r]! >>> 0;
      keys.uint(k - prev);
      prev = k;
      counts.uint(this.rowStart[r + 1]! - this.rowStart[r]!);
      let last = 0;
      for (let j = this.rowStart[r]!; j < this.rowStart[r + 1]!; j++) {
        cls.uint(this.cls[j]! - last);
        last = this.cls[j]!;
        weights.int(this.weights[j]!);
      }
    }
    return {
      format: 'linear-1',
      classes: this.classes,
      ...(this.labels ? { labels: this.labels } : {}),
      scale: this.scale,
      rows: this.keys.length,
      keys: keys.base64(),
      counts: counts.base64(),
      cls: cls.base64(),
      weights: weights.base64(),
    };
  }

  static fromJSON(json: LinearModelJson): LinearModel {
    if (json.format !== 'linear-1') throw new Error(`linear model: unknown format ${String(json.format)}`);
    const keysIn = new VarintReader(decodeBase64(json.keys));
    const countsIn = new VarintReader(decodeBase64(json.counts));
    const clsIn = new VarintReader(decodeBase64(json.cls));
    const weightsIn = new VarintReader(decodeBase64(json.weights));
    const keys = new Int32Array(json.rows);
    const rowStart = new Int32Array(json.rows + 1);
    let prev = 0;
    for (let r = 0; r < json.rows; r++) {
      prev = (prev + keysIn.uint()) >>> 0;
      keys[r] = prev | 0;
      rowStart[r + 1] = rowStart[r]! + countsIn.uint();
    }
    const n = rowStart[json.rows]!;
    const cls = new Uint16Array(n);
    const weights = new Int16Array(n);
    for (let r = 0; r < json.rows; r++) {
      let last = 0;
      for (let j = rowStart[r]!; j < rowStart[r + 1]!; j++) {
        cls[j] = last += clsIn.uint();
        weights[j] = weightsIn.int();
      }
    }
    return new LinearModel(json.classes, json.scale, keys, rowStart, cls, weights, json.labels);
  }
}
