import { describe, expect, it } from 'vitest';
import { segments } from './segments';

describe('segments', () => {
  it('cuts the text at the matches, keeping every character once', () => {
    const text = 'Sergei Lavrov met Mr Putin.';
    const out = segments(text, [
      { start: 21, end: 26, id: 'putin' },
      { start: 0, end: 13, id: 'lavrov' },
    ]);
    expect(out).toEqual([
      { text: 'Sergei Lavrov', id: 'lavrov' },
      { text: ' met Mr ' },
      { text: 'Putin', id: 'putin' },
      { text: '.' },
    ]);
    expect(out.map((s) => s.text).join('')).toBe(text);
  });

  it('drops overlapping, empty and out-of-range matches', () => {
    const out = segments('abcdef', [
      { start: 0, end: 3, id: 'a' },
      { start: 2, end: 4, id: 'b' },
      { start: 4, end: 4, id: 'c' },
      { start: 5, end: 9, id: 'd' },
    ]);
    expect(out).toEqual([{ text: 'abc', id: 'a' }, { text: 'def' }]);
  });

  it('is the whole text when nothing matched', () => {
    expect(segments('plain', [])).toEqual([{ text: 'plain' }]);
  });
});
