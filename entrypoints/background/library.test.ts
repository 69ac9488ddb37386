import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { buildKb } from '@/core/kb/build';
import { indexKb } from '@/core/kb';
import { matcherForKb } from '@/core/kb/matcher';
import { handle, request } from '@/messaging/protocol';
import { LIMITS } from '@/messaging/library-schemas';
import {
  articleId,
  MAX_LIBRARY_BYTES,
  MAX_OUTLET_CHARS,
  MAX_TITLE_CHARS,
  MAX_URL_CHARS,
} from '@/core/library';
import { MAX_ARTICLE_BYTES } from '@/core/text/decode';
import { bridgeRuntimeMessaging } from '@/messaging/runtime-bridge';
import { listSources } from './kb';
import { LibraryService } from './library';
import { matcherWithLibrary } from './library-matcher';
import { RECORD_PREFIX } from './library-store';
import { searchKb } from './search';

const bundled = indexKb(
  buildKb([
    {
      meta: { id: '000', outlet: 'The Outlet', title: null, date: '2025-11-25', dateSource: 'text' },
      text: 'Russian Foreign Minister Sergei Lavrov said, \u201CWe are ready.\u201D Lavrov met Steve Witkoff.',
    },
  ]),
);
const JANE =
  'Adaeze Okonkwo, the harbour commissioner of Port Elmsby, said: \u201CThe quay will reopen in March.\u201D';
const OTHER = 'Sergei Lavrov said Moscow was ready to talk. Lavrov added, \u201CWe want peace.\u201D';

let clock = Date.parse('2026-11-21T07:00:00.000Z');
let announced = 0;
let stops: (() => void)[] = [];

/** A fresh background (as after a worker restart) answering the library's messages. */
function start(): LibraryService {
  for (const stop of stops) stop();
  const service = new LibraryService({
    bundled: async () => bundled,
    now: () => new Date((clock += 60_000)),
    announce: async () => void announced++,
    // The engine's chunk is a built file; here, the module it is built from.
    engine: () => import('@/core/library/kb'),
  });
  stops = [
    handle('listArticles', () => service.list()),
    handle('addArticle', (input) => service.add(input)),
    handle('deleteArticle', ({ id }) => service.remove(id)),
    handle('exportArticles', () => service.exportFile()),
    handle('importArticles', ({ text }) => service.importText(text)),
    handle('getSources', async () => listSources(await service.kb())),
  ];
  return service;
}

const stored = async () => fakeBrowser.storage.local.get(null);

