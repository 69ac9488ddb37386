import { describe, expect, it } from 'vitest';
import { MAX_ARTICLE_BYTES } from '../text/decode';
import { type ArticleInput, articleId, newArticle, storedText, utf8Bytes } from './article';

const TEXT = 'Jane Doe, the mayor of Springfield, said: \u201CWe will rebuild.\u201D';
const NOW = new Date('2026-11-21T07:00:00.000Z');

function make(input: Partial<ArticleInput>) {
  return newArticle({ text: TEXT, origin: 'paste', ...input }, NOW);
}

function error(input: Partial<ArticleInput>): string {
  const r = make(input);
  if (r.ok) throw new Error('expected a refusal');
  return r.error;
}

describe('newArticle', () => {
  it('makes a record with a namespaced content id and normalised metadata', () => {
    const r = make({
      title: '  Springfield \n rebuilds ',
      outlet: ' The Springfield Shopper ',
      url: ' https://example.com/a?b=1 ',
      date: '2026-11-20T09:30:00Z',
      origin: 'page',
    });
    expect(r).toEqual({
      ok: true,
      value: {
        id: expect.stringMatching(/^user:[0-9a-f]{16}$/),
        title: 'Springfield rebuilds',
        outlet: 'The Springfield Shopper',
        url: 'https://example.com/a?b=1',
        date: '2026-11-20',
        addedAt: '2026-11-21T07:00:00.000Z',
        text: TEXT,
        origin: 'page',
      },
    });
  });

  it('keeps absent metadata absent: null title and outlet, no url or date key', () => {
    const r = make({ title: '   ', outlet: null, url: '', date: undefined });
    expect(r.ok && r.value).toEqual({
      id: articleId(TEXT),
      title: null,
      outlet: null,
      addedAt: NOW.toISOString(),
      text: TEXT,
      origin: 'paste',
    });
    expect(r.ok && Object.keys(r.value)).not.toContain('url');
  });

  it('cuts an overlong title at a word and marks the cut', () => {
    const r = make({ title: 'word '.repeat(200), outlet: 'x'.repeat(500) });
    expect(r.ok && r.value.title!.length).toBeLessThanOrEqual(300);
    expect(r.ok && r.value.title).toMatch(/word…$/);
    expect(r.ok && r.value.outlet!.length).toBe(120);
  });

  it('gives the same id to the same text whatever its whitespace, line ends or composition', () => {
    const a = make({ text: TEXT });
    const b = make({ text: `\uFEFF  ${TEXT.replace(/ /g, '  \r\n')}\n\n`, title: 'Other title' });
    const c = make({ text: TEXT.normalize('NFD') });
    expect(a.ok && b.ok && c.ok).toBe(true);
    if (a.ok && b.ok && c.ok) {
      expect(b.value.id).toBe(a.value.id);
      expect(c.value.id).toBe(a.value.id);
      expect(make({ text: TEXT + ' Again.' }).ok && articleId(TEXT + ' Again.')).not.toBe(a.value.id);
    }
  });

  it('does not throw on an invalid clock', () => {
    const r = newArticle({ text: TEXT, origin: 'paste' }, new Date(NaN));
    expect(r.ok && r.value.addedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('stores the text with unified line ends and trimmed ends only', () => {
    expect(storedText('\uFEFF A\r\nB\rC  \n')).toBe('A\nB\nC');
  });

  it.each([
    [{ text: '' }, 'the text is empty'],
    [{ text: ' \n\t ' }, 'the text is empty'],
    [{ text: '12 345 !!' }, 'the text has no letters in it'],
    [{ text: 'abc\u0000def' }, 'the text is not text (it holds NUL characters)'],
    [{ text: 'PK\u0003\u0004'.repeat(50) + 'abc' }, 'the file is not text'],
    [{ text: '', origin: 'file' as const }, 'the file is empty'],
    [{ url: 'javascript:alert(1)' }, '"javascript:alert(1)" is not an http(s) address'],
    [{ url: 'file:///etc/passwd' }, '"file:///etc/passwd" is not an http(s) address'],
    [{ url: 'not a url' }, '"not a url" is not a web address'],
    [{ url: `https://a.com/${'x'.repeat(2048)}` }, 'the address is over 2048 characters'],
    [{ date: '2025-02-30' }, 'the date "2025-02-30" is not a date (YYYY-MM-DD)'],
    [{ date: 'yesterday' }, 'the date "yesterday" is not a date (YYYY-MM-DD)'],
  ])('refuses %j: %s', (input, message) => {
    expect(error(input)).toBe(message);
  });

  it('refuses a text over the article limit, in the engine’s words, and counts bytes as UTF-8', () => {
    const big = 'é'.repeat(MAX_ARTICLE_BYTES / 2 + 1);
    expect(error({ text: big })).toBe('the text is 5.0 MB, over the 5.0 MB limit for one article');
    expect(utf8Bytes('aé€😀')).toBe(1 + 2 + 3 + 4);
    expect(utf8Bytes('\uD800x')).toBe(4);
  });
});
