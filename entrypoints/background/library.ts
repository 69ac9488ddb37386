// The background's side of "Your articles": the library as stored, the knowledge base extended with it,
// and the five messages that list, add, delete, export and import. Changes run one at a time; each is
// stored first, then the KB is rebuilt (only new articles go through the engine: the analyses are kept
// by id across rebuilds), then every open tab is told through a storage bump, so the add message's
// answer means search, cards, the reader and the source list already see the article. The engine is
// loaded at the first rebuild that needs it (engine-loader.ts), never for a library that is empty or
// whose KB was kept from an earlier wake.
import { browser } from 'wxt/browser';
import { indexKb, type KbIndex } from '@/core/kb';
import {
  type Library,
  add,
  describe,
  describeMerge,
  exportFileName,
  exportLibrary,
  find,
  importInto,
  list,
  newArticle,
  remove,
} from '@/core/library';
import type { DocumentAnalysis } from '@/core/types';
import { KB_REVISION_KEY } from '@/messaging/library-page';
import type {
  AddArticle,
  ArticleEntry,
  LibraryChange,
  LibraryExportFile,
  LibraryList,
} from '@/messaging/library-schemas';
import { getDeselectedSources, setSourceSelected } from '@/utils/settings';
import type { Engine } from './engine-api';
import { loadEngine } from './engine-loader';
import { type Damaged, deleteRecord, loadLibrary, ordered, putArticles } from './library-store';
import { readKbCache, writeKbCache } from './kb-cache';

interface State {
  library: Library;
  damaged: Damaged[];
  ix: KbIndex;
  /** Why an article or the whole library is not in the KB, in words. */
  problems: string[];
}

export interface LibraryOptions {
  /** The bundled KB, as loaded from the package. */
  bundled: () => Promise<KbIndex>;
  now?: () => Date;
  /** Tells open tabs the KB changed; by default a bump of `local:kbRevision`. */
  announce?: () => Promise<void>;
  /** The built KB kept between wakes; by default the Cache API (kb-cache.ts). */
  kbCache?: { read: typeof readKbCache; write: typeof writeKbCache };
  /** What the cache key names the build by; by default the extension's version. */
  version?: () => string;
  /** The corpus engine; by default its chunk, loaded at the first analysis (engine-loader.ts). */
  engine?: () => Promise<Engine>;
}

/** How a whole-library failure starts, so an add or import can say it too. */
const NOT_JOINED = 'Your articles could not be joined to the knowledge base';

export class LibraryService {
  private state: Promise<State> | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly cache = new Map<string, DocumentAnalysis>();
  private readonly now: () => Date;
  private readonly announce: () => Promise<void>;
  private readonly kbCache: { read: typeof readKbCache; write: typeof writeKbCache };
  private readonly version: () => string;
  private readonly engine: () => Promise<Engine>;

  constructor(private readonly options: LibraryOptions) {
    this.now = options.now ?? (() => new Date());
    this.announce = options.announce ?? bumpRevision;
    this.kbCache = options.kbCache ?? { read: readKbCache, write: writeKbCache };
    this.version = options.version ?? extensionVersion;
    this.engine = options.engine ?? loadEngine;
  }

  /** The knowledge base everything reads: bundled plus the reader's articles. */
  async kb(): Promise<KbIndex> {
    return (await this.load()).ix;
  }

  /** The reader's page address of a source, when it is one of their articles and has one. */
  async urlOf(id: string): Promise<string | undefined> {
    return find((await this.load()).library, id)?.url;
  }

  async list(): Promise<LibraryList> {
    const s = await this.load();
    return {
      articles: entries(
        s,
        list(s.library).map((a) => a.id),
      ),
      damaged: s.damaged.map(({ id, reason }) => ({ id, reason })),
      problems: s.problems,
    };
  }

