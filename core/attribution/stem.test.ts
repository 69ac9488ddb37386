import { describe, expect, it } from 'vitest';
import { stem } from './stem';

describe('stem', () => {
  it('shares a stem among a verb’s regular forms', () => {
    for (const w of ['warns', 'warned', 'warning']) expect(stem(w)).toBe('warn');
    for (const w of ['argues', 'argued', 'arguing']) expect(stem(w)).toBe('argu');
    expect(stem('planned')).toBe('plan');
    expect(stem('stopping')).toBe('stop');
    expect(stem('denies')).toBe('deny');
    expect(stem('denied')).toBe('deny');
  });

  it('keeps a doubled s or l, and short words', () => {
    expect(stem('passed')).toBe('pass');
    expect(stem('called')).toBe('call');
    expect(stem('said')).toBe('said');
    expect(stem('says')).toBe('says');
  });
});
