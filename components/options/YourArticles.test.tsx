// @vitest-environment happy-dom
import { options, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { buildKb } from '@/core/kb/build';
import { indexKb } from '@/core/kb';
import { LibraryService } from '@/entrypoints/background/library';
import { handle } from '@/messaging/protocol';
import { bridgeRuntimeMessaging } from '@/messaging/runtime-bridge';
import { YourArticles } from './YourArticles';
import { fromHtml, kindOf } from './YourArticlesFiles';

const bundled = indexKb(
  buildKb([
    {
      meta: { id: '000', outlet: 'The Outlet', title: null, date: '2025-11-25', dateSource: 'text' },
      text: 'Russian Foreign Minister Sergei Lavrov said, \u201CWe are ready.\u201D',
    },
  ]),
);
const QUAY = 'Adaeze Okonkwo, the harbour commissioner, said: \u201CThe quay will reopen in March.\u201D';

const $ = <T extends Element>(sel: string) => document.querySelector<T>(sel)!;
const status = () => $('[data-testid=articles-status]').textContent;

// Preact runs effects a frame after a render (requestAnimationFrame, or 35 ms), which a loaded
// machine can put after the test's next step. Here they run right after their render, so once the
// page shows what a step waits for, its effects (the confirm button's focus) have run too.
options.requestAnimationFrame = (flush) => void Promise.resolve().then(flush);

// Events go through act(), which flushes the renders they cause before it returns: a click after
// typing sees what was typed.
async function type(sel: string, value: string) {
  await act(() => {
    const el = $<HTMLInputElement>(sel);
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
const click = (sel: string) => act(() => $<HTMLButtonElement>(sel).click());

// The library answers through messaging and hashing, in its own time on a loaded machine: each step
// waits for what the page shows, with room to spare.
const until = (check: () => boolean) =>
  vi.waitFor(
    () => {
      if (!check()) throw new Error(`not yet: ${$('#app').textContent}`);
    },
    { timeout: 15_000 },
  );

describe('YourArticles', () => {
  let stops: (() => void)[] = [];
  beforeEach(async () => {
    fakeBrowser.reset();
    bridgeRuntimeMessaging();
    const service = new LibraryService({
      bundled: async () => bundled,
      announce: async () => {},
      engine: () => import('@/core/library/kb'),
    });
    stops = [
      handle('listArticles', () => service.list()),
      handle('addArticle', (input) => service.add(input)),
      handle('deleteArticle', ({ id }) => service.remove(id)),
      handle('importArticles', ({ text }) => service.importText(text)),
    ];
    document.body.innerHTML = '<div id="app"></div>';
    render(<YourArticles revision={0} onChange={() => {}} />, $('#app'));
    await until(() => !!document.querySelector('[data-testid=your-articles] textarea'));
  });
  afterEach(() => {
    for (const stop of stops) stop();
    render(null, $('#app'));
  });

  it('adds a pasted article, lists it with "added" and its counts, and clears the form', async () => {
    await type('#fn-paste-text', QUAY);
    await type('input[type=text]', 'Quay to reopen');
    await click('.fn-paste button[type=submit]');
    await until(() => status().includes('Added'));
    expect(status()).toContain('Added “Quay to reopen”');
    await until(() => !!document.querySelector('[data-testid=article-list] li'));
    const item = $('[data-testid=article-list] li').textContent!;
    expect(item).toContain('Quay to reopen');
    expect(item).toMatch(/unnamed outlet · added \d+ \w{3} \d{4}/);
    expect(item).toMatch(/\d+ statements?, \d+ actors?/);
    expect($<HTMLTextAreaElement>('#fn-paste-text').value).toBe('');
  });

  it('says why an empty paste is refused and keeps what was typed', async () => {
    await type('input[type=text]', 'Kept');
    await click('.fn-paste button[type=submit]');
    await until(() => status().includes('Not added'));
    expect(status()).toBe('Not added: the text is empty.');
    expect($<HTMLInputElement>('input[type=text]').value).toBe('Kept');
  });

  it('deletes only after the reader confirms', async () => {
    await type('#fn-paste-text', QUAY);
    await click('.fn-paste button[type=submit]');
    await until(() => !!document.querySelector('[data-testid=article-list] li'));
    await click('[data-testid=article-list] li button');
    await until(() => document.activeElement?.textContent === 'Yes, delete');
    await act(() => (document.activeElement as HTMLButtonElement).click());
    await until(() => status().startsWith('Deleted'));
    await until(() => !document.querySelector('[data-testid=article-list]'));
    expect($('[data-testid=your-articles]').textContent).toContain('No articles of your own yet.');
    expect(document.activeElement?.textContent).toBe('Your 0 articles');
  });
});

describe('files', () => {
  it('are taken by their extension', () => {
    expect(['a.JSON', 'b.txt', 'c.md', 'd.htm', 'e.pdf'].map(kindOf)).toEqual([
      'import',
      'text',
      'text',
      'html',
      null,
    ]);
  });

  it('an HTML page gives its article, or says it has none', () => {
    const para = `<p>${QUAY} The commissioner spoke at length about the repairs, the cranes and the sea wall.</p>`;
    const page = fromHtml(
      `<html><head><title>Quay</title><meta property="og:site_name" content="Elmsby Post"></head><body><article>${para.repeat(5)}</article></body></html>`,
    );
    expect(page).toMatchObject({ outlet: 'Elmsby Post', text: expect.stringContaining('Adaeze Okonkwo') });
    expect(fromHtml('<html><body></body></html>')).toBe('Footnote found no article text in this page');
  });
});
