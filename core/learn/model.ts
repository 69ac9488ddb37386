import { VarintReader, VarintWriter, decodeBase64 } from './codec';
import { FIRST as FIRST_HASH, SECOND as SECOND_HASH, cuckooTable } from './cuckoo';

// Bound once: a transpiler's CommonJS output (tsx, vitest) reads an imported name through a getter
// at every use, and the look-up loops below read these for every feature (under tsx, the getters
// were an eighth of the engine's time).
const FIRST = FIRST_HASH;
const SECOND = SECOND_HASH;

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
 * short row of (class, weight) pairs, found through a hash table, so scoring a token's twenty
 * features costs twenty probes and a few dozen additions.
 *
 * Scoring is bound by memory: the tables are larger than the processor's nearer caches, so each probe
 * is a likely cache miss. Each slot therefore holds its key beside what a hit needs (the weights
 * themselves when they fit, else where the row starts), so a feature costs one miss, or two with a
 * row, rather than one an array; and the probe takes no branch (cuckoo.ts), so the misses of one
 * feature list overlap.
 */
export class LinearModel {
  /**
   * Slots of a key (0: empty; a key 0 is stored as 1) and a number:
   * - with at most three classes whose weights all fit 10 bits (the parser's moves, most yes/no
   *   models): the weights, 10 bits each, in a cuckoo table (cuckoo.ts);
   * - else with at most four classes: the weights, two 16-bit weights a number (a third number a
   *   slot with over two classes), in open addressing;
   * - else: where the row starts in `packed`, in a cuckoo table.
   */
  private readonly table: Int32Array;
  private readonly layout: 'fused' | 'dense' | 'rows';
  /** Numbers a slot in open addressing (4, a bucket, in a cuckoo table). */
  private readonly stride: number;
  /**
   * Each weight with its class: last of its row << 31 | class << 16 | (weight & 0xffff); at 0 an
   * empty row (class 0, weight 0), where a look-up that finds nothing ends.
   */
  private readonly packed: Int32Array;
  /** 32 minus the table's bits (slots, or a cuckoo table's buckets), and open addressing's mask. */
  private readonly shift: number;
  private readonly mask: number;
  private readonly scratch: Int32Array;

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
    if (classes > MAX_CLASSES) throw new Error(`linear model: ${classes} classes`);
    this.scratch = new Int32Array(classes);
    const narrow = classes <= 3 && weights.every((w) => w >= -512 && w < 512);
    this.layout = narrow ? 'fused' : classes <= 4 ? 'dense' : 'rows';
    if (this.layout !== 'dense') {
      // A feature without weights (training never keeps one) is left out: absent, it adds nothing.
      // A row starts after the empty row at 0, where a look-up that finds nothing ends (cuckoo.ts).
      const fusedKeys: number[] = [];
      const values: number[] = [];
      const packed = (this.packed = new Int32Array(this.layout === 'rows' ? weights.length + 1 : 0));
      if (this.layout === 'rows') packed[0] = 1 << 31;
      for (let r = 0; r < keys.length; r++) {
        const from = rowStart[r]!;
        const to = rowStart[r + 1]!;
        if (from === to) continue;
        let v = 0;
        for (let j = from; j < to; j++) {
          const c = cls[j]!;
          const w = weights[j]!;
          if (this.layout === 'fused') v |= (w & 1023) << (10 * c);
          else packed[j + 1] = (j === to - 1 ? 1 << 31 : 0) | (c << 16) | (w & 0xffff);
        }
        fusedKeys.push(keys[r]! || 1);
        values.push(this.layout === 'fused' ? v : from + 1);
      }
      const { table, shift } = cuckooTable(fusedKeys, values);
      this.table = table;
      this.shift = shift;
      this.mask = 0;
      this.stride = 4;
      return;
    }
    const bits = Math.max(4, Math.ceil(Math.log2(keys.length * 2 + 1)));
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
    const stride = (this.stride = classes > 2 ? 3 : 2);
    const table = (this.table = new Int32Array(stride << bits));
    this.packed = new Int32Array(0);
    for (let r = 0; r < keys.length; r++) {
      const from = rowStart[r]!;
      const to = rowStart[r + 1]!;
      if (from === to) continue;
      const key = keys[r]! || 1;
      let s = Math.imul(key, 0x9e3779b1) >>> this.shift;
      while (table[stride * s] !== 0) s = (s + 1) & this.mask;
      const at = stride * s;
      table[at] = key;
      for (let j = from; j < to; j++) {
        const c = cls[j]!;
        const w = weights[j]!;
        const k = at + 1 + (c >> 1);
        table[k] = c & 1 ? (table[k]! & 0xffff) | (w << 16) : (table[k]! & ~0xffff) | (w & 0xffff);
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
    if (this.layout === 'fused') return this.accumulateFused(features, count, out);
    if (this.layout === 'dense') return this.accumulateDense(features, count, out);
    // The row of the key's one match in its two buckets (cuckoo.ts; see `accumulateFused`), or
    // the empty row at 0. A row's last entry has the sign bit set.
    const { table, packed, shift } = this;
    for (let i = 0; i < count; i++) {
      const f = features[i]! | 0 || 1;
      const a = (Math.imul(f, FIRST) >>> shift) << 2;
      const b = (Math.imul(f, SECOND) >>> shift) << 2;
      let d = table[a]! ^ f;
      let row = table[a + 1]! & ((((d - 1) | 0) & ~d) >> 31);
      d = table[a + 2]! ^ f;
      row |= table[a + 3]! & ((((d - 1) | 0) & ~d) >> 31);
      d = table[b]! ^ f;
      row |= table[b + 1]! & ((((d - 1) | 0) & ~d) >> 31);
      d = table[b + 2]! ^ f;
      row |= table[b + 3]! & ((((d - 1) | 0) & ~d) >> 31);
      for (let j = row; ; j++) {
        const v = packed[j]!;
        out[(v >>> 16) & 0x7fff]! += (v << 16) >> 16;
        if (v < 0) break;
      }
    }
  }

  private accumulateFused(features: ArrayLike<number>, count: number, out: Int32Array | Float64Array): void {
    // The key's two buckets (cuckoo.ts) are read whole, and the one value whose key matches kept
    // by masks, not branches: `((d - 1) | 0) & ~d` has its sign bit set only when d is 0.
    const { table, shift } = this;
    const classes = this.classes;
    let o0 = 0;
    let o1 = 0;
    let o2 = 0;
    for (let i = 0; i < count; i++) {
      const f = features[i]! | 0 || 1;
      const a = (Math.imul(f, FIRST) >>> shift) << 2;
      const b = (Math.imul(f, SECOND) >>> shift) << 2;
      let d = table[a]! ^ f;
      let v = table[a + 1]! & ((((d - 1) | 0) & ~d) >> 31);
      d = table[a + 2]! ^ f;
      v |= table[a + 3]! & ((((d - 1) | 0) & ~d) >> 31);
      d = table[b]! ^ f;
      v |= table[b + 1]! & ((((d - 1) | 0) & ~d) >> 31);
      d = table[b + 2]! ^ f;
      v |= table[b + 3]! & ((((d - 1) | 0) & ~d) >> 31);
      o0 += (v << 22) >> 22;
      o1 += (v << 12) >> 22;
      o2 += (v << 2) >> 22;
    }
    out[0]! += o0;
    if (classes > 1) out[1]! += o1;
    if (classes > 2) out[2]! += o2;
  }

  private accumulateDense(features: ArrayLike<number>, count: number, out: Int32Array | Float64Array): void {
    const { table, mask, shift, stride } = this;
    const classes = this.classes;
    for (let i = 0; i < count; i++) {
      const f = features[i]! | 0 || 1;
      for (let s = Math.imul(f, 0x9e3779b1) >>> shift; ; s = (s + 1) & mask) {
        const k = table[stride * s]!;
        if (k === f) {
          const a = table[stride * s + 1]!;
          out[0]! += (a << 16) >> 16;
          if (classes > 1) out[1]! += a >> 16;
          if (classes > 2) {
            const b = table[stride * s + 2]!;
            out[2]! += (b << 16) >> 16;
            if (classes > 3) out[3]! += b >> 16;
          }
          break;
        }
        if (k === 0) break;
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

  /**
   * The best-scoring class (the lowest on a tie), the scores starting from `base` (stored weights,
   * one number a class, as `accumulate` sums them) when given: what some features always add.
   */
  predict(features: ArrayLike<number>, count = features.length, base?: Int32Array): number {
    // One buffer for every call (the tagger and the labeller call this once a word), all zeros
    // between calls: the pass that finds the best class clears it, so neither an allocation nor a
    // second pass over the classes is needed.
    const out = this.scratch;
    if (base) out.set(base);
    this.accumulate(features, count, out);
    let best = 0;
    let top = out[0]!;
    out[0] = 0;
    for (let c = 1; c < out.length; c++) {
      const v = out[c]!;
      if (v > top) {
        top = v;
        best = c;
      }
      out[c] = 0;
    }
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
/** A class number fits the 15 bits `packed` has for it. */
const MAX_CLASSES = 1 << 15;
