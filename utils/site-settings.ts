// Where the reader switched Footnote's marks off: a list of host names, in local storage ("sync"
// would send it through the browser vendor's servers; Footnote sends nothing anywhere).
import { storage } from 'wxt/utils/storage';

export const disabledSites = storage.defineItem<string[]>('local:disabledSites', {
  fallback: [],
  version: 1,
});

/** "www.example.com" and "example.com" are one site to a reader. */
export function siteKey(hostname: string): string {
  return hostname.toLowerCase().replace(/^www\./, '');
}

export async function isSiteEnabled(hostname: string): Promise<boolean> {
  return !(await disabledSites.getValue()).includes(siteKey(hostname));
}

export async function setSiteEnabled(hostname: string, enabled: boolean): Promise<void> {
  const key = siteKey(hostname);
  const list = (await disabledSites.getValue()).filter((h) => h !== key);
  await disabledSites.setValue(enabled ? list : [...list, key].sort());
}

/** Calls `cb` with whether `hostname` is enabled now and on every change; returns the unwatch. */
export function watchSite(hostname: string, cb: (enabled: boolean) => void): () => void {
  const key = siteKey(hostname);
  return disabledSites.watch((list) => cb(!(list ?? []).includes(key)));
}

/** The message the popup sends the active tab's content script to learn which site it shows. */
export const SITE_QUERY = 'footnote:which-site';
