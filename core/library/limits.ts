// How much "Your articles" holds. The library is held to the import limits, so whatever it holds
// exports to a file that imports again: export then import always gives back what was there.
import { type Article, mb, utf8Bytes } from './article';

export const MAX_LIBRARY_ARTICLES = 500;
/** The largest export file, and so the largest library (five full-size articles, or hundreds of usual ones). */
export const MAX_LIBRARY_BYTES = 20 * 1024 * 1024;

export const FORMAT = 'footnote-library';
export const FORMAT_VERSION = 1;

export interface LibraryExport {
  format: typeof FORMAT;
  version: typeof FORMAT_VERSION;
  exportedAt: string;
  articles: Article[];
}

/** The export file's text: compact JSON, keys in this order, which exportBytes counts on. */
export function serializeExport(articles: readonly Article[], now: Date): string {
  const data: LibraryExport = {
    format: FORMAT,
    version: FORMAT_VERSION,
    exportedAt: now.toISOString(),
    articles: [...articles],
  };
  return JSON.stringify(data);
}

// An article is immutable once made, so its size is counted once.
const sizes = new WeakMap<Article, number>();
const ENVELOPE = utf8Bytes(serializeExport([], new Date(0)));

/** The exact size in bytes of the export of `articles`, without building it. */
export function exportBytes(articles: readonly Article[]): number {
  let n = ENVELOPE + Math.max(0, articles.length - 1);
  for (const a of articles) {
    let s = sizes.get(a);
    if (s === undefined) sizes.set(a, (s = utf8Bytes(JSON.stringify(a))));
    n += s;
  }
  return n;
}

/** Why a library of `articles` would be too big, or null. */
export function overLimits(articles: readonly Article[]): string | null {
  if (articles.length > MAX_LIBRARY_ARTICLES) {
    return `that makes ${articles.length} articles, over the limit of ${MAX_LIBRARY_ARTICLES}`;
  }
  const bytes = exportBytes(articles);
  if (bytes > MAX_LIBRARY_BYTES) {
    return `that makes ${mb(bytes)} of articles, over the ${mb(MAX_LIBRARY_BYTES)} limit`;
  }
  return null;
}
