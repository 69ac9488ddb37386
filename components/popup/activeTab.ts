// Talking to the active tab's content script without the `tabs` permission: tabs.query without it
// still gives the tab's id, and the content script answers for its page (as for the site switch).
import { browser } from 'wxt/browser';

/** The top frame's answer to `message`, or undefined when the tab has no content script. */
export async function askActiveTab(message: object): Promise<unknown> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return undefined;
  try {
    return await browser.tabs.sendMessage(tab.id, message, { frameId: 0 });
  } catch {
    return undefined; // a browser page, a PDF, a page loaded before the extension
  }
}
