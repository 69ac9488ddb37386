// The reader's per-site switch: the stored setting (utils/site-settings.ts), watched so a change in
// the popup takes effect at once, and the answer to the popup's "which site is this tab on?".
import { listenUntil, type MessageListener } from '@/messaging/native-runtime';
import { isSiteEnabled, SITE_QUERY, watchSite } from '@/utils/site-settings';

export async function followSiteSwitch(
  hostname: string,
  apply: (enabled: boolean) => void,
  signal: AbortSignal,
): Promise<void> {
  const unwatch = watchSite(hostname, (on) => !signal.aborted && apply(on));
  signal.addEventListener('abort', () => quietly(unwatch), { once: true });
  const on = await isSiteEnabled(hostname);
  if (!signal.aborted) apply(on);
}

/**
 * Answers the popup with this page's host name, so the popup needs neither the `tabs` permission nor
 * `activeTab` to know where it is. Only the top frame answers: an iframe's host is not the site.
 */
export function answerSiteQuery(signal: AbortSignal): void {
  if (window !== window.top) return;
  // Answered synchronously through sendResponse, which both browsers' own APIs take (a returned
  // promise needs Firefox or the polyfill); other messages are left to other listeners.
  const listener: MessageListener = (message, _sender, sendResponse) => {
    if ((message as { type?: unknown } | null)?.type === SITE_QUERY) sendResponse(location.hostname);
    return undefined;
  };
  listenUntil(listener, signal);
}

/**
 * Runs an extension-API clean-up that may throw: in an orphaned script (the extension reloaded) every
 * `browser.*` call throws "Extension context invalidated", and the listener is gone anyway.
 */
function quietly(cleanup: () => void): void {
  try {
    cleanup();
  } catch {
    // nothing left to clean
  }
}
