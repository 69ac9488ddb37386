import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { storage } from 'wxt/utils/storage';
import {
  DEFAULT_READING,
  HIGHLIGHTS,
  MAX_HOVER_DELAY,
  MODIFIERS,
  THEMES,
  getReading,
  modifierHeld,
  readingItem,
  setReading,
  watchReading,
} from './reading';
import { SYNC_ITEM_QUOTA, syncItemBytes } from './settings';

const keys = { altKey: false, shiftKey: false, ctrlKey: false, metaKey: false };

describe('reading setting', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts with the behaviour from before the setting', async () => {
    expect(await getReading()).toEqual(DEFAULT_READING);
  });

  it('stores a change in storage.sync, well under the per-item quota', async () => {
    await setReading({ hoverDelay: 800, modifier: 'alt' });
    expect(await getReading()).toEqual({ ...DEFAULT_READING, hoverDelay: 800, modifier: 'alt' });
    const stored = await fakeBrowser.storage.sync.get('reading');
    expect(JSON.stringify(stored).length).toBeLessThan(200);
  });

  it('refuses an out-of-range delay and keeps the stored value', async () => {
    await expect(setReading({ hoverDelay: 99_999 })).rejects.toThrow();
    expect((await getReading()).hoverDelay).toBe(300);
  });

  it('falls back field by field when a stored value is malformed', async () => {
    await fakeBrowser.storage.sync.set({ reading: { hoverDelay: 'slow', theme: 'dark' } });
    expect(await getReading()).toEqual({ ...DEFAULT_READING, theme: 'dark' });
  });

  it('is version 1 of its key, so a later shape can migrate from it', async () => {
    await setReading({ theme: 'light' });
    const v2 = storage.defineItem<{ look: string }>('sync:reading', {
      fallback: { look: 'system' },
      version: 2,
      migrations: { 2: (old: { theme: string }) => ({ look: old.theme }) },
    });
    expect(await v2.getValue()).toEqual({ look: 'light' });
    void readingItem;
  });

  it('stays far under the per-item quota with its longest value', async () => {
    const longest = <T extends string>(xs: readonly T[]) =>
      xs.reduce((a, b) => (b.length > a.length ? b : a));
    await setReading({
      hoverDelay: MAX_HOVER_DELAY,
      modifier: longest(MODIFIERS),
      highlight: longest(HIGHLIGHTS),
      theme: longest(THEMES),
    });
    const stored = await fakeBrowser.storage.sync.get(null);
    for (const [key, value] of Object.entries(stored)) {
      expect(syncItemBytes(key, value)).toBeLessThan(SYNC_ITEM_QUOTA / 40);
    }
    expect(Object.keys(stored)).toContain('reading');
  });

  it('reads a v1 value stored without version metadata as it was written', async () => {
    const v1 = { hoverDelay: 600, modifier: 'ctrl', highlight: 'underline', theme: 'dark' };
    await fakeBrowser.storage.sync.set({ reading: v1 });
    expect(await getReading()).toEqual(v1);
  });

  it('falls back to the defaults for a value that is not an object at all', async () => {
    for (const junk of [null, 'fast', 42, ['alt']]) {
      await fakeBrowser.storage.sync.set({ reading: junk });
      expect(await getReading()).toEqual(DEFAULT_READING);
    }
  });

  it('reports changes and tells whether the modifier is held', async () => {
    const seen: string[] = [];
    const stop = watchReading((r) => seen.push(r.modifier));
    await setReading({ modifier: 'shift' });
    stop();
    expect(seen).toEqual(['shift']);
    const reading = await getReading();
    expect(modifierHeld(reading, keys)).toBe(false);
    expect(modifierHeld(reading, { ...keys, shiftKey: true })).toBe(true);
    expect(modifierHeld(DEFAULT_READING, keys)).toBe(true);
  });
});
