// Where a reader changes the keys: each browser has a page of its own for it, which an extension may
// or may not open.
import { browser } from 'wxt/browser';

export type ShortcutBrowser = 'chrome' | 'firefox';

/** The build's own browser, whose instructions a page shows unless told otherwise. */
export const buildBrowser = (): ShortcutBrowser => (import.meta.env.FIREFOX ? 'firefox' : 'chrome');

/** Where a reader changes the keys, in words. */
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
