// "Your articles" (issue #4) across the message boundary: what the popup and the options page ask the
// background to list, add, delete, export and import, and what it answers. The texts are bounded by
// the library's own limits, so a stray message cannot hand the background more than an import could.
import * as v from 'valibot';

// The library's limits (core/library), repeated rather than imported: protocol.ts is in the content
// script, which must not carry the library's code. library.test.ts checks they agree.
export const LIMITS = {
  articleBytes: 5 * 1024 * 1024,
  libraryBytes: 20 * 1024 * 1024,
  titleChars: 300,
  outletChars: 120,
  urlChars: 2048,
};

const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(100));
// Generous: a title is cut to its limit by newArticle, so a long one is shortened, not refused.
const Label = (max: number) => v.optional(v.nullable(v.pipe(v.string(), v.maxLength(max * 4))));

export const AddArticleSchema = v.object({
  // Well over one article's limit, so an oversized text reaches newArticle, which says by how much.
  text: v.pipe(v.string(), v.maxLength(LIMITS.libraryBytes)),
  title: Label(LIMITS.titleChars),
  outlet: Label(LIMITS.outletChars),
  url: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(LIMITS.urlChars)))),
  date: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(40)))),
  origin: v.picklist(['page', 'paste', 'file']),
});
export type AddArticle = v.InferOutput<typeof AddArticleSchema>;

export const ArticleRequestSchema = v.object({ id: Id });

export const ImportRequestSchema = v.object({
  text: v.pipe(v.string(), v.maxLength(LIMITS.libraryBytes)),
});

/** One article as the options page lists it: no text; counts from the knowledge base it joined. */
export const ArticleEntrySchema = v.object({
  id: Id,
  title: v.nullable(v.string()),
  outlet: v.nullable(v.string()),
  url: v.optional(v.string()),
  date: v.optional(v.string()),
  addedAt: v.string(),
  origin: v.picklist(['page', 'paste', 'file']),
  chars: Count,
  /** null when the article is not in the knowledge base (the engine failed on it). */
  statements: v.nullable(Count),
  actors: v.nullable(Count),
});
export type ArticleEntry = v.InferOutput<typeof ArticleEntrySchema>;

export const LibraryListSchema = v.object({
  articles: v.array(ArticleEntrySchema),
  /** Stored records that do not read back whole: kept as they are until the reader deletes them. */
  damaged: v.array(v.object({ id: Id, reason: v.string() })),
  /** What else could not be used, in words: an article the engine failed on, a KB not extended. */
  problems: v.array(v.string()),
});
export type LibraryList = v.InferOutput<typeof LibraryListSchema>;

/** The outcome of a change: a sentence for the reader either way, and the article added, if one. */
export const LibraryChangeSchema = v.variant('ok', [
  v.object({
    ok: v.literal(true),
    message: v.string(),
    added: v.optional(v.array(ArticleEntrySchema)),
  }),
  v.object({ ok: v.literal(false), error: v.string() }),
]);
export type LibraryChange = v.InferOutput<typeof LibraryChangeSchema>;

export const LibraryExportSchema = v.object({
  fileName: v.string(),
  text: v.string(),
  count: Count,
});
export type LibraryExportFile = v.InferOutput<typeof LibraryExportSchema>;
