import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Article, newArticle } from './article';
import {
  describeMerge,
  exportFileName,
  exportLibrary,
  importInto,
  importSizeProblem,
  mergeImport,
  parseImport,
} from './exchange';
import { type Library, add, emptyLibrary } from './library';
import { MAX_LIBRARY_BYTES } from './limits';

const NOW = new Date('2026-11-21T07:00:00.000Z');

function article(text: string, title: string | null = 'Title'): Article {
  const r = newArticle({ text, title, outlet: null, origin: 'file' }, NOW);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

const a = article('Jane Doe, the mayor of Springfield, said: “We will rebuild.”', 'Springfield');
const b = article('Sergei Lavrov said Moscow was ready.', null);
const lib: Library = { articles: [a, b] };

/** An export of `articles` as they are, bypassing every check, to make damaged files. */
function file(articles: unknown[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    format: 'footnote-library',
    version: 1,
    exportedAt: NOW.toISOString(),
    articles,
    ...extra,
  });
}

function refusal(text: string): string {
  const r = parseImport(text);
  if (r.ok) throw new Error('expected a refusal');
  return r.error;
}

describe('parseImport refuses a bad file with one clear message', () => {
  it.each([
    ['an empty file', '', 'the file is empty'],
    ['whitespace', '  \n', 'the file is empty'],
    ['binary', '\u0000\u0001PK\u0003', /^the file is not a Footnote export: it is not valid JSON \(.+\)$/],
    [
      'cut short',
      exportLibrary(lib, NOW).slice(0, 100),
      /^the file is not a Footnote export: it is not valid JSON/,
    ],
    [
      'a JSON list',
      '[1, 2]',
      'the file is not a Footnote export of your articles (it has no "format": "footnote-library")',
    ],
    ['another JSON', '{"version":1,"sources":[]}', /it has no "format": "footnote-library"/],
    ['JSON null', 'null', /it has no "format"/],
    [
      'a newer version',
      file([a], { version: 2 }),
      'the file is a version 2 export, newer than this Footnote reads (version 1): update Footnote',
    ],
    [
      'a bad version',
      file([a], { version: '1' }),
      'the file\'s version "1" is not a version of the export format',
    ],
    [
      // The property test's counterexample: the file's own value is quoted, whatever it spells.
      'a version that spells NaN',
      file([a], { version: 'NaN' }),
      'the file\'s version "NaN" is not a version of the export format',
    ],
    ['no articles', file([]), 'the file holds no articles'],
    [
      'articles not a list',
      file([], { articles: {} }),
      'the file is damaged: its "articles" should be a list',
    ],
    [
      'a bad export date',
      file([a], { exportedAt: 'today' }),
      'the file is damaged: its "exportedAt" should be an ISO timestamp',
    ],
    [
      'an unknown top-level field',
      file([a], { extra: 1 }),
      'the file is damaged: it has a field "extra" this Footnote does not know',
    ],
    ['a non-object article', file([a, 7]), 'article 2 of 2: it is not an article'],
    [
      'a missing text',
      file([a, { ...b, text: undefined }]),
      `article 2 of 2 (${b.id}): its "text" is missing`,
    ],
    [
      'a bad url',
      file([{ ...a, url: 'javascript:alert(1)' }]),
      'article 1 of 1 (“Springfield”): its "url" should be an http(s) address',
    ],
    [
      'a bad origin',
      file([b, { ...a, origin: 'web' }]),
      'article 2 of 2 (“Springfield”): its "origin" should be "page", "paste" or "file"',
    ],
    [
      'a bad date',
      file([{ ...a, date: '2025-13-01' }]),
      'article 1 of 1 (“Springfield”): its "date" should be a YYYY-MM-DD date',
    ],
    ['an empty title', file([{ ...a, title: '' }]), /^article 1 of 1 \(.+\): its "title" should be /],
    [
      'a long title',
      file([{ ...a, title: 'x'.repeat(301) }]),
      /its "title" should be at most 300 characters$/,
    ],
    [
      'an unknown field',
      file([{ ...a, note: 'hi' }]),
      'article 1 of 1 (“Springfield”): it has a field "note" this Footnote does not know',
    ],
    [
      'a foreign id',
      file([{ ...a, id: '000' }]),
      'article 1 of 1 (“Springfield”): its "id" should be "user:" and 16 hex digits',
    ],
    [
      'an edited text',
      file([{ ...a, text: a.text + ' Or not.' }]),
      'article 1 of 1 (“Springfield”): its id does not match its text; the file was changed',
    ],
    ['an empty text', file([{ ...a, text: '' }]), 'article 1 of 1 (“Springfield”): the text is empty'],
    [
      'a binary text',
      file([{ ...a, text: '\u0001\u0002'.repeat(20) + 'x' }]),
      'article 1 of 1 (“Springfield”): the file is not text',
    ],
    [
      'the same text twice',
      file([a, b, { ...a, title: 'Another title' }]),
      'articles 1 and 3 of the file have the same text (“Another title”)',
    ],
    [
      'too many articles',
      file(Array.from({ length: 501 }, () => a)),
      'the file holds 501 articles, over the limit of 500',
    ],
  ])('%s', (_, text, message) => {
    if (typeof message === 'string') expect(refusal(text)).toBe(message);
    else expect(refusal(text)).toMatch(message);
  });

  it('an oversized file, before parsing it', () => {
    const huge = ' '.repeat(MAX_LIBRARY_BYTES + 1);
    expect(refusal(huge)).toBe('the file is 20.0 MB, over the 20.0 MB limit for an import');
    expect(refusal('é'.repeat(MAX_LIBRARY_BYTES / 2 + 10))).toMatch(/over the 20\.0 MB limit for an import$/);
    expect(importSizeProblem(25 * 1024 * 1024)).toBe(
      'the file is 25.0 MB, over the 20.0 MB limit for an import',
    );
    expect(importSizeProblem(0)).toBe('the file is empty');
    expect(importSizeProblem(1000)).toBeNull();
  });
});

