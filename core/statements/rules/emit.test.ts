import { describe, expect, it } from 'vitest';
import { commaIn } from './emit';

describe('commaIn', () => {
  it('finds the comma that breaks the clause, past one that groups thousands', () => {
    const t = 'wants to take in as many as 250,000 Syrian refugees, while others wait';
    expect(commaIn(t, 0, t.length)).toBe(t.indexOf(', while'));
    expect(commaIn('a stable peace, while', 0, 21)).toBe(14);
  });

  it('searches only its range', () => {
    const t = 'no comma here, but one after';
    expect(commaIn(t, 0, 10)).toBe(-1);
    expect(commaIn(t, 14, t.length)).toBe(-1);
    expect(commaIn('1,000', 0, 5)).toBe(-1);
  });
});