describe('the background library', () => {
  let service: LibraryService;
  beforeEach(() => {
    fakeBrowser.reset();
    bridgeRuntimeMessaging();
    announced = 0;
    service = start();
  });

  it('adds a pasted article: it is stored, listed, a source, searchable, and open tabs are told', async () => {
    const r = await request('addArticle', {
      text: JANE,
      title: 'Quay to reopen',
      outlet: 'Elmsby Post',
      origin: 'paste',
    });
    expect(r).toMatchObject({
      ok: true,
      message: expect.stringContaining('Added “Quay to reopen” (Elmsby Post)'),
    });
    const { articles, damaged, problems } = await request('listArticles');
    expect([damaged, problems]).toEqual([[], []]);
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({
      title: 'Quay to reopen',
      outlet: 'Elmsby Post',
      origin: 'paste',
      chars: JANE.length,
    });
    expect(articles[0]!.statements).toBeGreaterThan(0);
    const id = articles[0]!.id;
    expect(Object.keys(await stored())).toEqual([RECORD_PREFIX + id]);
    const sources = await request('getSources');
    expect(sources.map((s) => s.id)).toEqual(['000', id]);
    expect(sources.map((s) => s.dateAdded)).toEqual([undefined, true]);
    const found = searchKb(await service.kb(), { q: 'okonkwo' });
    expect(found.actors[0]).toMatchObject({ label: 'Adaeze Okonkwo' });
    const said = searchKb(await service.kb(), { q: 'quay reopen' }).statements[0];
    expect(said?.detail).toBe('Adaeze Okonkwo · Elmsby Post, added 2026-11-21');
    expect(announced).toBe(1);
    // Undated: the KB says the date is the day it was added, not a publication date.
    expect((await service.kb()).source(id)).toMatchObject({ date: '2026-11-21', dateSource: 'added' });
  });

  it('refuses an empty, an oversized and a duplicate text with their reasons, storing nothing more', async () => {
    expect(await request('addArticle', { text: '  \n ', origin: 'paste' })).toEqual({
      ok: false,
      error: 'Not added: the text is empty.',
    });
    const big = `${'Word '.repeat(1_258_292)}end.`; // 6 MB
    expect(await request('addArticle', { text: big, origin: 'paste' })).toEqual({
      ok: false,
      error: 'Not added: the text is 6.0 MB, over the 5.0 MB limit for one article.',
    });
    await request('addArticle', { text: JANE, title: 'Quay', origin: 'paste' });
    const again = await request('addArticle', {
      text: `  ${JANE}\n`,
      origin: 'page',
      url: 'https://example.com/a',
    });
    expect(again).toMatchObject({
      ok: false,
      error: expect.stringContaining('this text is already in your articles: “Quay”'),
    });
    expect(Object.keys(await stored())).toHaveLength(1);
    expect(announced).toBe(1);
  });

  it('deletes an article from storage, the list and the sources', async () => {
    await request('addArticle', { text: JANE, origin: 'paste' });
    const { id } = (await request('listArticles')).articles[0]!;
    expect(await request('deleteArticle', { id })).toMatchObject({ ok: true });
    expect(await stored()).toEqual({});
    expect((await request('listArticles')).articles).toEqual([]);
    expect((await request('getSources')).map((s) => s.id)).toEqual(['000']);
    expect(await request('deleteArticle', { id })).toMatchObject({ ok: false });
  });

  it('exports, and the export imported after deleting everything gives back exactly the same', async () => {
    await request('addArticle', { text: JANE, title: 'Quay', origin: 'paste', date: '2026-03-01' });
    await request('addArticle', {
      text: OTHER,
      outlet: 'Wire',
      origin: 'page',
      url: 'https://example.com/l',
    });
    const before = await request('listArticles');
    const file = await request('exportArticles');
    expect(file).toMatchObject({
      count: 2,
      fileName: expect.stringMatching(/^footnote-articles-2026-11-21\.json$/),
    });
    for (const a of before.articles) await request('deleteArticle', { id: a.id });
    expect((await request('listArticles')).articles).toEqual([]);
    const back = await request('importArticles', { text: file.text });
    const page = (await request('listArticles')).articles.find((a) => a.origin === 'page')!;
    expect(await service.urlOf(page.id)).toBe('https://example.com/l');
    expect(back).toMatchObject({ ok: true, message: 'Added 2 articles.' });
    expect(await request('listArticles')).toEqual(before);
    const again = await request('exportArticles');
    expect(JSON.parse(again.text).articles).toEqual(JSON.parse(file.text).articles);
    // A second import of the same file adds nothing and says so.
    expect(await request('importArticles', { text: file.text })).toMatchObject({ ok: true, added: [] });
  });

  it('a corrupt import changes nothing and says what is wrong', async () => {
    await request('addArticle', { text: JANE, origin: 'paste' });
    const snapshot = await stored();
    const list = await request('listArticles');
    const count = announced;
    const file = JSON.parse((await request('exportArticles')).text);
    file.articles.push({ ...file.articles[0], text: 'edited', title: 'Tampered' });
    for (const [text, error] of [
      [
        '{"format": "footnote-library", "version": 1, "exp',
        /^Nothing was imported: the file is not a Footnote export: it is not valid JSON/,
      ],
      ['[]', /^Nothing was imported: the file is not a Footnote export of your articles/],
      [
        JSON.stringify(file),
        /^Nothing was imported: article 2 of 2 \(“Tampered”\): its id does not match its text/,
      ],
      ['', /^Nothing was imported: the file is empty/],
    ] as const) {
      const r = await request('importArticles', { text });
      expect(r.ok).toBe(false);
      expect(!r.ok && r.error).toMatch(error);
    }
    expect(await stored()).toEqual(snapshot);
    expect(await request('listArticles')).toEqual(list);
    expect(announced).toBe(count);
  });

  it('reports a damaged stored record, keeps it untouched, and deletes it only when asked', async () => {
    const bad = 'user:00000000000000ff';
    await fakeBrowser.storage.local.set({ [RECORD_PREFIX + bad]: { v: 1, article: { id: bad, text: 3 } } });
    await fakeBrowser.storage.local.set({ [`${RECORD_PREFIX}user:1111111111111111`]: 'garbage' });
    const fresh = start();
    const { articles, damaged, problems } = await fresh.list();
    expect(articles).toEqual([]);
    expect(problems).toEqual([]);
    expect(damaged).toEqual([
      { id: bad, reason: expect.stringMatching(/^it is damaged/) },
      { id: 'user:1111111111111111', reason: 'it is not a stored article' },
    ]);
    // The KB still works (bundled), and adding another article leaves the damaged records as they were.
    expect((await fresh.kb()).kb.sources.map((s) => s.id)).toEqual(['000']);
    await fresh.add({ text: JANE, origin: 'paste' });
    expect((await stored())[RECORD_PREFIX + bad]).toEqual({ v: 1, article: { id: bad, text: 3 } });
    expect(await fresh.remove(bad)).toMatchObject({ ok: true });
    expect((await stored())[RECORD_PREFIX + bad]).toBeUndefined();
    expect((await fresh.list()).damaged).toHaveLength(1);
  });

  it('says so when an added article replaces a damaged stored copy of the same text', async () => {
    const id = articleId(JANE);
    await fakeBrowser.storage.local.set({ [RECORD_PREFIX + id]: { v: 1, article: { id } } });
    const fresh = start();
    expect((await fresh.list()).damaged.map((d) => d.id)).toEqual([id]);
    expect(await fresh.add({ text: JANE, origin: 'paste' })).toMatchObject({
      ok: true,
      message: expect.stringContaining('It replaces a damaged stored copy of the same text.'),
    });
    expect((await fresh.list()).damaged).toEqual([]);
    expect(((await stored())[RECORD_PREFIX + id] as { article: { text: string } }).article.text).toBe(JANE);
  });

  it('refuses a record from a newer Footnote without touching it', async () => {
    await fakeBrowser.storage.local.set({ [`${RECORD_PREFIX}user:2222222222222222`]: { v: 9, article: {} } });
    expect((await start().list()).damaged).toEqual([
      { id: 'user:2222222222222222', reason: 'it was stored by a newer Footnote (record version 9)' },
    ]);
  });

  it('keeps the bundled KB working when storage cannot be read, and says so', async () => {
    const get = vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValueOnce(new Error('disk on fire'));
    const fresh = start();
    expect((await fresh.kb()).kb.sources.map((s) => s.id)).toEqual(['000']);
    expect((await fresh.list()).problems).toEqual([
      'Your articles could not be read from this browser’s storage (disk on fire); cards and search use the bundled corpus alone.',
    ]);
    get.mockRestore();
  });

  it('refuses a malformed message where it arrives', async () => {
    await expect(request('addArticle', { text: JANE, origin: 'web' } as never)).rejects.toThrow();
  });
});

