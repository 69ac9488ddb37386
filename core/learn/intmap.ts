/**
 * A growable open-addressing map from 32-bit integer keys to non-negative integers, in typed arrays:
 * the feature index of training, with no per-entry objects for the garbage collector to walk.
 */
export class IntMap {
  private keys: Int32Array;
  private vals: Int32Array;
  private bits: number;
  size = 0;

  constructor(capacity = 1024) {
    this.bits = Math.max(4, Math.ceil(Math.log2(capacity * 2)));
    this.keys = new Int32Array(1 << this.bits);
    this.vals = new Int32Array(1 << this.bits).fill(-1);
  }

  get(key: number): number {
    const mask = (1 << this.bits) - 1;
    for (let s = Math.imul(key, 0x9e3779b1) >>> (32 - this.bits); ; s = (s + 1) & mask) {
      const v = this.vals[s]!;
      if (v < 0 || this.keys[s] === key) return v;
    }
  }

  set(key: number, value: number): void {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    const mask = (1 << this.bits) - 1;
    for (let s = Math.imul(key, 0x9e3779b1) >>> (32 - this.bits); ; s = (s + 1) & mask) {
      if (this.vals[s]! < 0) {
        this.keys[s] = key;
        this.vals[s] = value;
        this.size++;
        return;
      }
      if (this.keys[s] === key) {
        this.vals[s] = value;
        return;
      }
    }
  }

  private grow(): void {
    const { keys, vals } = this;
    this.bits++;
    this.keys = new Int32Array(1 << this.bits);
    this.vals = new Int32Array(1 << this.bits).fill(-1);
    this.size = 0;
    for (let i = 0; i < keys.length; i++) if (vals[i]! >= 0) this.set(keys[i]!, vals[i]!);
  }
}
