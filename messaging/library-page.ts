// What the content script shares with the rest about "Your articles", kept apart from
// library-schemas.ts so the always-loaded content script imports nothing of the library's rules.
import * as v from 'valibot';

/** The storage.local key the background bumps after each change of the library (content/kb-watch.ts). */
export const KB_REVISION_KEY = 'local:kbRevision';

/** { type } → ExtractedPage: the page's article, read by Readability on a copy of the document. */
export const EXTRACT_QUERY = 'footnote:extract-article';

// Bounds well over the library's (5 MB of text, 2048-character URL): the background's newArticle
// gives the reader the exact reason; these only stop a runaway answer.
export const ExtractedPageSchema = v.union([
  v.object({
    text: v.pipe(v.string(), v.maxLength(12_000_000)),
    title: v.nullable(v.pipe(v.string(), v.maxLength(4000))),
    outlet: v.nullable(v.pipe(v.string(), v.maxLength(4000))),
    url: v.pipe(v.string(), v.maxLength(10_000)),
    date: v.nullable(v.pipe(v.string(), v.maxLength(40))),
  }),
  v.object({ error: v.pipe(v.string(), v.maxLength(500)) }),
]);
export type ExtractedPage = v.InferOutput<typeof ExtractedPageSchema>;
