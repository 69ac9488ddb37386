import { describe, expect, it } from 'vitest';
import { speakerKey } from './speakers';

describe('speakerKey', () => {
  const st = (id: string, start: number, speaker: string) => ({ id, start, speaker });

  it('numbers speakers in reading order, whatever order the statements come in', () => {
    const key = speakerKey([st('c', 90, 'Lavrov'), st('a', 10, 'Zelensky'), st('b', 50, 'Lavrov')]);
    expect([...key.values()].map((s) => [s.name, s.n, s.count])).toEqual([
      ['Zelensky', 1, 1],
      ['Lavrov', 2, 2],
    ]);
  });

  it('gives every speaker its own hue, the same on every call', () => {
    const many = Array.from({ length: 12 }, (_, i) => st(String(i), i, `Speaker ${i}`));
    const hues = [...speakerKey(many).values()].map((s) => s.hue);
    expect(new Set(hues).size).toBe(12);
    expect(hues.every((h) => h >= 0 && h < 360)).toBe(true);
    expect([...speakerKey(many).values()].map((s) => s.hue)).toEqual(hues);
    // The first few, which most articles stop at, stay well apart on the wheel.
    const gap = (a: number, b: number) => Math.min(Math.abs(a - b), 360 - Math.abs(a - b));
    expect(gap(hues[0]!, hues[1]!)).toBeGreaterThan(80);
    expect(gap(hues[1]!, hues[2]!)).toBeGreaterThan(80);
    expect(gap(hues[0]!, hues[2]!)).toBeGreaterThan(80);
  });
});
