// Where the reader's own articles live: storage.local (with `unlimitedStorage`, so the 20 MB library
// limit is the only one), one key per article ("article:user:0123…"), each record versioned.
//
// Why storage.local and not IndexedDB: it is the same promise API in both browsers, needs no schema
// or upgrade dance, and runs under WXT's fakeBrowser, so the store is unit-tested as it runs.
// Why one key per article and not one item for the whole library: every change to storage.local is
// delivered, with its old and new values, to every context listening to storage changes, and the
// content script of every open tab listens (site switch, reading settings). One item would push the
// whole library (up to 20 MB, twice) into every tab at each add; one key per article pushes that one
// article. A write is one `set` or `remove` of one key, so a crash never leaves half an article.
//
// Whatever is read back is checked (schema, id against text, key against id). A record that fails is
// reported and left exactly as it is: never deleted or written over unless the reader deletes it.
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { type Article, ArticleSchema, articleId, type Library } from '@/core/library';

export const RECORD_PREFIX = 'article:';
/** Version of the stored record `{ v, article }`. A later shape adds its upgrade to `MIGRATIONS`. */
export const RECORD_VERSION = 1;
const MIGRATIONS: Record<number, (old: unknown) => unknown> = {};

export interface Damaged {
  /** The article id in the key, which is what deleting it takes. */
  id: string;
  reason: string;
}

export interface Loaded {
  library: Library;
  damaged: Damaged[];
}

type Area = Pick<typeof browser.storage.local, 'get' | 'set' | 'remove'>;
const local = (): Area => browser.storage.local;

/** Oldest first (then by id): the order an export lists them in, whatever order storage gives. */
export function ordered(articles: readonly Article[]): Article[] {
  return [...articles].sort((a, b) =>
    a.addedAt < b.addedAt ? -1 : a.addedAt > b.addedAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
}

/** Every stored article that reads back whole; the others named with what is wrong with them. */
export async function loadLibrary(area: Area = local()): Promise<Loaded> {
  const all = await area.get(null);
  const articles: Article[] = [];
  const damaged: Damaged[] = [];
  for (const [key, raw] of Object.entries(all)) {
    if (!key.startsWith(RECORD_PREFIX)) continue;
    const id = key.slice(RECORD_PREFIX.length);
    const read = readRecord(id, raw);
    if (typeof read === 'string') damaged.push({ id, reason: read });
    else articles.push(read);
  }
  damaged.sort((a, b) => (a.id < b.id ? -1 : 1));
  return { library: { articles: ordered(articles) }, damaged };
}

/** The article in a stored record, or why it cannot be used. */
export function readRecord(id: string, raw: unknown): Article | string {
  let record = raw as { v?: unknown; article?: unknown } | null;
  if (typeof record !== 'object' || record === null || typeof record.v !== 'number') {
    return 'it is not a stored article';
  }
  if (record.v > RECORD_VERSION) return `it was stored by a newer Footnote (record version ${record.v})`;
  for (let from = record.v; from < RECORD_VERSION; from++) {
    const up = MIGRATIONS[from + 1];
    if (!up) return `its record version ${record.v} cannot be upgraded`;
    record = up(record) as typeof record;
  }
  const parsed = v.safeParse(ArticleSchema, record!.article);
  if (!parsed.success) return `it is damaged (${parsed.issues[0].message})`;
  const article = parsed.output;
  if (article.id !== articleId(article.text)) return 'its text does not match its id';
  if (article.id !== id) return 'it is stored under another article’s key';
  return article;
}

/** Stores articles, one key each, in one write. */
export async function putArticles(articles: readonly Article[], area: Area = local()): Promise<void> {
  if (!articles.length) return;
  await area.set(
    Object.fromEntries(articles.map((a) => [RECORD_PREFIX + a.id, { v: RECORD_VERSION, article: a }])),
  );
}

export async function deleteRecord(id: string, area: Area = local()): Promise<void> {
  await area.remove(RECORD_PREFIX + id);
}
