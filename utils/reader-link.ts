// Links from extension pages (popup, options) to the reader page: plain links, so they open in a new
// tab, can be middle-clicked, and need no message to the background.
import { browser, type PublicPath } from 'wxt/browser';
import type { Passage } from '@/core/cards/model';
import { READER_PATH, readerQuery, sourceQuery } from '@/entrypoints/reader/url';

/** The reader at a passage, or at the top of a source given by id. */
export function readerHref(target: Passage | string): string {
  const query = typeof target === 'string' ? sourceQuery(target) : readerQuery(target);
  return browser.runtime.getURL(READER_PATH as PublicPath) + query;
}
