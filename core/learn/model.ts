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
  /**
   * Which classes each feature weighs: with few classes (up to 16) a bit mask a feature (`masks`),
   * else a count a feature (`counts`) and each weight's class as a gap from the one before (`cls`).
   */
  masks?: string;
  counts?: string;
  cls?: string;
  /** The weights, zigzag-coded. */
  weights: string;
}

/**
 * Inference for a multiclass linear model over hashed integer features: a feature's weights are one
 * short row of (class, weight) pairs, found through an open-addressing table, so scoring a token's
 * twenty features costs twenty probes and a few dozen additions.
 */
export class LinearModel {
  /**
   * Open addressing over the keys alone (0: empty; a key 0 is stored as 1), four bytes a slot, so a
   * probe for an absent feature (most probes) touches a small, cache-friendly array.
   */
  private readonly slotKeys: Int32Array;
  /** Each slot's row in `packed`: first and end. */
  private readonly slotRows: Int32Array;
  /** Each weight with its class: class << 16 | (weight & 0xffff). */
  private readonly packed: Int32Array;
  /** With at most four classes, each slot's weights themselves, two 16-bit weights a number. */
  private readonly dense: Int32Array | undefined;
  /**
   * With at most three classes whose weights all fit 10 bits (the parser's moves), key and weights
   * side by side, two numbers a slot: one memory access a feature, hit or miss.
   */
  private readonly fused: Int32Array | undefined;
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
    this.slotKeys = new Int32Array(1 << bits);
    this.slotRows = new Int32Array(2 << bits);
    this.dense = classes <= 4 ? new Int32Array(2 << bits) : undefined;
    const narrow = classes <= 3 && weights.every((w) => w >= -512 && w < 512);
    this.fused = narrow ? new Int32Array(2 << bits) : undefined;
    this.packed = new Int32Array(weights.length);
    for (let j = 0; j < weights.length; j++) this.packed[j] = (cls[j]! << 16) | (weights[j]! & 0xffff);
    for (let r = 0; r < keys.length; r++) {
      const key = keys[r]! || 1;
      let s = Math.imul(key, 0x9e3779b1) >>> this.shift;
      while (this.slotKeys[s] !== 0) s = (s + 1) & this.mask;
      this.slotKeys[s] = key;
      this.slotRows[2 * s] = rowStart[r]!;
      this.slotRows[2 * s + 1] = rowStart[r + 1]!;
      if (this.fused) {
        this.fused[2 * s] = key;
        for (let j = rowStart[r]!; j < rowStart[r + 1]!; j++)
          this.fused[2 * s + 1]! |= (weights[j]! & 1023) << (10 * cls[j]!);
      }
      if (!this.dense) continue;
      for (let j = rowStart[r]!; j < rowStart[r + 1]!; j++) {
        const at = 2 * s + (cls[j]! >> 1);
        const w = weights[j]!;
        this.dense[at] =
          cls[j]! & 1 ? (this.dense[at]! & 0xffff) | (w << 16) : (this.dense[at]! & ~0xffff) | (w & 0xffff);
      }
    }
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
    if (this.fused) return this.accumulateFused(this.fused, features, count, out);
    if (this.dense) return this.accumulateDense(this.dense, features, count, out);
    const { slotKeys, slotRows, packed, mask, shift } = this;
    for (let i = 0; i < count; i++) {
      const f = features[i]! | 0 || 1;
      for (let s = Math.imul(f, 0x9e3779b1) >>> shift; ; s = (s + 1) & mask) {
        const k = slotKeys[s]!;
        if (k === 0) break;
        if (k === f) {
          for (let j = slotRows[2 * s]!, end = slotRows[2 * s + 1]!; j < end; j++) {
            const v = packed[j]!;
            out[v >>> 16]! += (v << 16) >> 16;
          }
          break;
        }
      }
    }
  }

  private accumulateFused(
    fused: Int32Array,
    features: ArrayLike<number>,
    count: number,
    out: Int32Array | Float64Array,
  ): void {
    const { mask, shift } = this;
    const classes = this.classes;
    for (let i = 0; i < count; i++) {
      const f = features[i]! | 0 || 1;
      for (let s = Math.imul(f, 0x9e3779b1) >>> shift; ; s = (s + 1) & mask) {
        const k = fused[2 * s]!;
        if (k === f) {
          const v = fused[2 * s + 1]!;
          out[0]! += (v << 22) >> 22;
          if (classes > 1) out[1]! += (v << 12) >> 22;
          if (classes > 2) out[2]! += (v << 2) >> 22;
          break;
        }
        if (k === 0) break;
      }
    }
  }

  private accumulateDense(
    dense: Int32Array,
    features: ArrayLike<number>,
    count: number,
    out: Int32Array | Float64Array,
  ): void {
    const { slotKeys, mask, shift } = this;
    const classes = this.classes;
    for (let i = 0; i < count; i++) {
      const f = features[i]! | 0 || 1;
      for (let s = Math.imul(f, 0x9e3779b1) >>> shift; ; s = (s + 1) & mask) {
        const k = slotKeys[s]!;
        if (k === 0) break;
        if (k === f) {
          const a = dense[2 * s]!;
          out[0]! += (a << 16) >> 16;
          if (classes > 1) out[1]! += a >> 16;
          if (classes > 2) {
            const b = dense[2 * s + 1]!;
            out[2]! += (b << 16) >> 16;
            if (classes > 3) out[3]! += b >> 16;
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
    const useMasks = this.classes <= MASK_CLASSES;
    const keys = new VarintWriter();
    const masks = new VarintWriter();
    const counts = new VarintWriter();
    const cls = new VarintWriter();
    const weights = new VarintWriter();
    let prev = 0;
    for (let r = 0; r < this.keys.length; r++) {
      const k = this.keys[r]! >>> 0;
      keys.uint(k - prev);
      prev = k;
      const from = this.rowStart[r]!;
      const to = this.rowStart[r + 1]!;
      let mask = 0;
      let last = 0;
      for (let j = from; j < to; j++) {
        mask |= 1 << this.cls[j]!;
        if (!useMasks) cls.uint(this.cls[j]! - last);
        last = this.cls[j]!;
        weights.int(this.weights[j]!);
      }
      if (useMasks) masks.uint(mask);
      else counts.uint(to - from);
    }
    return {
      format: 'linear-1',
      classes: this.classes,
      ...(this.labels ? { labels: this.labels } : {}),
      scale: this.scale,
      rows: this.keys.length,
      keys: keys.base64(),
      ...(useMasks ? { masks: masks.base64() } : { counts: counts.base64(), cls: cls.base64() }),
      weights: weights.base64(),
    };
  }

  static fromJSON(json: LinearModelJson): LinearModel {
    if (json.format !== 'linear-1') throw new Error(`linear model: unknown format ${String(json.format)}`);
    const keysIn = new VarintReader(decodeBase64(json.keys));
    const masksIn = json.masks === undefined ? undefined : new VarintReader(decodeBase64(json.masks));
    const countsIn = new VarintReader(decodeBase64(json.counts ?? ''));
    const clsIn = new VarintReader(decodeBase64(json.cls ?? ''));
    const weightsIn = new VarintReader(decodeBase64(json.weights));
    const keys = new Int32Array(json.rows);
    const rowStart = new Int32Array(json.rows + 1);
    const cls: number[] = [];
    let prev = 0;
    for (let r = 0; r < json.rows; r++) {
      prev = (prev + keysIn.uint()) >>> 0;
      keys[r] = prev | 0;
      if (masksIn) {
        const mask = masksIn.uint();
        for (let c = 0; c < json.classes; c++) if (mask & (1 << c)) cls.push(c);
      } else {
        let last = 0;
        for (let j = countsIn.uint(); j > 0; j--) cls.push((last += clsIn.uint()));
      }
      rowStart[r + 1] = cls.length;
    }
    const weights = new Int16Array(cls.length);
    for (let j = 0; j < cls.length; j++) weights[j] = weightsIn.int();
    return new LinearModel(
      json.classes,
      json.scale,
      keys,
      rowStart,
      Uint16Array.from(cls),
      weights,
      json.labels,
    );
  }
}

/** Models with at most this many classes store a bit mask of classes for each feature. */
const MASK_CLASSES = 16;