it('checks messages with the library’s own limits', () => {
  expect(LIMITS).toEqual({
    articleBytes: MAX_ARTICLE_BYTES,
    libraryBytes: MAX_LIBRARY_BYTES,
    titleChars: MAX_TITLE_CHARS,
    outletChars: MAX_OUTLET_CHARS,
    urlChars: MAX_URL_CHARS,
  });
});

describe('the matcher with the reader’s articles', () => {
  it('is the bundled matcher for the bundled KB, and marks a new speaker by full name', async () => {
    const common = (w: string) => ['will', 'said'].includes(w);
    const base = matcherForKb(bundled.kb, common);
    expect(matcherWithLibrary(bundled, bundled, base)).toBe(base);
    // Compiling the bundled KB with only matcher.json's verdicts gives matcher.json back.
    const again = matcherWithLibrary(indexKb(bundled.kb), bundled, base);
    expect(again).toEqual(base);
    fakeBrowser.reset();
    const service = new LibraryService({
      bundled: async () => bundled,
      announce: async () => {},
      engine: () => import('@/core/library/kb'),
    });
    await service.add({ text: JANE, origin: 'paste' });
    const data = matcherWithLibrary(await service.kb(), bundled, base);
    const okonkwo = data.ids.indexOf('adaeze-okonkwo');
    expect(okonkwo).toBeGreaterThanOrEqual(0);
    expect(data.aliases).toContainEqual(['Adaeze Okonkwo', okonkwo, 'ok']);
    // Its lone surname is not known to be no common word: it marks only in context.
    expect(data.aliases.find(([k]) => k === 'Okonkwo')?.[2] ?? 'none').not.toBe('ok');
  });
});
