// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readPage } from './read';

const PARAS = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Paragraph ${i + 1} of the harbour story: Adaeze Okonkwo, the harbour commissioner, said the quay would reopen in March after repairs to the sea wall and the cranes.</p>`,
).join('');

describe('readPage', () => {
  it('reads the article from a copy: text, title, outlet, address and date; the page stays as it was', () => {
    document.head.innerHTML =
      '<title>Quay to reopen | Elmsby Post</title><meta property="og:site_name" content="Elmsby Post">' +
      '<meta property="article:published_time" content="2026-11-20T08:00:00Z">';
    document.body.innerHTML = `<nav>Home · News</nav><article><h1>Quay to reopen</h1>${PARAS}</article><footer>© Elmsby</footer>`;
    const before = document.documentElement.outerHTML;
    const page = readPage(document);
    expect(document.documentElement.outerHTML).toBe(before);
    if ('error' in page) throw new Error(page.error);
    expect(page.outlet).toBe('Elmsby Post');
    expect(page.date).toBe('2026-11-20');
    expect(page.title).toMatch(/Quay to reopen/);
    expect(page.text).toContain('Paragraph 1 of the harbour story');
    expect(page.text.split('\n\n').length).toBeGreaterThanOrEqual(6);
    expect(page.text).not.toContain('Home · News');
  });

  it('says so when the page holds no article text', () => {
    document.head.innerHTML = '<title>Empty</title>';
    document.body.innerHTML = '';
    expect(readPage(document)).toEqual({ error: 'Footnote found no article text on this page' });
  });
});
