// A hash table from 32-bit keys to 32-bit values in which a look-up takes no branch: each key lives
// in one of two buckets of two slots (bucketed cuckoo hashing), and a look-up reads all four slots
// and keeps the value whose key matches. A probe that branches on "found?" is mispredicted on some
// features in three, and each misprediction also discards the memory reads the processor had
// started for the next features; without the branch the reads of a feature list all overlap.

/** The multipliers of the two bucket hashes (the key's bucket is the product's top bits). */
export const FIRST = 0x9e3779b1 | 0;
export const SECOND = 0x85ebca6b | 0;

export interface CuckooTable {
  /** Four numbers a bucket: key, value, key, value; key 0 is an empty slot. */
  table: Int32Array;
  /** 32 minus the bucket count's bits. */
  shift: number;
}

/**
 * The table of `keys` (none 0) and their `values`. A key given twice keeps its first value. Built
 * the same way every time (a fixed walk), so a model reads back the same table.
 */
export function cuckooTable(keys: ArrayLike<number>, values: ArrayLike<number>): CuckooTable {
  // Three keys in four slots at most: two-choice buckets of two fill to about nine in ten.
  let bits = Math.max(1, Math.ceil(Math.log2(keys.length / 1.6 + 1)));
  for (;;) {
    const built = tryBuild(keys, values, bits);
    if (built) return built;
    bits++;
  }
}

function tryBuild(keys: ArrayLike<number>, values: ArrayLike<number>, bits: number): CuckooTable | undefined {
  const shift = 32 - bits;
  const table = new Int32Array(4 << bits);
  const home = (k: number, which: number) => (Math.imul(k, which ? SECOND : FIRST) >>> shift) << 2;
  let walk = 0x2545f491;
  for (let i = 0; i < keys.length; i++) {
    let k = keys[i]! | 0;
    let v = values[i]! | 0;
    if (k === 0) throw new Error('cuckoo table: key 0');
    if (lookup(table, shift, k) !== undefined) continue;
    for (let kick = 0; ; kick++) {
      const a = home(k, 0);
      const b = home(k, 1);
      const free =
        table[a] === 0
          ? a
          : table[a + 2] === 0
            ? a + 2
            : table[b] === 0
              ? b
              : table[b + 2] === 0
                ? b + 2
                : -1;
      if (free >= 0) {
        table[free] = k;
        table[free + 1] = v;
        break;
      }
      if (kick === 500) return undefined;
      // Both buckets full: take one of the four slots (a fixed pseudo-random walk) and move its key on.
      walk = (Math.imul(walk, 1103515245) + 12345) | 0;
      const slot = ((walk >>> 16) & 1 ? b : a) + ((walk >>> 17) & 1 ? 2 : 0);
      const k2 = table[slot]!;
      const v2 = table[slot + 1]!;
      table[slot] = k;
      table[slot + 1] = v;
      k = k2;
      v = v2;
    }
  }
  return { table, shift };
}

/** The value of `key`, or undefined (for building; the models inline their own look-up). */
export function lookup(table: Int32Array, shift: number, key: number): number | undefined {
  for (const m of [FIRST, SECOND]) {
    const s = (Math.imul(key, m) >>> shift) << 2;
    if (table[s] === key) return table[s + 1];
    if (table[s + 2] === key) return table[s + 3];
  }
  return undefined;
}
