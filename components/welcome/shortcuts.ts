// The keyboard shortcuts as the browser has them bound now (commands.getAll), in words a reader
// reads; today's keys when the browser lists none (no commands API, as on Firefox for Android, or a
// build without commands).

export interface Command {
  name?: string;
  description?: string;
  shortcut?: string;
}

export interface ShortcutRow {
  keys: string;
  what: string;
}

/** The overlay's own keys, read by its content script until they are commands. */
export const FALLBACK: ShortcutRow[] = [
  { keys: 'Alt+Shift+→', what: 'Go to the next mark and open its card' },
  { keys: 'Alt+Shift+←', what: 'Go to the previous mark and open its card' },
  { keys: 'Alt+Shift+F', what: 'Switch the marks off and on for this page' },
];

const ARROWS: Record<string, string> = { Right: '→', Left: '←', Up: '↑', Down: '↓' };

/** "Alt+Shift+Right" → "Alt+Shift+→". */
export const prettyKeys = (shortcut: string): string =>
  shortcut
    .split('+')
    .map((k) => ARROWS[k] ?? k)
    .join('+');

const isAction = (name = '') => name.startsWith('_execute');

/**
 * What the page lists: every command with the keys bound to it ("not set" when the reader removed
 * them), or today's keys when the browser lists no command of the overlay's. `bound` says which.
 */
export function shortcutRows(commands: readonly Command[] | null): { rows: ShortcutRow[]; bound: boolean } {
  const list = (commands ?? []).filter((c) => c && typeof c === 'object');
  if (!list.some((c) => !isAction(c.name))) return { rows: FALLBACK, bound: false };
  const rows = list.map((c) => ({
    keys: c.shortcut ? prettyKeys(c.shortcut) : 'not set',
    what: c.description || (isAction(c.name) ? 'Open the Footnote popup' : (c.name ?? 'A Footnote command')),
  }));
  return { rows, bound: true };
}
