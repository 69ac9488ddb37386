// Loads the card chunk (entrypoints/card-ui.ts) once, by a dynamic import of its extension URL. The
// file is a web-accessible resource for http(s) pages (Chrome: through the per-session dynamic URL
// only, so a page cannot probe a fixed address to detect the extension; Firefox's moz-extension
// address is per install already). The import is the extension's own request, so a page CSP that
// forbids scripts does not block it.
import { runtime } from '@/messaging/native-runtime';
import { CARD_UI_KEY, type CardUi } from './api';

let loading: Promise<CardUi> | null = null;

export function loadCardUi(): Promise<CardUi> {
  // getURL throws at once in an orphaned script (the extension reloaded, "Extension context
  // invalidated"): starting inside a promise turns that into a refusal the callers already handle,
  // where the idle-time preload would have thrown it to the page (seen in the overlay e2e, Chromium).
  loading ??= Promise.resolve()
    .then(() => import(/* @vite-ignore */ runtime().getURL('/card-ui.js')))
    .then(() => {
      const ui = (globalThis as Record<string, unknown>)[CARD_UI_KEY] as CardUi | undefined;
      if (!ui) throw new Error('card UI did not load');
      return ui;
    });
  // A failed load (an orphaned script, a network hiccup) is tried again at the next card.
  loading.catch(() => (loading = null));
  return loading;
}
