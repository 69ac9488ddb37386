import { describe, expect, it } from 'vitest';
import { FALLBACK, prettyKeys, shortcutRows } from './shortcuts';

describe('shortcutRows', () => {
  it('falls back to today’s keys without a commands API or without the overlay’s commands', () => {
    expect(shortcutRows(null)).toEqual({ rows: FALLBACK, bound: false });
    expect(shortcutRows([])).toEqual({ rows: FALLBACK, bound: false });
    expect(shortcutRows([{ name: '_execute_action', shortcut: '' }])).toEqual({
      rows: FALLBACK,
      bound: false,
    });
  });

  it('lists the commands as bound now, unset ones included', () => {
    const { rows, bound } = shortcutRows([
      { name: 'next-mark', description: 'Next mark', shortcut: 'Alt+Shift+Right' },
      { name: 'toggle-marks', description: 'Marks on or off', shortcut: '' },
      { name: '_execute_action', shortcut: 'Ctrl+Shift+Y' },
    ]);
    expect(bound).toBe(true);
    expect(rows).toEqual([
      { keys: 'Alt+Shift+→', what: 'Next mark' },
      { keys: 'not set', what: 'Marks on or off' },
      { keys: 'Ctrl+Shift+Y', what: 'Open the Footnote popup' },
    ]);
  });

  it('survives odd entries', () => {
    const odd = [null, { name: 'x' }] as unknown as Parameters<typeof shortcutRows>[0];
    expect(shortcutRows(odd).rows).toEqual([{ keys: 'not set', what: 'x' }]);
  });

  it('draws arrows', () => {
    expect(prettyKeys('Alt+Shift+Left')).toBe('Alt+Shift+←');
  });
});
