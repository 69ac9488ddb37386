import { describe, expect, it } from 'vitest';
import { chooseThreshold, stableThreshold } from './threshold';

describe('chooseThreshold', () => {
  it('takes the lowest confidence whose kept statements reach the target', () => {
    const scored = [
      { p: 0.99, verdict: 'right' as const },
      { p: 0.95, verdict: 'right' as const },
      { p: 0.9, verdict: 'right' as const },
      { p: 0.8, verdict: 'wrong' as const },
      { p: 0.7, verdict: 'right' as const },
      { p: 0.6, verdict: 'right' as const },
      { p: 0.5, verdict: 'wrong' as const },
      { p: 0.4, verdict: 'off' as const },
    ];
    expect(chooseThreshold(scored, 1)).toBe(0.9);
    expect(chooseThreshold(scored, 0.8)).toBe(0.6);
    expect(chooseThreshold(scored, 0.5)).toBe(0.5);
  });

  it('keeps ties together and keeps nothing when no cut reaches the target', () => {
    const tied = [
      { p: 0.9, verdict: 'right' as const },
      { p: 0.9, verdict: 'wrong' as const },
    ];
    expect(chooseThreshold(tied, 0.9)).toBe(1);
    expect(chooseThreshold(tied, 0.5)).toBe(0.9);
  });
});

describe('stableThreshold', () => {
  // Right down to p 0.5, then wrong: every resampling cuts at the lowest right one it drew.
  const clear = Array.from({ length: 50 }, (_, i) => ({
    p: 1 - i / 100,
    verdict: (i < 25 ? 'right' : 'wrong') as 'right' | 'wrong',
  }));

  it('finds the cut a clear split has, and gives the same answer every time', () => {
    const t = stableThreshold(clear, 0.98);
    expect(t).toBeGreaterThanOrEqual(0.76);
    expect(t).toBeLessThanOrEqual(0.8);
    expect(stableThreshold(clear, 0.98)).toBe(t);
  });

  it('keeps nothing without verdicts', () => {
    expect(stableThreshold([{ p: 0.9, verdict: 'off' as const }], 0.98)).toBe(1);
  });
});
