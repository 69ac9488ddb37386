import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { disabledSites, isSiteEnabled, setSiteEnabled, siteKey, watchSite } from './site-settings';

describe('site settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('enables every site until the reader switches one off', async () => {
    expect(await isSiteEnabled('news.example')).toBe(true);
    await setSiteEnabled('www.News.example', false);
    expect(await isSiteEnabled('news.example')).toBe(false);
    expect(await isSiteEnabled('other.example')).toBe(true);
    expect(await disabledSites.getValue()).toEqual(['news.example']);
    await setSiteEnabled('news.example', true);
    expect(await isSiteEnabled('news.example')).toBe(true);
    expect(await disabledSites.getValue()).toEqual([]);
  });

  it('keeps one entry per site however often it is switched off', async () => {
    await setSiteEnabled('a.example', false);
    await setSiteEnabled('a.example', false);
    expect(await disabledSites.getValue()).toEqual(['a.example']);
  });

  it('tells a watcher about its own site at once', async () => {
    const seen: boolean[] = [];
    const unwatch = watchSite('a.example', (on) => seen.push(on));
    await setSiteEnabled('b.example', false);
    await setSiteEnabled('a.example', false);
    await setSiteEnabled('a.example', true);
    unwatch();
    expect(seen).toEqual([true, false, true]);
  });

  it('stores in local storage, never sync', async () => {
    await setSiteEnabled('a.example', false);
    expect(await fakeBrowser.storage.local.get('disabledSites')).toEqual({ disabledSites: ['a.example'] });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    expect(siteKey('WWW.A.example')).toBe('a.example');
  });
});
