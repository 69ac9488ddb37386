// "The shortcuts as bound now": what the browser's `commands.getAll()` reports, which the reader may
// have changed since install, labelled and ordered by the extension's own list (utils/commands.ts).
// A browser with no commands API (Firefox for Android) cannot say, so the reader gets the keys the
// manifest suggests, marked as such, rather than nothing.
import { browser } from 'wxt/browser';
import { COMMANDS, isPageCommand } from '@/utils/commands';

export interface BoundShortcut {
  name: string;
  description: string;
  /** The keys, one string per key ("Alt", "Shift", "Right"); empty when the command has no shortcut. */
  keys: string[];
}

export interface ShortcutList {
  shortcuts: BoundShortcut[];
  /** False when the browser listed none of the overlay's commands: `shortcuts` are the suggested keys. */
  bound: boolean;
}

/** The extension's commands with their keys now, in the order the extension lists them. */
export async function boundShortcuts(): Promise<ShortcutList> {
  const reported = await listed();
  if (!reported.some((c) => isPageCommand(c.name))) return { shortcuts: suggestedShortcuts(), bound: false };
  const byName = new Map(reported.map((c) => [c.name, c.shortcut ?? '']));
  const shortcuts = COMMANDS.map(({ name, description }) => ({
    name,
    description,
    keys: splitShortcut(byName.get(name) ?? ''),
  }));
  return { shortcuts, bound: true };
}

/** What the browser lists; nothing where it has no commands API or does not answer. */
async function listed(): Promise<{ name?: string; shortcut?: string }[]> {
  try {
    const all: unknown = await browser.commands?.getAll?.();
    return Array.isArray(all) ? all.filter((c) => c && typeof c === 'object') : [];
  } catch {
    return [];
  }
}

/** The manifest's suggested keys; the popup's command has none, so it is left out. */
export const suggestedShortcuts = (): BoundShortcut[] =>
  COMMANDS.flatMap(({ name, description, suggested }) =>
    suggested ? [{ name, description, keys: splitShortcut(suggested) }] : [],
  );

/**
 * "Alt+Shift+Right" → ["Alt", "Shift", "Right"]. macOS Chrome prints symbols without separators
 * ("⌥⇧F"): kept as one key. A lone "+" key ("Ctrl++") stays a key.
 */
export function splitShortcut(shortcut: string): string[] {
  if (!shortcut) return [];
  return shortcut.split(/\+(?=.)/).map((k) => k || '+');
}
