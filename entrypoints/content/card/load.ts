// Loads the card chunk (entrypoints/card-ui.ts) once, by a dynamic import of its extension URL. The
// file is a web-accessible resource for http(s) pages (Chrome: through the per-session dynamic URL
// only, so a page cannot probe a fixed address to detect the extension; Firefox's moz-extension
// address is per install already). The import is the extension's own request, so a page CSP that
// forbids scripts does not block it.
import { runtime } from '@/messaging/native-runtime';
import { CARD_UI_KEY, type CardUi } from './api';

let loading: Promise<CardUi> | null = null;

export function loadCardUi(): Promise<CardUi> {
  loading ??= import(/* @vite-ignore */ runtime().getURL('/card-ui.js')).then(() => {
    const ui = (globalThis as Record<string, unknown>)[CARD_UI_KEY] as CardUi | undefined;
    if (!ui) throw new Error('card UI did not load');
    return ui;
  });
  // A failed load (an orphaned script, a network hiccup) is tried again at the next card.
  loading.catch(() => (loading = null));
  return loading;
}
