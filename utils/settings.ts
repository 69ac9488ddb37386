// The reader's source selection, kept in storage.sync so it follows them across their browsers.
// Stored as the sources they switched OFF: a source added to the corpus later is selected by default,
// and the usual value (nothing deselected) costs a few bytes of the sync quota.
import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';
import type { Selection } from '@/core/cards/items';

const KEY = 'selectedSources';

/** storage.sync's per-item limit (QUOTA_BYTES_PER_ITEM): the key plus the value as JSON. */
export const SYNC_ITEM_QUOTA = 8192;

const IdsSchema = v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(100)));

export const deselectedSourcesItem = storage.defineItem<string[]>(`sync:${KEY}`, {
  fallback: [],
  version: 1,
  // Version 1 is the first stored shape; a later shape adds its upgrade here as `2: (old) => …`.
  migrations: {},
});

/** The deselected source ids. A value another build or a sync conflict left malformed counts as none. */
export async function getDeselectedSources(): Promise<string[]> {
  const result = v.safeParse(IdsSchema, await deselectedSourcesItem.getValue());
  return result.success ? result.output : [];
}

/** Stores the deselected ids, sorted and without repeats; refuses a list over the sync quota. */
export async function setDeselectedSources(ids: Iterable<string>): Promise<void> {
  const value = [...new Set(ids)].sort();
  v.parse(IdsSchema, value);
  const bytes = KEY.length + new TextEncoder().encode(JSON.stringify(value)).length;
  if (bytes > SYNC_ITEM_QUOTA) {
    throw new RangeError(
      `${value.length} deselected sources need ${bytes} bytes, over sync's ${SYNC_ITEM_QUOTA}`,
    );
  }
  await deselectedSourcesItem.setValue(value);
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

/** Calls `onChange` with the new deselected ids whenever the setting changes (another tab, another device). */
export function watchDeselectedSources(onChange: (ids: string[]) => void): () => void {
  return deselectedSourcesItem.watch((value) => {
    const result = v.safeParse(IdsSchema, value);
    onChange(result.success ? result.output : []);
  });
}
