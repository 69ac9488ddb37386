// Talking to the page the popup is about without the `tabs` permission: tabs.query without it still
// gives each tab's id, `active` and `lastAccessed` (only url, title and favicon are withheld), and the
// content script answers for its page (as for the site switch).
import { browser } from 'wxt/browser';

interface TabLike {
  id?: number;
  active?: boolean;
  lastAccessed?: number;
}

/**
 * The tab among `tabs` (one window's) that the popup speaks for. As a toolbar popup it is the active
 * tab. Opened as a tab of its own (`self`: the e2e harness opens popup.html so; some readers pin it),
 * the active tab is the popup itself, so it is the tab the reader was on before: the most recently
 * accessed other one. Without `lastAccessed` (Chromium before 121) the first other tab stands in.
 */
export function pickTargetTab(tabs: readonly TabLike[], self: number | undefined): number | undefined {
  if (self === undefined) return tabs.find((t) => t.active)?.id;
  let best: TabLike | undefined;
  for (const tab of tabs) {
    if (tab.id === undefined || tab.id === self) continue;
    if (!best || (tab.lastAccessed ?? 0) > (best.lastAccessed ?? 0)) best = tab;
  }
  return best?.id;
}

/** The id of the tab the popup is about, or undefined when there is none (a window of one popup tab). */
export async function targetTabId(): Promise<number | undefined> {
  const [self, tabs] = await Promise.all([currentTab(), browser.tabs.query({ currentWindow: true })]);
  return pickTargetTab(tabs, self?.id);
}

/** Undefined in a toolbar popup (it is no tab); our own tab when the popup is opened as one. */
async function currentTab(): Promise<TabLike | undefined> {
  try {
    return await browser.tabs.getCurrent();
  } catch {
    return undefined;
  }
}

/** The top frame's answer to `message`, or undefined when the tab has no content script. */
export async function askActiveTab(message: object): Promise<unknown> {
  const id = await targetTabId();
  if (id === undefined) return undefined;
  try {
    return await browser.tabs.sendMessage(id, message, { frameId: 0 });
  } catch {
    return undefined; // a browser page, a PDF, a page loaded before the extension
  }
}
