import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { storage } from 'wxt/utils/storage';
import {
  SYNC_ITEM_QUOTA,
  getDeselectedSources,
  selectionFrom,
  setDeselectedSources,
  setSourceSelected,
  watchDeselectedSources,
} from './settings';

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

  it('reports changes to watchers', async () => {
    const seen: string[][] = [];
    const stop = watchDeselectedSources((ids) => seen.push(ids));
    await setSourceSelected('004', false);
    stop();
    await setSourceSelected('000', false);
    expect(seen).toEqual([['004']]);
  });
});
