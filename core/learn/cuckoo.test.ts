import { describe, expect, it } from 'vitest';
import { cuckooTable, lookup } from './cuckoo';
import { mulberry32 } from './rng';

describe('cuckooTable', () => {
  it('finds every key it was given and no other', () => {
    const next = mulberry32(7);
    const keys = Array.from({ length: 5000 }, () => (next() * 2 ** 32) | 0 || 1);
    const values = keys.map((_, i) => i);
    const { table, shift } = cuckooTable(keys, values);
    const first = new Map<number, number>();
    keys.forEach((k, i) => first.has(k) || first.set(k, i));
    for (const [k, i] of first) expect(lookup(table, shift, k)).toBe(i);
    for (let i = 0; i < 5000; i++) {
      const k = (next() * 2 ** 32) | 0;
      if (k !== 0 && !first.has(k)) expect(lookup(table, shift, k)).toBeUndefined();
    }
  });

  it('keeps the first value of a key given twice, and is the same table every time', () => {
    const { table, shift } = cuckooTable([5, 9, 5], [1, 2, 3]);
    expect(lookup(table, shift, 5)).toBe(1);
    expect(lookup(table, shift, 9)).toBe(2);
    const keys = Array.from({ length: 3000 }, (_, i) => Math.imul(i + 1, 0x2545f491));
    expect(cuckooTable(keys, keys).table).toEqual(cuckooTable(keys, keys).table);
  });
});
