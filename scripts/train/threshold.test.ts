import { describe, expect, it } from 'vitest';
import { chooseThreshold } from './threshold';

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
