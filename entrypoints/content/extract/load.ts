// Answers the popup's "Add this page" (EXTRACT_QUERY) in the top frame. Readability comes in a chunk of
// its own (entrypoints/readability.ts), imported by its extension URL the first time a reader asks, as
// the card UI is: pages that are only read never parse it.
import { EXTRACT_QUERY, type ExtractedPage } from '@/messaging/library-page';
import { runtime, type MessageListener } from '@/messaging/native-runtime';
import { READABILITY_KEY, type PageReader } from './api';

let loading: Promise<PageReader> | null = null;

function loadReader(): Promise<PageReader> {
  loading ??= import(/* @vite-ignore */ runtime().getURL('/readability.js')).then(() => {
    const reader = (globalThis as Record<string, unknown>)[READABILITY_KEY] as PageReader | undefined;
    if (!reader) throw new Error('the article reader did not load');
    return reader;
  });
  loading.catch(() => (loading = null));
  return loading;
}

export function answerExtract(signal: AbortSignal): void {
  if (window !== window.top) return;
  const listener: MessageListener = (message, _sender, sendResponse) => {
    if ((message as { type?: unknown } | null)?.type !== EXTRACT_QUERY) return undefined;
    loadReader().then(
      (reader) => sendResponse(reader.read(document)),
      (e: unknown) =>
        sendResponse({
          error: `the article reader could not load (${(e as Error).message})`,
        } satisfies ExtractedPage),
    );
    return true; // the answer comes after the chunk loads
  };
  runtime().onMessage.addListener(listener);
  signal.addEventListener(
    'abort',
    () => {
      try {
        runtime().onMessage.removeListener(listener);
      } catch {
        // an orphaned script's runtime is gone, and the listener with it
      }
    },
    { once: true },
  );
}
