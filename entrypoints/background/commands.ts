// Keyboard commands, pressed wherever the browser's shortcut settings bind them, relayed to the page:
// the browser tells the background, which alone hears `commands.onCommand`, and the active tab's
// content script does the work (content/commands.ts). `_execute_action` opens the popup by itself.
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { isPageCommand } from '@/utils/commands';
import { PAGE_COMMAND, PageCommandAnswerSchema, type PageCommandMessage } from '@/messaging/page-commands';

interface TabLike {
  id?: number;
}

/** Registers the relay; call it on the background's first turn, so a command can wake the worker. */
export function relayCommands(): void {
  browser.commands.onCommand.addListener((command: string, tab?: TabLike) => {
    void relayCommand(command, tab);
  });
}

/**
 * Sends `command` to the tab it was pressed in, to every frame: each switches its own marks, and the
 * frame the reader is in steps through its own (content/commands.ts), as a key press reached only
 * that frame. False when nothing acted: not our command, no tab, a page without our content script
 * (a browser page, a PDF), a page without marks or switched off.
 */
export async function relayCommand(command: string, tab?: TabLike): Promise<boolean> {
  if (!isPageCommand(command)) return false;
  const id = tab?.id ?? (await activeTabId());
  // Chrome gives -1 (TAB_ID_NONE) for a window that holds no tab, e.g. devtools.
  if (id === undefined || id < 0) return false;
  const message: PageCommandMessage = { type: PAGE_COMMAND, command };
  try {
    const answer = await browser.tabs.sendMessage(id, message);
    return v.parse(PageCommandAnswerSchema, answer ?? false);
  } catch {
    return false;
  }
}

/** Without the `tabs` permission, tabs.query still gives ids; the focused window's active tab. */
async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id;
}
