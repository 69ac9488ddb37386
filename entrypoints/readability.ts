// Readability for "Add this page to your articles", loaded by the content script only when the reader
// asks (content/extract/load.ts): about 30 KB that no page should parse just to be read. Handed over on
// the importing realm's global, as the card chunk is (entrypoints/card-ui.ts).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { READABILITY_KEY, type PageReader } from './content/extract/api';
import { readPage } from './content/extract/read';

export default defineUnlistedScript(() => {
  const reader: PageReader = { read: readPage };
  (globalThis as Record<string, unknown>)[READABILITY_KEY] = reader;
});
