// The extended KB kept between background wakes: a wake with the same articles does not even load the
// engine; a different set of articles, another build of the extension or a damaged entry builds again.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { buildKb } from '@/core/kb/build';
import { indexKb } from '@/core/kb';
import { readKbCache, writeKbCache } from './kb-cache';
import { LibraryService } from './library';

const bundled = indexKb(
  buildKb([
    {
      meta: { id: '000', outlet: 'The Outlet', title: null, date: '2025-11-25', dateSource: 'text' },
      text: 'Russian Foreign Minister Sergei Lavrov said, \u201CWe are ready.\u201D',
    },
  ]),
);
const QUAY = 'Ottilie Brandvold, the harbour commissioner, said: \u201CThe quay will reopen in March.\u201D';

/** The Cache API as a service worker has it, in memory. */
function fakeCaches() {
  const stores = new Map<string, Map<string, string>>();
  return {
    async open(name: string) {
      const store = stores.get(name) ?? new Map<string, string>();
      stores.set(name, store);
      return {
        async match(url: string) {
          const body = store.get(url);
          return body === undefined ? undefined : new Response(body);
        },
        async put(url: string, response: Response) {
          store.set(url, await response.text());
        },
        async delete(url: string) {
          return store.delete(url);
        },
      };
    },
    stores,
  };
}

describe('the knowledge base kept between wakes', () => {
  let caches: ReturnType<typeof fakeCaches>;
  beforeEach(() => {
    fakeBrowser.reset();
    caches = fakeCaches();
    vi.stubGlobal('caches', caches);
  });
  afterEach(() => vi.unstubAllGlobals());

  // The engine's chunk is a built file; here, the module it is built from, counting its loads.
  const engine = vi.fn(() => import('@/core/library/kb'));
  const wake = (version = '1.0.0') =>
    new LibraryService({
      bundled: async () => bundled,
      announce: async () => {},
      version: () => version,
      engine,
    });

  it('gives the next wake the same KB without loading the engine, and builds again when it must', async () => {
    const first = wake();
    await first.add({ text: QUAY, origin: 'paste' });
    const built = (await first.kb()).kb;
    await new Promise((r) => setTimeout(r, 0)); // the cache write is not waited for

    engine.mockClear();
    const build = vi.spyOn(LibraryService.prototype as unknown as { build(): unknown }, 'build');
    const warm = wake();
    expect((await warm.kb()).kb).toEqual(built);
    expect((await warm.list()).articles).toHaveLength(1);
    expect(build).not.toHaveBeenCalled();
    expect(engine).not.toHaveBeenCalled();
    // Another build of the extension (another engine) does not trust it.
    expect((await wake('1.0.1').kb()).kb).toEqual(built);
    expect(build).toHaveBeenCalledTimes(1);
    expect(engine).toHaveBeenCalledTimes(1);
    build.mockRestore();
  });

  it('never loads the engine for a reader without articles of their own', async () => {
    engine.mockClear();
    const service = wake();
    expect((await service.kb()).kb).toBe(bundled.kb);
    expect(engine).not.toHaveBeenCalled();
  });

  it('is forgotten when the last article goes, and a damaged entry is no entry', async () => {
    const service = wake();
    await service.add({ text: QUAY, origin: 'paste' });
    const id = (await service.list()).articles[0]!.id;
    await service.remove(id);
    await new Promise((r) => setTimeout(r, 0));
    expect([...caches.stores.get('footnote-kb')!.keys()]).toEqual([]);
    await writeKbCache('k', { kb: bundled.kb, problems: [] });
    expect(await readKbCache('k')).toEqual({ kb: bundled.kb, problems: [] });
    expect(await readKbCache('other')).toBeNull();
    caches.stores.get('footnote-kb')!.set('https://footnote.invalid/extended-kb.json', '{"key":"k","kb":{}');
    expect(await readKbCache('k')).toBeNull();
  });
});
