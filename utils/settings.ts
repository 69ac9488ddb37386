// The reader's source selection, stored as the sources they switched OFF: a source added to the corpus
// later is selected by default, and the usual value (nothing deselected) costs a few bytes.
//
// Two items, by where the sources live. Bundled sources are the same on every device, so their
// switch-offs are in storage.sync and follow the reader across browsers. The reader's own articles
// ("user:" ids) are kept only in this browser, so their switch-offs are in storage.local: synced, they
// would mean nothing elsewhere, and a library of a thousand articles (PolNeAR's 1,008 texts added as
// articles, all switched off: about 24 KB of ids) would not fit sync's 8 KB per item.
import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';
import type { Selection } from '@/core/cards/items';
import { USER_ID_PREFIX } from '@/core/library/article';

const KEY = 'selectedSources';

/** storage.sync's per-item limit (QUOTA_BYTES_PER_ITEM): the key plus the value as JSON. */
export const SYNC_ITEM_QUOTA = 8192;

const IdsSchema = v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(100)));

/** Switched-off bundled sources. Before the split (v1 all along) it could hold "user:" ids too. */
export const deselectedSourcesItem = storage.defineItem<string[]>(`sync:${KEY}`, {
  fallback: [],
  version: 1,
  // Version 1 is the first stored shape; a later shape adds its upgrade here as `2: (old) => …`.
  migrations: {},
});

/** Switched-off articles of the reader's own, in this browser only. */
export const deselectedArticlesItem = storage.defineItem<string[]>('local:deselectedArticles', {
  fallback: [],
  version: 1,
  migrations: {},
});

/** Bytes an item takes against sync's per-item quota: its key and its value as JSON. */
export const syncItemBytes = (key: string, value: unknown): number =>
  key.length + new TextEncoder().encode(JSON.stringify(value)).length;

/** A value another build or a sync conflict left malformed counts as nothing switched off. */
const idsFrom = (value: unknown): string[] => {
  const result = v.safeParse(IdsSchema, value);
  return result.success ? result.output : [];
};

const union = (a: string[], b: string[]) => [...new Set([...a, ...b])].sort();

/** The deselected source ids, bundled and the reader's own. */
export async function getDeselectedSources(): Promise<string[]> {
  const [synced, local] = await Promise.all([
    deselectedSourcesItem.getValue(),
    deselectedArticlesItem.getValue(),
  ]);
  return union(idsFrom(synced), idsFrom(local));
}

/**
 * Stores the deselected ids, sorted and without repeats: the reader's own articles locally, the rest
 * in sync (which also moves any "user:" id an older build synced). Refuses, changing nothing, a sync
 * list over the per-item quota, with a message the options page can show as it is.
 */
export async function setDeselectedSources(ids: Iterable<string>): Promise<void> {
  const value = [...new Set(ids)].sort();
  v.parse(IdsSchema, value);
  const own = value.filter((id) => id.startsWith(USER_ID_PREFIX));
  const bundled = value.filter((id) => !id.startsWith(USER_ID_PREFIX));
  const bytes = syncItemBytes(KEY, bundled);
  if (bytes > SYNC_ITEM_QUOTA) {
    throw new RangeError(
      `Footnote cannot sync ${bundled.length} switched-off sources (${bytes} bytes; the browser syncs ` +
        `at most ${SYNC_ITEM_QUOTA} per setting). Nothing was changed: switch some back on, or all.`,
    );
  }
  // Only what changed is written, so watchers hear one change, not an echo of the unchanged list.
  // Local first: an id moving out of sync is never missing in between.
  const same = (a: unknown, b: string[]) => JSON.stringify(a) === JSON.stringify(b);
  if (!same(await deselectedArticlesItem.getValue(), own)) await deselectedArticlesItem.setValue(own);
  if (!same(await deselectedSourcesItem.getValue(), bundled)) await deselectedSourcesItem.setValue(bundled);
}

export async function setSourceSelected(id: string, selected: boolean): Promise<void> {
  const ids = new Set(await getDeselectedSources());
  if (selected) ids.delete(id);
  else ids.add(id);
  await setDeselectedSources(ids);
}

/** The selection core/cards filters by: 'all' while nothing is deselected, else the ids still on. */
export function selectionFrom(deselected: string[], sourceIds: string[]): Selection {
  if (deselected.length === 0) return 'all';
  const off = new Set(deselected);
  return new Set(sourceIds.filter((id) => !off.has(id)));
}

/** Calls `onChange` with all deselected ids whenever either list changes (another tab, another device). */
export function watchDeselectedSources(onChange: (ids: string[]) => void): () => void {
  // The latest of each list, so a change to one is told together with the other. A change that comes
  // before the first read of both is told once that read is in (and wins over it: it is newer).
  let synced: string[] | null = null;
  let local: string[] | null = null;
  const ready = Promise.all([deselectedSourcesItem.getValue(), deselectedArticlesItem.getValue()]).then(
    ([s, l]) => {
      synced ??= idsFrom(s);
      local ??= idsFrom(l);
    },
  );
  const tell = () => void ready.then(() => onChange(union(synced ?? [], local ?? [])));
  const stopSync = deselectedSourcesItem.watch((value) => {
    synced = idsFrom(value);
    tell();
  });
  const stopLocal = deselectedArticlesItem.watch((value) => {
    local = idsFrom(value);
    tell();
  });
  return () => {
    stopSync();
    stopLocal();
  };
}
