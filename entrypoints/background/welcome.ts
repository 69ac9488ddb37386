// The welcome page opens once, when Footnote is installed: not on an update (the reader knows it
// already), not when the browser itself updates, and not when another extension is installed.
import { browser } from 'wxt/browser';

export const WELCOME_PATH = '/welcome.html';

/** Whether an onInstalled event is this extension's first install. */
export const isFirstInstall = (details: { reason: string }): boolean => details.reason === 'install';

/** Registered synchronously at start-up: onInstalled only reaches listeners present in the first turn. */
export function openWelcomeOnInstall(): void {
  browser.runtime.onInstalled.addListener((details) => {
    if (!isFirstInstall(details)) return;
    // tabs.create needs no permission; a failure (no window to open in) must not break the install.
    browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PATH) }).catch((error: unknown) => {
      console.warn('[footnote] welcome page not opened', error);
    });
  });
}
