// Imports of damaged, foreign, duplicated and oversized files, generated: every refusal is one clear
// sentence, and the library handed in is never changed (it is frozen, and compared with a copy taken
// before). exchange.test.ts has the named cases and the export→import round trip.
// Timeouts are generous: how long the runs take is the machine's load, not what these tests check.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Article, newArticle } from './article';
import { exportLibrary, importInto, mergeImport, parseImport, type MergeResult } from './exchange';
import type { Library } from './library';
import { MAX_LIBRARY_ARTICLES } from './limits';

const NOW = new Date('2026-11-21T07:00:00.000Z');

function article(text: string, extra: { title?: string; url?: string; date?: string } = {}): Article {
  const r = newArticle({ text, title: null, outlet: null, origin: 'paste', ...extra }, NOW);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

// Texts with what JSON must escape and what UTF-16 splits: a cut can land inside any of them.
const POOL = [
  article('Jane Doe said: “We will rebuild.”\n\nThe mayor added a "quoted" \\ backslash.', {
    title: 'Springfield',
    url: 'https://example.org/a?b=1&c=%20',
    date: '2026-11-20',
  }),
  article('Сергей Лавров сказал, что Москва готова. 😀 👩‍👩‍👧 \u202Eעברית\u202C عربي', { title: '«Лавров»' }),
  article('Tab\there, a zero\u200Bwidth space, a soft\u00ADhyphen and \u2028 a line separator.'),
  ...Array.from({ length: 5 }, (_, i) => article(`Short article number ${i}. Officials said so.`)),
];

/** A deep-frozen library: any write into it inside exchange.ts would throw in strict mode. */
function frozen(articles: readonly Article[]): Library {
  return Object.freeze({ articles: Object.freeze(articles.map((a) => Object.freeze({ ...a }))) });
}

// One clear sentence: starts with what happened, names the file or the article, never leaks a value.
const CLEAR =
  /^nothing was imported: (the file (is|holds|has)\b|the file's version|article \d+ of \d+\b|articles \d+ and \d+ of the file\b|that makes \d)/;

/** Runs an import that must fail: its message must be clear, and `lib` as it was before the call. */
function refused(lib: Library, run: (lib: Library) => MergeResult): string {
  const snapshot = structuredClone(lib);
  const r = run(lib);
  if (r.ok) throw new Error('expected a refusal');
  expect(r.error).toMatch(CLEAR);
  // A value the file itself holds may be quoted ("the file's version \"NaN\""); outside the quotes,
  // no formatting slip of the code's own.
  expect(r.error.replace(/"(?:[^"\\]|\\.)*(?:"|…)/g, '""')).not.toMatch(/undefined|\[object |NaN/);
  expect(r.error.length).toBeLessThan(400);
  expect(lib).toStrictEqual(snapshot);
  return r.error;
}

const libraryFromPool = fc.subarray(POOL).map(frozen);

describe('importInto on a truncated export (property)', () => {
  it(
    'refuses every cut of a valid export with a clear message and changes nothing',
    { timeout: 60_000 },
    () => {
      const lib = frozen(POOL.slice(0, 3));
      const before = structuredClone(lib);
      const text = exportLibrary({ articles: POOL }, NOW);
      for (let cut = 0; cut < text.length; cut++) refused(lib, (l) => importInto(l, text.slice(0, cut)));
      expect(lib).toStrictEqual(before);
      expect(importInto(lib, text).ok).toBe(true);
    },
  );

  it('refuses a cut of any export of any part of the pool', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(libraryFromPool, fc.subarray(POOL, { minLength: 1 }), fc.nat(), (lib, out, at) => {
        const text = exportLibrary({ articles: out }, NOW);
        refused(lib, (l) => importInto(l, text.slice(0, at % text.length)));
      }),
      { numRuns: 300 },
    );
  });
});

describe('importInto on the wrong schema (property)', () => {
  const valid = () =>
    JSON.parse(exportLibrary({ articles: POOL.slice(0, 3) }, NOW)) as Record<string, unknown>;

  it('refuses any JSON value that is not an export', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(libraryFromPool, fc.jsonValue(), (lib, value) => {
        refused(lib, (l) => importInto(l, JSON.stringify(value) ?? 'null'));
      }),
      { numRuns: 500 },
    );
  });

  it('refuses a wrong version, a missing field and an unknown field of the file', { timeout: 60_000 }, () => {
    const TOP = ['format', 'version', 'exportedAt', 'articles'];
    const mutation = fc.oneof(
      fc.record({ set: fc.constant('version'), to: fc.jsonValue().filter((x) => x !== 1) }),
      fc.record({ set: fc.constant('format'), to: fc.jsonValue().filter((x) => x !== 'footnote-library') }),
      fc.record({ drop: fc.constantFrom(...TOP) }),
      fc.record({
        add: fc.string().filter((k) => !TOP.includes(k) && k !== '__proto__'),
        to: fc.jsonValue(),
      }),
    );
    fc.assert(
      fc.property(libraryFromPool, mutation, (lib, m) => {
        const file = valid();
        if ('set' in m) file[m.set] = m.to;
        else if ('drop' in m) delete file[m.drop];
        else file[m.add] = m.to;
        const error = refused(lib, (l) => importInto(l, JSON.stringify(file)));
        if ('add' in m && m.add.length <= 40) expect(error).toContain(JSON.stringify(m.add));
      }),
      { numRuns: 400 },
    );
  });

  it(
    'refuses a damaged article naming it, or imports exactly what the file holds',
    { timeout: 60_000 },
    () => {
      const FIELDS = ['id', 'title', 'outlet', 'url', 'date', 'addedAt', 'text', 'origin'];
      const REQUIRED = ['id', 'title', 'outlet', 'addedAt', 'text', 'origin'];
      const mutation = fc.record({
        at: fc.nat({ max: 2 }),
        change: fc.oneof(
          fc.record({ drop: fc.constantFrom(...REQUIRED) }),
          fc.record({ set: fc.constantFrom(...FIELDS), to: fc.jsonValue() }),
          fc.record({
            add: fc.string().filter((k) => !FIELDS.includes(k) && k !== '__proto__'),
            to: fc.jsonValue(),
          }),
        ),
      });
      fc.assert(
        fc.property(libraryFromPool, mutation, (lib, { at, change }) => {
          const file = valid();
          const raw = (file.articles as Record<string, unknown>[])[at]!;
          if ('drop' in change) delete raw[change.drop];
          else if ('set' in change) raw[change.set] = change.to;
          else raw[change.add] = change.to;
          const text = JSON.stringify(file);
          if (parseImport(text).ok) {
            // Only a change the schema allows passes (a new title, say), and it arrives as written.
            expect('set' in change).toBe(true);
            expect(parseImport(text)).toStrictEqual({
              ok: true,
              exportedAt: file.exportedAt,
              articles: file.articles,
            });
          } else {
            expect(refused(lib, (l) => importInto(l, text))).toMatch(
              new RegExp(`^nothing was imported: article ${at + 1} of 3\\b`),
            );
          }
        }),
        { numRuns: 500 },
      );
    },
  );
});