  add(input: AddArticle): Promise<LibraryChange> {
    return this.change(async (s) => {
      const made = newArticle(input, this.now());
      if (!made.ok) return { ok: false, error: `Not added: ${made.error}.` };
      const next = add(s.library, made.value);
      if (!next.ok) return { ok: false, error: `Not added: ${next.error}.` };
      await putArticles([made.value]);
      const replaced = s.damaged.some((d) => d.id === made.value.id);
      const after = await this.rebuild(s, next.value, replaced ? [made.value.id] : []);
      const left = after.problems.find((p) => p.startsWith(describe(made.value))) ?? notJoined(after);
      return {
        ok: true,
        message:
          `Added ${describe(made.value)}.` +
          (replaced ? ' It replaces a damaged stored copy of the same text.' : '') +
          (left ? ` But ${left}` : ''),
        added: entries(after, [made.value.id]),
      };
    });
  }

  remove(id: string): Promise<LibraryChange> {
    return this.change(async (s) => {
      const article = find(s.library, id);
      if (!article) {
        if (!s.damaged.some((d) => d.id === id))
          return { ok: false, error: 'That article is not in your articles.' };
        await deleteRecord(id);
        await this.rebuild(s, s.library, [id]);
        return { ok: true, message: 'The damaged stored article was deleted.' };
      }
      const next = remove(s.library, id);
      if (!next.ok) return { ok: false, error: next.error };
      await deleteRecord(id);
      this.cache.delete(id);
      await forgetSelection(id);
      await this.rebuild(s, next.value, []);
      return { ok: true, message: `Deleted ${describe(article)}.` };
    });
  }

  async exportFile(): Promise<LibraryExportFile> {
    const s = await this.load();
    const now = this.now();
    return {
      fileName: exportFileName(now),
      text: exportLibrary(s.library, now),
      count: s.library.articles.length,
    };
  }

  importText(text: string): Promise<LibraryChange> {
    return this.change(async (s) => {
      const merged = importInto(s.library, text);
      if (!merged.ok) return { ok: false, error: capital(merged.error) + '.' };
      if (!merged.added.length) return { ok: true, message: describeMerge(merged), added: [] };
      await putArticles(merged.added);
      const fixed = merged.added.filter((a) => s.damaged.some((d) => d.id === a.id)).map((a) => a.id);
      const after = await this.rebuild(s, merged.library, fixed);
      const failed = notJoined(after);
      return {
        ok: true,
        message: describeMerge(merged) + (failed ? ` But ${failed}` : ''),
        added: entries(
          after,
          merged.added.map((a) => a.id),
        ),
      };
    });
  }

  /** Loaded once per worker, then kept; a failed load is forgotten so the next message retries. */
  private load(): Promise<State> {
    this.state ??= (async () => {
      // Storage that cannot be read leaves the bundled KB working; the records stay where they are
      // (one key each, so a later add writes over none of them) for the next wake to read.
      let unread: string | null = null;
      const [bundled, stored] = await Promise.all([
        this.options.bundled(),
        loadLibrary().catch((e: unknown) => {
          unread = `Your articles could not be read from this browser’s storage (${(e as Error).message}); cards and search use the bundled corpus alone.`;
          return { library: { articles: [] }, damaged: [] };
        }),
      ]);
      const key = this.cacheKey(bundled, stored.library);
      const kept = stored.library.articles.length ? await this.kbCache.read(key) : null;
      const built = kept
        ? { ix: indexKb(kept.kb), problems: kept.problems }
        : await this.build(bundled, stored.library);
      if (!kept && !unread) void this.keep(key, bundled, built);
      const problems = unread ? [unread, ...built.problems] : built.problems;
      return { ...built, problems, library: stored.library, damaged: stored.damaged };
    })().catch((error: unknown) => {
      this.state = undefined;
      throw error;
    });
    return this.state;
  }

