import { describe, expect, it } from 'vitest';
import { sample, seeded } from './random';

describe('seeded sample', () => {
  it('draws the same items for the same seed, others for another', () => {
    const xs = Array.from({ length: 100 }, (_, i) => i);
    expect(sample(xs, 10, 7)).toEqual(sample(xs, 10, 7));
    expect(sample(xs, 10, 7)).not.toEqual(sample(xs, 10, 8));
  });

  it('never repeats an item and never asks for more than there is', () => {
    const s = sample([1, 2, 3], 10, 1);
    expect([...s].sort()).toEqual([1, 2, 3]);
    expect(sample([], 5, 1)).toEqual([]);
  });

  it('stays in [0, 1)', () => {
    const r = seeded(42);
    for (let i = 0; i < 1000; i++) {
      const x = r();
      expect(x >= 0 && x < 1).toBe(true);
    }
  });
});
