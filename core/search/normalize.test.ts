import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, queryWords } from './normalize';

describe('fold', () => {
  it('lower-cases, strips accents and turns punctuation, quotes and dashes into spaces', () => {
    expect(fold('Zelénskyy’s “28‐point” plan')).toBe('zelenskyy s  28 point  plan');
    expect(fold('U.S.-backed — Kyiv')).toBe('u s  backed   kyiv');
  });

  it('keeps the length, so offsets into the folded text are offsets into the original', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => fold(s).length === s.length));
  });

  it('folds emoji and lone surrogates to spaces', () => {
    expect(fold('🇺🇦a\uD83D')).toBe('    a ');
  });
});

describe('queryWords', () => {
  it('splits on anything but letters and digits, dropping repeats', () => {
    expect(queryWords("  '^Zelensky$ | !lavrov=  zelensky")).toEqual(['zelensky', 'lavrov']);
    expect(queryWords('28-point')).toEqual(queryWords('28 point'));
  });

  it('drops a lone letter beside longer words', () => {
    expect(queryWords('Zelensky’s')).toEqual(['zelensky']);
    expect(queryWords('donald j')).toEqual(['donald']);
    expect(queryWords('z')).toEqual(['z']);
  });

  it('bounds what a pasted wall of text costs', () => {
    const words = queryWords('abc '.repeat(10_000) + 'x'.repeat(1000));
    expect(words).toEqual(['abc']);
    expect(queryWords('y'.repeat(1000))[0]).toHaveLength(32);
    expect(queryWords(Array.from({ length: 50 }, (_, i) => `w${i}`).join(' '))).toHaveLength(8);
  });
});