describe('mergeImport', () => {
  it('adds what is new, reports what was already there (kept as it was), changes nothing given', () => {
    const before = { articles: [a] };
    const imported = parseImport(exportLibrary({ articles: [{ ...a, title: 'Renamed' }, b] }, NOW));
    if (!imported.ok) throw new Error(imported.error);
    const r = mergeImport(before, imported.articles);
    expect(r).toEqual({
      ok: true,
      library: { articles: [a, b] },
      added: [b],
      alreadyThere: [{ ...a, title: 'Renamed' }],
    });
    expect(r.ok && describeMerge(r)).toBe('Added 1 article; 1 article already there were left as they are.');
    expect(before.articles).toEqual([a]);
    const again = mergeImport({ articles: [a, b] }, imported.articles);
    expect(again.ok && describeMerge(again)).toBe(
      'Nothing new: the 2 articles of the file are already in your articles.',
    );
  });

  it('adds nothing when the result would be over the limits', () => {
    const many = Array.from({ length: 499 }, (_, i) => article(`Text ${i}.`));
    const r = mergeImport({ articles: many }, [a, b]);
    expect(r).toEqual({
      ok: false,
      error: 'nothing was imported: that makes 501 articles, over the limit of 500',
    });
  });
});

describe('importInto', () => {
  it('refuses a corrupt file with its reason and leaves the library as it was', () => {
    const before = exportLibrary(lib, NOW);
    const corrupt = before.slice(0, before.length / 2) + '\u0000\uFFFD' + before.slice(before.length / 2 + 5);
    const r = importInto(lib, corrupt);
    expect(r).toEqual({
      ok: false,
      error: expect.stringMatching(
        /^nothing was imported: the file is not a Footnote export: it is not valid JSON/,
      ),
    });
    expect(exportLibrary(lib, NOW)).toBe(before);
  });

  it('imports a good file whole', () => {
    const r = importInto({ articles: [b] }, exportLibrary(lib, NOW));
    expect(r).toMatchObject({ ok: true, library: { articles: [b, a] }, added: [a], alreadyThere: [b] });
  });
});

describe('export then import', () => {
  it('gives back exactly what was there, as a file named by the day', () => {
    const imported = parseImport(exportLibrary(lib, NOW));
    expect(imported).toEqual({ ok: true, exportedAt: NOW.toISOString(), articles: lib.articles });
    const r = mergeImport(emptyLibrary, imported.ok ? imported.articles : []);
    expect(r.ok && r.library).toStrictEqual(lib);
    expect(exportFileName(NOW)).toBe('footnote-articles-2026-11-21.json');
  });

  it('gives back exactly what was there for any library (property)', { timeout: 60_000 }, () => {
    const input = fc.record({
      text: fc.string({ minLength: 1, maxLength: 200, unit: 'grapheme' }).map((s) => `a${s}`),
      title: fc.option(fc.string({ maxLength: 400, unit: 'grapheme' })),
      outlet: fc.option(fc.string({ maxLength: 200 })),
      url: fc.option(
        fc.webUrl({ validSchemes: ['http', 'https'], withQueryParameters: true, withFragments: true }),
      ),
      date: fc.option(
        fc
          .date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10)),
      ),
      origin: fc.constantFrom('page' as const, 'paste' as const, 'file' as const),
      at: fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
    });
    fc.assert(
      fc.property(fc.array(input, { maxLength: 12 }), (inputs) => {
        let library = emptyLibrary;
        for (const { at, ...x } of inputs) {
          const made = newArticle(x, at);
          if (!made.ok) continue;
          const next = add(library, made.value);
          if (next.ok) library = next.value;
        }
        const text = exportLibrary(library);
        const parsed = parseImport(text);
        if (!library.articles.length) {
          expect(parsed).toEqual({ ok: false, error: 'the file holds no articles' });
          return;
        }
        if (!parsed.ok) throw new Error(parsed.error);
        const back = mergeImport(emptyLibrary, parsed.articles);
        expect(back.ok && back.library).toStrictEqual(library);
        expect(
          exportLibrary(back.ok ? back.library : emptyLibrary, new Date(JSON.parse(text).exportedAt)),
        ).toBe(text);
      }),
      { numRuns: 200 },
    );
  });
});
