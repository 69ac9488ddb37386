// The contract between the content script and the lazily loaded Readability chunk
// (entrypoints/readability.ts), as for the card chunk: types and one string only, so importing this
// file pulls none of Readability (about 30 KB minified) into the script every page loads.
import type { ExtractedPage } from '@/messaging/library-page';

export const READABILITY_KEY = '__footnoteReadability';

export interface PageReader {
  /** The article of `doc`, read on a copy (the page is never changed), or why there is none. */
  read(doc: Document): ExtractedPage;
}
