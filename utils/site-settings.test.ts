import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  disabledSites,
  isSiteEnabled,
  parsePatterns,
  setSiteEnabled,
  siteKey,
  siteScope,
  watchSite,
} from './site-settings';

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

describe('site scope and exclusion patterns', () => {
  beforeEach(() => fakeBrowser.reset());

  it('runs only on listed sites in "listed" mode, exclusions winning', async () => {
    await siteScope.setValue({ mode: 'listed', sites: ['*.news.example', 'paper.example'] });
    await disabledSites.setValue(['sport.news.example']);
    expect(await isSiteEnabled('www.paper.example')).toBe(true);
    expect(await isSiteEnabled('world.news.example')).toBe(true);
    expect(await isSiteEnabled('sport.news.example')).toBe(false);
    expect(await isSiteEnabled('other.example')).toBe(false);
  });

  it('lets the popup switch a site on in "listed" mode and past a wildcard exclusion', async () => {
    await siteScope.setValue({ mode: 'listed', sites: [] });
    await disabledSites.setValue(['*.a.example']);
    await setSiteEnabled('b.a.example', true);
    expect(await isSiteEnabled('b.a.example')).toBe(true);
    expect(await siteScope.getValue()).toEqual({ mode: 'listed', sites: ['b.a.example'] });
    expect(await disabledSites.getValue()).toEqual([]);
  });

  it('tells a watcher when the scope leaves its site out', async () => {
    const seen: boolean[] = [];
    const unwatch = watchSite('a.example', (on) => seen.push(on));
    await siteScope.setValue({ mode: 'listed', sites: ['b.example'] });
    await siteScope.setValue({ mode: 'everywhere', sites: ['b.example'] });
    unwatch();
    expect(seen).toEqual([false, true]);
  });

  it('reads an unversioned or malformed scope as "everywhere"', async () => {
    await fakeBrowser.storage.local.set({ siteScope: { mode: 'nowhere' } });
    expect(await isSiteEnabled('a.example')).toBe(true);
  });

  it('reads a malformed exclusion list as none, and a scope with non-text sites as "everywhere"', async () => {
    await fakeBrowser.storage.local.set({ disabledSites: 'a.example' });
    expect(await isSiteEnabled('a.example')).toBe(true);
    await fakeBrowser.storage.local.set({ disabledSites: ['a.example', 7] });
    expect(await isSiteEnabled('a.example')).toBe(true);
    await setSiteEnabled('b.example', false); // a switch-off rewrites the list cleanly
    expect(await disabledSites.getValue()).toEqual(['b.example']);
    await fakeBrowser.storage.local.set({ siteScope: { mode: 'listed', sites: [null] } });
    expect(await isSiteEnabled('c.example')).toBe(true);
  });

  it('keeps a watcher working through a malformed value', async () => {
    const seen: boolean[] = [];
    const unwatch = watchSite('a.example', (on) => seen.push(on));
    await fakeBrowser.storage.local.set({ disabledSites: { a: 1 } });
    await fakeBrowser.storage.local.set({ siteScope: 'listed' });
    await setSiteEnabled('a.example', false);
    unwatch();
    expect(seen).toEqual([true, true, false]);
  });

  it('reads a v1 exclusion list of host names from before patterns, unversioned, as patterns', async () => {
    await fakeBrowser.storage.local.set({ disabledSites: ['news.example', 'paper.example'] });
    expect(await isSiteEnabled('www.news.example')).toBe(false);
    expect(await isSiteEnabled('sport.news.example')).toBe(true); // a host name is not a wildcard
    expect(await isSiteEnabled('paper.example')).toBe(false);
  });

  it('validates a pattern list: all saved or, with any invalid line, none and the reasons', () => {
    expect(parsePatterns('b.example\n\n*.A.example\nb.example')).toEqual({
      ok: true,
      patterns: ['*.a.example', 'b.example'],
    });
    const bad = parsePatterns('ok.example\nhttp://x.example/');
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.errors).toHaveLength(1);
  });
});
