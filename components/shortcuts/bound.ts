// "The shortcuts as bound now": what the browser's `commands.getAll()` reports, which the reader may
// have changed since install, labelled and ordered by the extension's own list (utils/commands.ts).
import { browser } from 'wxt/browser';
import { COMMANDS } from '@/utils/commands';

export interface BoundShortcut {
  name: string;
  description: string;
  /** The keys, one string per key ("Alt", "Shift", "Right"); empty when the command has no shortcut. */
  keys: string[];
}

/** The extension's commands with their keys now, in the order the extension lists them. */
export async function boundShortcuts(): Promise<BoundShortcut[]> {
  const bound = await browser.commands.getAll();
  const byName = new Map(bound.map((c) => [c.name, c.shortcut ?? '']));
  return COMMANDS.map(({ name, description }) => ({
    name,
    description,
    keys: splitShortcut(byName.get(name) ?? ''),
  }));
}

/**
 * "Alt+Shift+Right" → ["Alt", "Shift", "Right"]. macOS Chrome prints symbols without separators
 * ("⌥⇧F"): kept as one key. A lone "+" key ("Ctrl++") stays a key.
 */
export function splitShortcut(shortcut: string): string[] {
  if (!shortcut) return [];
  return shortcut.split(/\+(?=.)/).map((k) => k || '+');
}

export type ShortcutBrowser = 'chrome' | 'firefox';

/** Where a reader changes the keys, in words: each browser has its own place. */
export const CHANGE_SHORTCUTS: Record<ShortcutBrowser, string> = {
  chrome: 'In Chrome, open chrome://extensions/shortcuts and set the keys next to Footnote.',
  firefox:
    'In Firefox, open about:addons, choose the gear menu (Tools for all add-ons), then Manage Extension Shortcuts, and set the keys under Footnote.',
};

/** Opens the browser's own shortcut settings; false where the browser does not let an extension. */
export async function openShortcutSettings(kind: ShortcutBrowser): Promise<boolean> {
  try {
    if (kind === 'firefox') {
      // Firefox 137 and later; an older one gets the words only.
      const open = (browser.commands as { openShortcutSettings?: () => Promise<void> }).openShortcutSettings;
      if (!open) return false;
      await open();
    } else {
      await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
    }
    return true;
  } catch {
    return false;
  }
}
