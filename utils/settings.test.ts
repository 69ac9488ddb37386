import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { storage } from 'wxt/utils/storage';
import { articleId } from '@/core/library/article';
import {
  SYNC_ITEM_QUOTA,
  deselectedArticlesItem,
  deselectedSourcesItem,
  getDeselectedSources,
  selectionFrom,
  setDeselectedSources,
  setSourceSelected,
  syncItemBytes,
  watchDeselectedSources,
} from './settings';

// CI's machine is loaded: vi.waitFor's 1 s default is too short to count on there.
const WAIT = { timeout: 15_000 };

// The bundled corpus's ids, as the build reads them.
const BUNDLED = (
  JSON.parse(readFileSync(`${__dirname}/../data/sources.json`, 'utf8')) as { sources: { id: string }[] }
).sources.map((s) => s.id);
// A library of PolNeAR's 1,008 texts added as the reader's own articles: ids as the library makes them.
const LIBRARY = Array.from({ length: 1008 }, (_, i) => articleId(`PolNeAR text ${i}`));

describe('source selection setting', () => {
  beforeEach(() => fakeBrowser.reset());

  it('selects every source until the reader deselects one', async () => {
    expect(await getDeselectedSources()).toEqual([]);
    expect(selectionFrom(await getDeselectedSources(), ['000', '001'])).toBe('all');
  });

  it('keeps deselected ids in storage.sync, sorted and without repeats', async () => {
    await setSourceSelected('003', false);
    await setSourceSelected('001', false);
    await setSourceSelected('003', false);
    expect(await getDeselectedSources()).toEqual(['001', '003']);
    expect(await fakeBrowser.storage.sync.get('selectedSources')).toEqual({
      selectedSources: ['001', '003'],
    });
    await setSourceSelected('001', true);
    expect(await getDeselectedSources()).toEqual(['003']);
  });

  it('selects a source the corpus gains later', () => {
    const selection = selectionFrom(['001'], ['000', '001', '005']);
    expect(selection).toEqual(new Set(['000', '005']));
  });

  it('is version 1 of its key, so a later shape can migrate from it', async () => {
    await setDeselectedSources(['002']);
    // What a future build would declare: WXT reads a value without version metadata as version 1.
    const v2 = storage.defineItem<{ off: string[] }>('sync:selectedSources', {
      fallback: { off: [] },
      version: 2,
      migrations: { 2: (ids: string[]) => ({ off: ids }) },
    });
    expect(await v2.getValue()).toEqual({ off: ['002'] });
    expect(await fakeBrowser.storage.sync.get('selectedSources$')).toEqual({ selectedSources$: { v: 2 } });
  });

  it('treats a malformed stored value as nothing deselected', async () => {
    await fakeBrowser.storage.sync.set({ selectedSources: { not: 'a list' } });
    expect(await getDeselectedSources()).toEqual([]);
    await fakeBrowser.storage.sync.set({ selectedSources: ['001', 42] });
    expect(await getDeselectedSources()).toEqual([]);
  });

  it('refuses a list that would not fit sync’s per-item quota', async () => {
    const many = Array.from({ length: 2000 }, (_, i) => `source-${i}`);
    await expect(setDeselectedSources(many)).rejects.toThrow(RangeError);
    expect(await getDeselectedSources()).toEqual([]);
    // A thousand-article corpus with short ids still fits most of it.
    const fits = Array.from({ length: 900 }, (_, i) => String(i).padStart(4, '0'));
    await setDeselectedSources(fits);
    expect(JSON.stringify(fits).length).toBeLessThan(SYNC_ITEM_QUOTA);
  });

  it('keeps the reader’s own articles’ switch-offs in this browser, never in sync', async () => {
    await setDeselectedSources([LIBRARY[0]!, '001']);
    expect(await fakeBrowser.storage.sync.get('selectedSources')).toEqual({ selectedSources: ['001'] });
    expect(await fakeBrowser.storage.local.get('deselectedArticles')).toEqual({
      deselectedArticles: [LIBRARY[0]],
    });
    expect(await getDeselectedSources()).toEqual(['001', LIBRARY[0]].sort());
  });

  it('switches off every bundled source and a 1,008-article library, the sync item staying small', async () => {
    const all = [...BUNDLED, ...LIBRARY];
    await setDeselectedSources(all);
    expect(await getDeselectedSources()).toEqual([...new Set(all)].sort());
    const synced = await deselectedSourcesItem.getValue();
    expect(synced).toEqual([...BUNDLED].sort());
    // Worst case for the synced item: every bundled source off. Its size depends on the bundled corpus
    // only, never on the library (24 KB of ids here, three times the quota, were it synced).
    expect(syncItemBytes('selectedSources', synced)).toBeLessThan(SYNC_ITEM_QUOTA / 10);
    expect(syncItemBytes('deselectedArticles', await deselectedArticlesItem.getValue())).toBeGreaterThan(
      SYNC_ITEM_QUOTA * 2,
    );
  });

  it('reads a v1 value synced before the split, its own-article ids included, and moves them on the next change', async () => {
    // What an earlier build wrote: one synced list, no version metadata (WXT reads that as v1).
    await fakeBrowser.storage.sync.set({ selectedSources: ['002', LIBRARY[5]!] });
    expect(await getDeselectedSources()).toEqual(['002', LIBRARY[5]].sort());
    await setSourceSelected('003', false);
    expect(await getDeselectedSources()).toEqual(['002', '003', LIBRARY[5]].sort());
    expect(await deselectedSourcesItem.getValue()).toEqual(['002', '003']);
    expect(await deselectedArticlesItem.getValue()).toEqual([LIBRARY[5]]);
  });

  it('refuses an over-quota synced list with a readable message, changing neither list', async () => {
    await setDeselectedSources(['001', LIBRARY[1]!]);
    const long = Array.from({ length: 200 }, (_, i) =>
      `a-bundled-source-with-a-long-id-${i}`.padEnd(60, 'x'),
    );
    const refusal = setDeselectedSources([...long, LIBRARY[2]!]);
    await expect(refusal).rejects.toThrow(/cannot sync 200 switched-off sources .*Nothing was changed/);
    expect(await getDeselectedSources()).toEqual(['001', LIBRARY[1]].sort());
  });

  it('reads a malformed local list as none, keeping the synced one', async () => {
    await fakeBrowser.storage.sync.set({ selectedSources: ['001'] });
    await fakeBrowser.storage.local.set({ deselectedArticles: 'user:everything' });
    expect(await getDeselectedSources()).toEqual(['001']);
  });

  it('tells watchers of changes to either list, with the other list included', async () => {
    await setSourceSelected('001', false);
    const seen: string[][] = [];
    const stop = watchDeselectedSources((ids) => seen.push(ids));
    await setSourceSelected(LIBRARY[3]!, false);
    await vi.waitFor(() => expect(seen).toEqual([['001', LIBRARY[3]].sort()]), WAIT);
    stop();
  });

  it('reports changes to watchers', async () => {
    const seen: string[][] = [];
    const stop = watchDeselectedSources((ids) => seen.push(ids));
    await setSourceSelected('004', false);
    stop();
    await setSourceSelected('000', false);
    await new Promise((resolve) => setTimeout(resolve, 20)); // a late call would land by now
    expect(seen).toEqual([['004']]);
  });
});
