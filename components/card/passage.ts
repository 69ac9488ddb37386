// How a card's passage links reach the reader page from wherever the card is shown.
import { browser, type PublicPath } from 'wxt/browser';
import type { Passage } from '@/core/cards/model';
import { request } from '@/messaging/protocol';
import { READER_PATH, readerQuery } from '@/entrypoints/reader/url';

/** The reader page's address for a passage: what a passage link points at. */
export const passageUrl = (passage: Passage): string =>
  browser.runtime.getURL(READER_PATH as PublicPath) + readerQuery(passage);

/** Asks the background to open the reader in a new tab: works from content scripts and pages alike. */
export const openPassage = (passage: Passage): void => {
  request('openPassage', passage).catch((error: unknown) =>
    console.warn('[footnote] cannot open passage', error),
  );
};
