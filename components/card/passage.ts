// How a card's passage links reach the reader page from wherever the card is shown.
import type { Passage } from '@/core/cards/model';
import { runtime } from '@/messaging/native-runtime';
import { request } from '@/messaging/protocol';
import { READER_PATH, readerQuery } from '@/entrypoints/reader/url';

/** The reader page's address for a passage: what a passage link points at. */
// The runtime without the polyfill: passage links are drawn in the content script too, which does
// without it (messaging/native-runtime.ts).
export const passageUrl = (passage: Passage): string => runtime().getURL(READER_PATH) + readerQuery(passage);

/** Asks the background to open the reader in a new tab: works from content scripts and pages alike. */
export const openPassage = (passage: Passage): void => {
  request('openPassage', passage).catch((error: unknown) =>
    console.warn('[footnote] cannot open passage', error),
  );
};
