// Loads one of the content script's lazy chunks (the card UI, Readability) once, by a dynamic import
// of its extension URL. The file is a web-accessible resource for http(s) pages (Chrome: through the
// per-session dynamic URL only, so a page cannot probe a fixed address to detect the extension;
// Firefox's moz-extension address is per install already). The import is the extension's own
// request, so a page CSP that forbids scripts does not block it. WXT builds the chunk as a classic
// script without exports, so it hands its API over on the global of the realm that imported it.
import { runtime } from '@/messaging/native-runtime';

const loading = new Map<string, Promise<unknown>>();

export function loadChunk<T>(path: string, key: string, what: string): Promise<T> {
  let load = loading.get(path);
  if (!load) {
    // getURL throws at once in an orphaned script (the extension reloaded, "Extension context
    // invalidated"): starting inside a promise turns that into a refusal the callers already handle,
    // where the idle-time preload of the card would have thrown it to the page (seen in the overlay
    // e2e, Chromium).
    load = Promise.resolve()
      .then(() => import(/* @vite-ignore */ runtime().getURL(path)))
      .then(() => {
        const api = (globalThis as Record<string, unknown>)[key];
        if (!api) throw new Error(`${what} did not load`);
        return api;
      });
    // A failed load (an orphaned script, a network hiccup) is tried again at the next call.
    load.catch(() => loading.delete(path));
    loading.set(path, load);
  }
  return load as Promise<T>;
}