  /** One change at a time, so two adds never both build on the same old library. */
  private change(run: (s: State) => Promise<LibraryChange>): Promise<LibraryChange> {
    const next = this.queue.then(async () => run(await this.load()));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async rebuild(s: State, library: Library, noLongerDamaged: string[]): Promise<State> {
    const bundled = await this.options.bundled();
    const sorted = { articles: ordered(library.articles) };
    const built = await this.build(bundled, sorted);
    const after: State = {
      ...built,
      library: sorted,
      damaged: s.damaged.filter((d) => !noLongerDamaged.includes(d.id)),
    };
    this.state = Promise.resolve(after);
    void this.keep(this.cacheKey(bundled, sorted), bundled, built);
    try {
      await this.announce();
    } catch (e) {
      // Stored and rebuilt already; a tab that missed the bump sees the article after a reload.
      console.warn('[footnote] could not tell open tabs about the new articles', e);
    }
    return after;
  }

  /**
   * What a kept KB must have been built from: this build of the extension (its engine), the bundled KB
   * and exactly these articles (their ids are hashes of their texts).
   */
  private cacheKey(bundled: KbIndex, library: Library): string {
    const { sources, actors, statements } = bundled.kb;
    const ids = library.articles.map((a) => a.id).sort();
    return [this.version(), sources.length, actors.length, statements.length, ...ids].join('|');
  }

  /** Keeps a KB that joined the articles; forgets the entry when there is none to keep. */
  private keep(key: string, bundled: KbIndex, built: { ix: KbIndex; problems: string[] }): Promise<void> {
    return this.kbCache.write(
      key,
      built.ix === bundled ? null : { kb: built.ix.kb, problems: built.problems },
    );
  }

  /**
   * The bundled KB extended with `library`; if that fails (the engine, or loading it), the bundled KB
   * alone and the reason. The articles stay stored either way, and the next change or wake tries again.
   */
  private async build(bundled: KbIndex, library: Library): Promise<{ ix: KbIndex; problems: string[] }> {
    if (!library.articles.length) return { ix: bundled, problems: [] };
    const problems: string[] = [];
    try {
      const { extendKb } = await this.engine();
      const kb = extendKb(bundled.kb, library.articles, { cache: this.cache, warn: (m) => problems.push(m) });
      return { ix: indexKb(kb), problems };
    } catch (e) {
      return {
        ix: bundled,
        problems: [
          `${NOT_JOINED} (${(e as Error).message}); they are kept in this browser, and cards and search use the bundled corpus alone.`,
        ],
      };
    }
  }
}

/** The list entries of `ids`, in that order, with their counts in the KB (null when not in it). */
function entries(s: State, ids: string[]): ArticleEntry[] {
  const byId = new Map(list(s.library).map((a) => [a.id, a]));
  const actors = new Map<string, number>();
  for (const a of s.ix.kb.actors) for (const src in a.mentions) actors.set(src, (actors.get(src) ?? 0) + 1);
  return ids.flatMap((id) => {
    const a = byId.get(id);
    if (!a) return [];
    const source = s.ix.source(id);
    return [
      { ...a, statements: source ? source.statements : null, actors: source ? (actors.get(id) ?? 0) : null },
    ];
  });
}

/** The whole-library failure of `s`, worded to follow "But", if its articles could not be joined. */
function notJoined(s: State): string | undefined {
  const p = s.problems.find((p) => p.startsWith(NOT_JOINED));
  return p && p.charAt(0).toLowerCase() + p.slice(1);
}

/** A deleted source's switch-off is dropped, so re-adding the same text later shows it again. */
async function forgetSelection(id: string): Promise<void> {
  try {
    if ((await getDeselectedSources()).includes(id)) await setSourceSelected(id, true);
  } catch (e) {
    console.warn('[footnote] could not tidy the source selection', e);
  }
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function extensionVersion(): string {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return 'unknown';
  }
}

/** Open tabs' content scripts watch this key and fetch the new matcher (content/kb-watch.ts). */
async function bumpRevision(): Promise<void> {
  await browser.storage.local.set({ [KB_REVISION_KEY.slice('local:'.length)]: Date.now() });
}