describe('imports with duplicated articles (property)', () => {
  it('refuses a file holding one text twice, naming both places', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(
        libraryFromPool,
        fc.subarray(POOL, { minLength: 1 }),
        fc.nat(),
        fc.nat(),
        fc.constantFrom('as is', 'retitled', 'respaced'),
        (lib, out, which, where, how) => {
          const twin = out[which % out.length]!;
          // Whitespace is not part of a text's identity: a re-spaced copy is the same article.
          const copy =
            how === 'as is'
              ? twin
              : how === 'retitled'
                ? { ...twin, title: 'Another title' }
                : { ...twin, text: twin.text.replace(/ /g, '  ') };
          const articles = [...out];
          articles.splice(where % (out.length + 1), 0, copy);
          const [i, j] = articles.flatMap((a, k) => (a.id === twin.id ? [k + 1] : []));
          const error = refused(lib, (l) => importInto(l, exportLibrary({ articles }, NOW)));
          expect(error).toContain(`articles ${i} and ${j} of the file have the same text`);
        },
      ),
      { numRuns: 300 },
    );
  });

  it(
    'merges an import overlapping the library: old ones kept as they are, new ones appended once',
    { timeout: 60_000 },
    () => {
      fc.assert(
        fc.property(libraryFromPool, fc.shuffledSubarray(POOL, { minLength: 1 }), (lib, incoming) => {
          const snapshot = structuredClone(lib);
          const parsed = parseImport(exportLibrary({ articles: incoming }, NOW));
          if (!parsed.ok) throw new Error(parsed.error);
          const r = mergeImport(lib, parsed.articles);
          if (!r.ok) throw new Error(r.error);
          const had = new Set(lib.articles.map((a) => a.id));
          expect(r.library.articles.slice(0, lib.articles.length)).toStrictEqual(lib.articles);
          expect(r.added).toStrictEqual(incoming.filter((a) => !had.has(a.id)));
          expect(r.alreadyThere).toStrictEqual(incoming.filter((a) => had.has(a.id)));
          expect(r.library.articles.slice(lib.articles.length)).toStrictEqual(r.added);
          expect(new Set(r.library.articles.map((a) => a.id)).size).toBe(r.library.articles.length);
          expect(lib).toStrictEqual(snapshot);
        }),
        { numRuns: 300 },
      );
    },
  );
});

describe('imports over the limits (property)', () => {
  // Enough distinct articles to go over the count limit with any split between library and file.
  const many = Array.from({ length: MAX_LIBRARY_ARTICLES + 20 }, (_, i) => article(`Article ${i} of many.`));

  it('adds all or nothing around the article limit', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: MAX_LIBRARY_ARTICLES }),
        fc.integer({ min: 1, max: MAX_LIBRARY_ARTICLES }),
        fc.nat({ max: 30 }),
        (have, incoming, overlap) => {
          const lib = frozen(many.slice(0, have));
          const start = Math.max(0, have - overlap);
          const file = many.slice(start, Math.min(many.length, start + incoming));
          const distinct = Math.max(have, start + file.length);
          const text = exportLibrary({ articles: file }, NOW);
          if (distinct <= MAX_LIBRARY_ARTICLES) {
            const r = importInto(lib, text);
            expect(r.ok && r.library.articles.length).toBe(distinct);
          } else {
            expect(refused(lib, (l) => importInto(l, text))).toBe(
              `nothing was imported: that makes ${distinct} articles, over the limit of ${MAX_LIBRARY_ARTICLES}`,
            );
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('adds nothing when the articles would go over the size limit', { timeout: 60_000 }, () => {
    // Five articles just under the 5 MB article limit make about 24.5 MB: over the library's 20 MB.
    const big = (n: number) => article(`${n} ${'Officials said the plan was ready. '.repeat(146_000)}`);
    const lib = frozen([big(1), big(2), big(3)]);
    const file = exportLibrary({ articles: [big(4), big(5)] }, NOW);
    expect(refused(lib, (l) => importInto(l, file))).toMatch(
      /^nothing was imported: that makes 24\.\d MB of articles, over the 20\.0 MB limit$/,
    );
  });
});
