import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { indexKb } from '@/core/kb';
import { assembleKb } from '@/core/kb/build';
import { fixtureDocs } from '@/core/kb/fixture';
import { listSources, summarize } from './kb';
import { fetchKb } from './load-kb';

const kb = assembleKb(fixtureDocs());
const ix = indexKb(kb);

describe('KB adapters', () => {
  it('counts sources, actors and statements', () => {
    expect(summarize(ix)).toEqual({
      sources: kb.sources.length,
      actors: kb.actors.length,
      statements: kb.statements.length,
    });
    expect(summarize(ix).sources).toBe(2);
  });

  it('lists every source for the options page, without its text', () => {
    const list = listSources(ix);
    expect(list).toHaveLength(kb.sources.length);
    expect(list[0]).toEqual({
      id: kb.sources[0]!.id,
      outlet: kb.sources[0]!.outlet,
      title: kb.sources[0]!.title,
      date: kb.sources[0]!.date,
      statements: kb.sources[0]!.statements,
    });
  });
});

describe('fetchKb', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    fakeBrowser.reset();
  });

  it('reads kb.json from the extension package and validates it', async () => {
    const fetch = vi.fn(async (_url: string) => Response.json(kb));
    vi.stubGlobal('fetch', fetch);
    expect(summarize(await fetchKb())).toEqual(summarize(ix));
    expect(fetch).toHaveBeenCalledOnce();
    expect(fetch.mock.calls[0]?.[0]).toMatch(/^chrome-extension:\/\/[^/]+\/kb\.json$/);
  });

  it('refuses a KB that fails the schema', async () => {
    vi.stubGlobal('fetch', async () => Response.json({ ...kb, statements: [{ text: 42 }] }));
    await expect(fetchKb()).rejects.toThrow(/invalid knowledge base at statements\[0\]/);
  });

  it('says when the package has no KB', async () => {
    vi.stubGlobal('fetch', async () => new Response('', { status: 404 }));
    await expect(fetchKb()).rejects.toThrow('kb.json: HTTP 404');
  });
});
