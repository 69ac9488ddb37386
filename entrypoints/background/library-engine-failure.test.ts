// An engine that throws on a reader's article, or that cannot be loaded at all: the add is stored and
// said, what was left out is named, and cards and search keep working on the bundled KB.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { buildKb } from '@/core/kb/build';
import { indexKb } from '@/core/kb';
import { LibraryService } from './library';
import { searchKb } from './search';

const engine = vi.hoisted(() => ({ fail: false }));
vi.mock('@/core/engine', async (original) => {
  const real = await original<typeof import('@/core/engine')>();
  return {
    ...real,
    analyze: (...args: Parameters<typeof real.analyze>) => {
      if (engine.fail) throw new Error('boom');
      return real.analyze(...args);
    },
  };
});

const bundled = indexKb(
  buildKb([
    {
      meta: { id: '000', outlet: 'The Outlet', title: null, date: '2025-11-25', dateSource: 'text' },
      text: 'Russian Foreign Minister Sergei Lavrov said, \u201CWe are ready.\u201D',
    },
  ]),
);

describe('the background library when the engine fails on an article', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps the bundled KB working and names the article left out', async () => {
    engine.fail = true;
    const service = new LibraryService({
      bundled: async () => bundled,
      announce: async () => {},
      engine: () => import('@/core/library/kb'),
    });
    const r = await service.add({ text: 'Jane Doe said so.', title: 'Springfield', origin: 'paste' });
    expect(r).toMatchObject({
      ok: true,
      message: expect.stringMatching(
        /^Added “Springfield”, added .*\. But “Springfield”, added .* was left out of the knowledge base: .*boom$/,
      ),
    });
    const list = await service.list();
    expect(list.articles[0]).toMatchObject({ title: 'Springfield', statements: null, actors: null });
    expect(list.problems).toEqual([expect.stringContaining('was left out of the knowledge base')]);
    const ix = await service.kb();
    expect(ix.kb.sources.map((s) => s.id)).toEqual(['000']);
    expect(searchKb(ix, { q: 'lavrov' }).actors[0]).toMatchObject({ label: 'Sergei Lavrov' });
    engine.fail = false;
  });

  it('keeps the articles when the engine cannot be loaded, says so, and loads it at the next change', async () => {
    let loads = 0;
    const service = new LibraryService({
      bundled: async () => bundled,
      announce: async () => {},
      // As engine-loader.ts words a chunk that would not load, the first time; then the real one.
      engine: async () => {
        if (loads++ === 0) throw new Error('the corpus engine could not be loaded: NetworkError');
        return import('@/core/library/kb');
      },
    });
    const r = await service.add({ text: 'Jane Doe said so.', title: 'Springfield', origin: 'paste' });
    expect(r).toMatchObject({
      ok: true,
      message: expect.stringMatching(
        /^Added “Springfield”, added [^.]*\. But your articles could not be joined to the knowledge base \(the corpus engine could not be loaded: NetworkError\); they are kept in this browser, and cards and search use the bundled corpus alone\.$/,
      ),
    });
    const list = await service.list();
    expect(list.articles.map((a) => a.title)).toEqual(['Springfield']);
    expect(list.problems).toEqual([
      expect.stringMatching(/^Your articles could not be joined .*NetworkError/),
    ]);
    expect(searchKb(await service.kb(), { q: 'lavrov' }).actors[0]).toMatchObject({ label: 'Sergei Lavrov' });

    // The next change loads it, and the stored article joins the KB with the new one.
    await service.add({ text: 'Ottilie Brandvold said: \u201CThe quay will reopen.\u201D', origin: 'paste' });
    expect(loads).toBe(2);
    const after = await service.list();
    expect(after.problems).toEqual([]);
    expect(after.articles.map((a) => a.statements)).not.toContain(null);
    expect(searchKb(await service.kb(), { q: 'brandvold' }).actors[0]).toMatchObject({
      label: 'Ottilie Brandvold',
    });
  });
});
