// "Your articles" (issue #4) in a real browser against the built extension: a news page added from the
// popup puts its new speaker into search and cards (and into the open tab's marks); on the options
// page a corrupt import is refused with its reason and changes nothing; export, delete all and
// re-import the exported file give back exactly the same list.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from './browsers';
import { readBuild, type Build } from './built';
import type { SuiteOptions } from './extension-suite';
import { LIBRARY_PAGE_HTML, NEW_QUOTE, NEW_SPEAKER } from './fixtures/library-page';
import { serveHtml, type PageServer } from './news-page';
import { poll } from './poll';

const PASTED = `“We will not let the ferry service end,” said Ingmar Skovgaard, the mayor of Lillehavn, on Monday.

Skovgaard said the council would pay for the winter timetable until a new operator was found.`;

export function librarySuite({ name, executable, target, launch }: SuiteOptions): void {
  // extensionSuite reports a missing browser; this suite just stays out of the way.
  if (!existsSync(executable)) return;

  describe(`${name} your articles`, () => {
    let build: Build;
    let browser: ExtensionBrowser;
    let site: PageServer;
    let files: string;

    beforeAll(async () => {
      build = readBuild(target);
      site = await serveHtml(LIBRARY_PAGE_HTML);
      files = mkdtempSync(join(tmpdir(), 'footnote-library-'));
      browser = await launch(build);
    });
    afterAll(async () => {
      await browser?.close();
      await site?.close();
      if (files) rmSync(files, { recursive: true, force: true });
    });

    async function extensionPage(path: string): Promise<Page> {
      const page = await browser.browser.newPage();
      await browser.openExtensionPage(page, path);
      return page;
    }

    const text = (page: Page, selector: string) =>
      page.$eval(selector, (el) => el.textContent?.replace(/\s+/g, ' ').trim() ?? '').catch(() => '');

    /** The options page's article list as the reader reads it, once it is loaded and not busy. */
    const articleList = (page: Page) =>
      poll(async () => {
        const ready = await page.evaluate(() => {
          const section = document.querySelector('[data-testid=your-articles]');
          if (!section || section.getAttribute('aria-busy') === 'true') return null;
          if (section.textContent?.includes('Loading your articles')) return null;
          return document.querySelector('[data-testid=article-list]')?.textContent ?? '';
        });
        return ready;
      }, 15_000);

    async function upload(page: Page, name: string, content: string): Promise<void> {
      const path = join(files, name);
      writeFileSync(path, content);
      const input = (await page.$('#fn-files')) as ElementHandle<HTMLInputElement>;
      await input.uploadFile(path);
    }

    it('adds the page from the popup; search then finds its new speaker, whose card quotes them', async () => {
      expect(
        build.kb.actors.some((a) => a.name === NEW_SPEAKER),
        'the speaker is new',
      ).toBe(false);
      const article = await browser.browser.newPage();
      await article.goto(site.url);
      await article.waitForFunction(() => document.readyState === 'complete');

      // Opened as a tab, the popup speaks for the tab the reader was on: the article.
      const popup = await extensionPage('popup.html');
      const button = '.fn-add-page button';
      await popup.waitForSelector(button, { timeout: 15_000 });
      // The content script may still be starting in the article tab: ask again until it answers.
      const said = await poll(async () => {
        await popup.click(button);
        const status = await poll(async () => {
          const s = await text(popup, '#fn-add-status');
          return s && !s.endsWith('…') ? s : null;
        }, 30_000);
        return status?.startsWith('Footnote cannot read this tab') ? null : status;
      }, 30_000);
      expect(said).toMatch(/^Added “Port Elmsby quay to reopen in March.*” \(The Harbour Ledger\)/);

      await popup.type('[data-testid=search-input]', 'brandvold');
      await popup.waitForSelector('[data-testid=search-input][aria-expanded=true]', { timeout: 15_000 });
      expect(await popup.$eval('[role=option]', (el) => el.textContent)).toContain(NEW_SPEAKER);
      await popup.keyboard.press('ArrowDown');
      await popup.keyboard.press('Enter');
      await popup.waitForSelector('[data-testid=popup-card] h2', { timeout: 15_000 });
      expect(await text(popup, '[data-testid=popup-card] h2')).toBe(NEW_SPEAKER);
      const card = await text(popup, '[data-testid=popup-card]');
      expect(card).toContain(NEW_QUOTE);
      expect(card).toContain('The Harbour Ledger');
      expect(card).toContain('20 Nov 2026');

      // The open article tab picks up the new matcher without a reload and marks her.
      const marked = await poll(
        () =>
          article.evaluate(() => {
            const marks = [...(CSS.highlights.get('footnote-mark') ?? [])].map((r) =>
              (r as Range).toString(),
            );
            return marks.some((m) => m.includes('Brandvold')) ? marks : null;
          }),
        20_000,
      );
      expect(marked).toContain('Ottilie Brandvold');
      await popup.close();
      await article.close();
    });

    it('a pasted article is listed; a corrupt import is refused with its reason and changes nothing', async () => {
      const page = await extensionPage('options.html');
      await page.waitForSelector('#fn-paste-text', { timeout: 15_000 });
      await page.type('#fn-paste-text', PASTED);
      await page.type('.fn-paste input[type=text]', 'Ferry to keep running');
      await page.click('.fn-paste button[type=submit]');
      const added = await poll(async () => {
        const s = await text(page, '[data-testid=articles-status]');
        return s.startsWith('Added') || s.startsWith('Not') ? s : null;
      }, 30_000);
      expect(added).toMatch(/^Added “Ferry to keep running”/);
      const before = await articleList(page);
      expect(before).toContain('Ferry to keep running');
      expect(before).toContain('Port Elmsby quay to reopen in March');
      expect(before).toMatch(/unnamed outlet · added \d+ \w+ \d{4}/);
      // Both are sources of their own in the source selection above, on by default.
      const sources = await poll(async () => {
        const labels = await page.$$eval('label.source', (ls) => ls.map((l) => l.textContent ?? ''));
        return labels.length === build.kb.sources.length + 2 ? labels : null;
      }, 15_000);
      expect(sources?.find((l) => l.includes('Ferry to keep running'))).toMatch(/added \d{4}-\d{2}-\d{2}/);
      // Switched off there, its speaker leaves search; switched on, he is back.
      expect(await searchActors(page, 'skovgaard')).toContain('Ingmar Skovgaard');
      const box = await page.waitForSelector('xpath/.//label[contains(., "Ferry to keep running")]//input');
      await box!.click();
      expect(
        await poll(async () => ((await searchActors(page, 'skovgaard')).length ? null : true), 10_000),
      ).toBe(true);
      await box!.click();
      expect(
        await poll(async () => ((await searchActors(page, 'skovgaard')).length ? true : null), 10_000),
      ).toBe(true);

      await upload(
        page,
        'corrupt.json',
        '{"format":"footnote-library","version":1,"exportedAt":"2026-11-21T0',
      );
      const refused = await poll(async () => {
        const s = await text(page, '[data-testid=articles-status]');
        return s.startsWith('corrupt.json:') ? s : null;
      }, 15_000);
      expect(refused).toMatch(
        /^corrupt\.json: Nothing was imported: the file is not a Footnote export: it is not valid JSON/,
      );
      expect(await articleList(page)).toBe(before);
      await page.close();
    });

    it('export, delete all, and import of the exported file give back exactly the same list', async () => {
      const page = await extensionPage('options.html');
      await page.waitForSelector('#fn-files', { timeout: 15_000 });
      const before = await articleList(page);
      expect(before).toContain('Ferry to keep running');
      // The export is a Blob download through <a download>: catch the link's file instead of the
      // browser's save dialog, which differs between the browsers and their headless modes.
      await page.evaluate(() => {
        const w = window as unknown as { __exported: Promise<{ name: string; text: string }> };
        w.__exported = new Promise((resolve) => {
          HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
            void fetch(this.href)
              .then((r) => r.text())
              .then((text) => resolve({ name: this.download, text }));
          };
        });
      });
      const exportButton = await page.waitForSelector('xpath/.//button[text()="Export your articles"]');
      await exportButton!.click();
      const file = await page.evaluate(
        () => (window as unknown as { __exported: Promise<{ name: string; text: string }> }).__exported,
      );
      expect(file.name).toMatch(/^footnote-articles-\d{4}-\d{2}-\d{2}\.json$/);
      const exported = JSON.parse(file.text) as { format: string; articles: unknown[] };
      expect(exported.format).toBe('footnote-library');
      expect(exported.articles).toHaveLength(2);

      const deleteAll = await page.waitForSelector('xpath/.//button[text()="Delete all…"]');
      await deleteAll!.click();
      const yes = await page.waitForSelector('xpath/.//button[text()="Yes, delete"]');
      await yes!.click();
      const deleted = await poll(async () => {
        const s = await text(page, '[data-testid=articles-status]');
        return s.startsWith('Deleted') ? s : null;
      }, 30_000);
      expect(deleted).toBe('Deleted all 2 articles.');
      expect(await articleList(page)).toBe('');
      expect(await text(page, '[data-testid=your-articles]')).toContain('No articles of your own yet.');

      await upload(page, file.name, file.text);
      const imported = await poll(async () => {
        const s = await text(page, '[data-testid=articles-status]');
        return s.startsWith(`${file.name}:`) ? s : null;
      }, 30_000);
      expect(imported).toBe(`${file.name}: Added 2 articles.`);
      expect(await articleList(page)).toBe(before);
      await page.close();
    });
  });
}

/** The actor names the background's search answers for `q`, asked with a raw message from `page`. */
function searchActors(page: Page, q: string): Promise<string[]> {
  return page.evaluate(async (q: string) => {
    type Runtime = { sendMessage(message: unknown, callback: (answer: unknown) => void): void };
    const g = globalThis as unknown as { browser?: { runtime: Runtime }; chrome: { runtime: Runtime } };
    // @webext-core/messaging's wire format, as options-suite sends it.
    const answer = await new Promise<{ res?: { actors?: { label: string }[] } }>((resolve) =>
      g.chrome.runtime.sendMessage(
        { id: Date.now(), type: 'search', data: { q }, timestamp: Date.now() },
        (a) => resolve(a as { res?: { actors?: { label: string }[] } }),
      ),
    );
    return (answer.res?.actors ?? []).map((a) => a.label);
  }, q);
}
