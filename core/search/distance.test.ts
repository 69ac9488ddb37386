import { describe, expect, it } from 'vitest';
import { prefixDistance } from './distance';

describe('prefixDistance', () => {
  it('is 0 when the query is a prefix of the word', () => {
    expect(prefixDistance('zelenski', 'zelenskiy', 2)).toBe(0);
    expect(prefixDistance('anch', 'anchorage', 1)).toBe(0);
  });

  it('counts substitutions, insertions, deletions and swapped neighbours', () => {
    expect(prefixDistance('zelenski', 'zelensky', 2)).toBe(1);
    expect(prefixDistance('lavrof', 'lavrov', 1)).toBe(1);
    expect(prefixDistance('zelensy', 'zelensky', 1)).toBe(1);
    expect(prefixDistance('lavorv', 'lavrov', 1)).toBe(1);
    expect(prefixDistance('putiin', 'putin', 1)).toBe(1);
  });

  it('gives up past the budget', () => {
    expect(prefixDistance('lavrof', 'macron', 1)).toBe(2);
    expect(prefixDistance('abcdefgh', 'a', 2)).toBe(3);
  });
});
