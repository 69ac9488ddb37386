import { describe, expect, it } from 'vitest';
import { type Article, newArticle } from './article';
import { add, emptyLibrary, find, list, remove } from './library';
import { MAX_LIBRARY_ARTICLES, MAX_LIBRARY_BYTES, exportBytes, serializeExport } from './limits';
import { utf8Bytes } from './article';

function article(text: string, title: string | null = 'A title', at = '2026-11-21T07:00:00.000Z'): Article {
  const r = newArticle({ text, title, outlet: 'The Outlet', origin: 'paste' }, new Date(at));
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

describe('library', () => {
  const a = article('First article text.', 'First', '2026-11-20T07:00:00.000Z');
  const b = article('Second article text.', null);

  it('adds, finds, lists newest first without texts, and removes; the old value stays as it was', () => {
    const one = add(emptyLibrary, a);
    expect(one.ok).toBe(true);
    if (!one.ok) return;
    const two = add(one.value, b);
    if (!two.ok) throw new Error(two.error);
    expect(one.value.articles).toEqual([a]);
    expect(find(two.value, b.id)).toBe(b);
    expect(list(two.value).map((s) => [s.id, s.title, s.chars])).toEqual([
      [b.id, null, b.text.length],
      [a.id, 'First', a.text.length],
    ]);
    expect(list(two.value)[0]).not.toHaveProperty('text');
    const gone = remove(two.value, a.id);
    expect(gone).toEqual({ ok: true, value: { articles: [b] } });
    expect(two.value.articles).toEqual([a, b]);
  });

  it('refuses the same text again, even under another title, naming the one already there', () => {
    const lib = { articles: [a] };
    const again = article('  First   article\ntext. ', 'Another title');
    expect(add(lib, again)).toEqual({
      ok: false,
      error: 'this text is already in your articles: “First” (The Outlet), added 2026-11-20',
    });
    expect(lib.articles).toEqual([a]);
  });

  it('says when there is nothing to remove', () => {
    expect(remove(emptyLibrary, 'user:0000000000000000')).toEqual({
      ok: false,
      error: 'no article "user:0000000000000000" in your articles',
    });
  });

  it('refuses an article that would take it over its limits', () => {
    const many = {
      articles: Array.from({ length: MAX_LIBRARY_ARTICLES }, (_, i) => article(`Text number ${i}.`)),
    };
    expect(add(many, b)).toEqual({
      ok: false,
      error: `an untitled article (The Outlet), added 2026-11-21 was not added: that makes 501 articles, over the limit of 500`,
    });
    const big = (n: number) => article(`${n} ${'word '.repeat(943_718)}`);
    const four = { articles: [1, 2, 3, 4].map(big) };
    const r = add(four, big(5));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/that makes 22\.5 MB of articles, over the 20\.0 MB limit$/);
    expect(exportBytes(four.articles)).toBeLessThanOrEqual(MAX_LIBRARY_BYTES);
  });

  it('counts the export size exactly', () => {
    const arts = [a, b, article('Ünïcödé “quotes” 😀 and\nlines\t"escapes"\\.')];
    for (const n of [0, 1, 3]) {
      expect(exportBytes(arts.slice(0, n))).toBe(utf8Bytes(serializeExport(arts.slice(0, n), new Date())));
    }
  });
});
