import { describe, expect, it } from 'vitest';
import { sheetFor } from './sheet';

describe('sheetFor', () => {
  it('hangs from the bottom under a mark in the top half, stopping short of it', () => {
    const s = sheetFor({ top: 300, bottom: 320 }, 844);
    expect(s.edge).toBe('bottom');
    expect(844 - s.maxHeight).toBeGreaterThan(320);
  });

  it('hangs from the top over a mark in the bottom half', () => {
    const s = sheetFor({ top: 700, bottom: 720 }, 844);
    expect(s).toEqual({ edge: 'top', maxHeight: 591 });
    expect(s.maxHeight).toBeLessThan(700);
  });

  it('takes at most 70 % of the screen', () => {
    expect(sheetFor({ top: 10, bottom: 30 }, 800).maxHeight).toBe(560);
  });

  it('stays within the screen for a mark scrolled out of view', () => {
    expect(sheetFor({ top: -200, bottom: -180 }, 600)).toEqual({ edge: 'bottom', maxHeight: 420 });
    expect(sheetFor({ top: 900, bottom: 920 }, 600)).toEqual({ edge: 'top', maxHeight: 420 });
  });
});
