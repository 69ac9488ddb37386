// Answers the popup's "Add this page" (EXTRACT_QUERY) in the top frame. Readability comes in a chunk of
// its own (entrypoints/readability.ts), imported by its extension URL the first time a reader asks, as
// the card UI is: pages that are only read never parse it.
import { EXTRACT_QUERY, type ExtractedPage } from '@/messaging/library-page';
import { listenUntil, type MessageListener } from '@/messaging/native-runtime';
import { loadChunk } from '../chunk';
import { READABILITY_KEY, type PageReader } from './api';

const loadReader = () => loadChunk<PageReader>('/readability.js', READABILITY_KEY, 'the article reader');

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
  listenUntil(listener, signal);
}
