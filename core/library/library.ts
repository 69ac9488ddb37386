// "Your articles" as a value: every operation returns a new library or says why it cannot, and never
// changes the one it was given, so a refused operation loses nothing.
import type { Article, Origin, Result } from './article';
import { overLimits } from './limits';

export interface Library {
  readonly articles: readonly Article[];
}

export const emptyLibrary: Library = { articles: [] };

/** What a list of articles needs, without their texts. */
export interface ArticleSummary {
  id: string;
  title: string | null;
  outlet: string | null;
  url?: string;
  date?: string;
  addedAt: string;
  origin: Origin;
  chars: number;
}

export function find(lib: Library, id: string): Article | undefined {
  return lib.articles.find((a) => a.id === id);
}

/** Adds an article, unless its text is already there or the library would be over its limits. */
export function add(lib: Library, article: Article): Result<Library> {
  const existing = find(lib, article.id);
  if (existing) return { ok: false, error: `this text is already in your articles: ${describe(existing)}` };
  const articles = [...lib.articles, article];
  const over = overLimits(articles);
  if (over) return { ok: false, error: `${describe(article)} was not added: ${over}` };
  return { ok: true, value: { articles } };
}

export function remove(lib: Library, id: string): Result<Library> {
  if (!find(lib, id)) return { ok: false, error: `no article "${id}" in your articles` };
  return { ok: true, value: { articles: lib.articles.filter((a) => a.id !== id) } };
}

/** Newest first, as the reader added them. */
export function list(lib: Library): ArticleSummary[] {
  return [...lib.articles]
    .sort((a, b) => (a.addedAt < b.addedAt ? 1 : a.addedAt > b.addedAt ? -1 : a.id < b.id ? -1 : 1))
    .map(({ text, ...meta }) => ({ ...meta, chars: text.length }));
}

/** How an article is named in messages: its title, outlet and date, as far as it has them. */
export function describe(a: Article): string {
  const title = a.title ? `“${a.title}”` : 'an untitled article';
  const outlet = a.outlet ? ` (${a.outlet})` : '';
  return `${title}${outlet}, added ${a.addedAt.slice(0, 10)}`;
}
