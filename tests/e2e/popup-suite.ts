// The popup (issue #4) in a real browser against the built KB: a misspelled name typed into the
// combobox finds the actor in the background's search and opens the same card as the page; "On this
// page" lists the actors a news tab marks, with counts, and brings the chosen one into view. Also the
// reader reached from the options list, and the highlight style redrawing an open tab's marks.
import { existsSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from './browsers';
import { readBuild, type Build } from './built';
import type { SuiteOptions } from './extension-suite';
import { serveHtml, type PageServer } from './news-page';
import { poll } from './poll';

// A news page with known mentions: Lavrov three times (full name with title, "Mr. Lavrov", bare
// surname), Zelensky twice, all below a screen-tall lead, so showing one has to scroll.
const ON_PAGE_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Talks resume</title></head>
<body><article>
<h1>Talks resume as envoys meet again</h1>
<p style="margin-bottom: 3000px">Negotiators met for a second day on Tuesday, officials said.</p>
<p>Foreign Minister Sergey Lavrov said Moscow would study the revised plan carefully.</p>
<p>Volodymyr Zelensky said Kyiv would not give up land it still holds.</p>
<p>Mr. Lavrov added that any deal had to address what he called the root causes.</p>
<p>Zelensky thanked allies for their help. Lavrov did not comment further.</p>
</article></body></html>`;

export function popupSuite({ name, executable, target, launch }: SuiteOptions): void {
  // extensionSuite reports a missing browser; this suite just stays out of the way.
  if (!existsSync(executable)) return;

  describe(`${name} popup, reader and reading options`, () => {
    let build: Build;
    let browser: ExtensionBrowser;
    let site: PageServer;

    beforeAll(async () => {
      build = readBuild(target);
      site = await serveHtml(ON_PAGE_HTML);
      browser = await launch(build);
    });
    afterAll(async () => {
      await browser?.close();
      await site?.close();
    });

    async function popup(): Promise<Page> {
      const page = await browser.browser.newPage();
      await browser.openExtensionPage(page, 'popup.html');
      await page.waitForSelector('[data-testid=search-input]');
      return page;
    }

    it('finds Lavrov from “lavrof” and opens his card from the keyboard', async () => {
      if (!build.kb.actors.some((a) => a.name === 'Sergey Lavrov')) return; // a KB without him
      const page = await popup();
      await page.type('[data-testid=search-input]', 'lavrof');
      // Expanded only once the answer to the whole query is in (answers to prefixes are not shown).
      await page.waitForSelector('[data-testid=search-input][aria-expanded=true]', { timeout: 15_000 });
      expect(await page.$eval('[role=option]', (el) => el.textContent)).toContain('Sergey Lavrov');
      await page.keyboard.press('ArrowDown');
      const active = await page.$eval('[data-testid=search-input]', (el) => {
        const id = el.getAttribute('aria-activedescendant');
        return id ? document.getElementById(id)?.textContent : null;
      });
      expect(active).toContain('Sergey Lavrov');
      await page.keyboard.press('Enter');
      const title = await page.waitForSelector('[data-testid=popup-card] h2', { timeout: 15_000 });
      expect(await title?.evaluate((el) => el.textContent)).toBe('Sergey Lavrov');
      await page.close();
    });

    it('lists the actors on the page with counts, and shows the chosen one there', async () => {
      const names = new Set(build.kb.actors.map((a) => a.name));
      if (!names.has('Sergey Lavrov') || !names.has('Volodymyr Zelensky')) return; // a KB without them
      const article = await browser.browser.newPage();
      await article.goto(site.url);
      await article.waitForFunction(() => (CSS.highlights.get('footnote-mark')?.size ?? 0) >= 5, {
        timeout: 20_000,
      });
      expect(await article.evaluate(() => scrollY)).toBe(0);
      // The flash lasts a moment and the test cannot promise to look in time, so the page keeps a
      // note of every flashed text it sees (a background tab's timers run at least once a second).
      await article.evaluate(() => {
        const seen: string[] = [];
        (window as unknown as { __flashed: string[] }).__flashed = seen;
        setInterval(() => {
          for (const range of CSS.highlights.get('footnote-flash') ?? []) seen.push(range.toString());
        }, 50);
      });

      // Opened as a tab, the popup speaks for the tab the reader was on: the article.
      const page = await popup();
      const entries = await page.waitForSelector('[data-testid=on-this-page] button', { timeout: 15_000 });
      expect(entries).not.toBeNull();
      const listed = await page.$$eval('[data-testid=on-this-page] button', (els) =>
        els.map((el) => el.textContent?.replace(/\s+/g, ' ').trim()),
      );
      expect(listed[0]).toBe('Sergey Lavrov ×3'); // most mentioned first
      expect(listed).toContain('Volodymyr Zelensky ×2');

      const [lavrov] = await page.$$('[data-testid=on-this-page] button');
      await lavrov!.click();
      await article.bringToFront();
      const shown = await poll(
        () =>
          article.evaluate(() => {
            const flashed = (window as unknown as { __flashed: string[] }).__flashed;
            const first = [...document.querySelectorAll('p')].find((p) => p.textContent?.includes('Lavrov'))!;
            const box = first.getBoundingClientRect();
            const inView = box.top >= 0 && box.bottom <= innerHeight;
            return flashed.length && inView ? { flashed, scrollY } : null;
          }),
        15_000,
      );
      expect(shown?.scrollY).toBeGreaterThan(1000);
      expect(shown?.flashed[0]).toMatch(/Sergey Lavrov$/);
      await page.close();
      await article.close();
    });

    it('the options list opens a source in the reader, its statements keyed by speaker', async () => {
      const options = await browser.browser.newPage();
      await browser.openExtensionPage(options, 'options.html');
      const link = await options.waitForSelector('[data-testid=source-reader-link]', { timeout: 15_000 });
      const href = await link!.evaluate((a) => (a as HTMLAnchorElement).href);
      await options.close();
      const sourceId = new URL(href).searchParams.get('source')!;
      const own = (build.kb.statements as { sourceId: string }[]).filter((s) => s.sourceId === sourceId);
      const page = await browser.browser.newPage();
      await browser.openExtensionPage(page, href.slice(browser.origin.length + 1));
      await page.waitForSelector('article.reader', { timeout: 15_000 });
      const seen = await page.evaluate(() => ({
        markers: document.querySelectorAll('[data-testid=statement-marker]').length,
        legend: [...document.querySelectorAll('[data-testid=legend-item]')].map((b) => b.textContent),
        title: document.title,
      }));
      expect(seen.markers).toBe(own.length);
      expect(seen.legend.length).toBeGreaterThan(0);
      expect(seen.title).toContain('Footnote reader');
      // The keyboard reaches the statements: Tab past the legend lands on a marker naming its speaker.
      const legendSize = seen.legend.length;
      for (let i = 0; i <= legendSize; i++) await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => ({
        testid: document.activeElement?.getAttribute('data-testid'),
        label: document.activeElement?.getAttribute('aria-label'),
        lit: document.querySelectorAll('.statement.lit').length,
      }));
      expect(focused.testid).toBe('statement-marker');
      expect(focused.label).toMatch(/, (direct quote|paraphrase|attributed claim|described stance)$/);
      expect(focused.lit).toBeGreaterThan(0);
      await page.close();
    });

    it('a highlight style chosen in the options redraws an open tab’s marks at once', async () => {
      const article = await browser.browser.newPage();
      await article.goto(site.url);
      const drawn = () =>
        article.evaluate(() =>
          ['footnote-mark', 'footnote-mark-underline', 'footnote-mark-plain'].filter(
            (name) => (CSS.highlights.get(name)?.size ?? 0) > 0,
          ),
        );
      await article.waitForFunction(() => (CSS.highlights.get('footnote-mark')?.size ?? 0) >= 5, {
        timeout: 20_000,
      });
      const options = await browser.browser.newPage();
      await browser.openExtensionPage(options, 'options.html');
      await options.waitForSelector('[data-testid=reading-highlight]', { timeout: 15_000 });
      await options.select('[data-testid=reading-highlight]', 'underline');
      const underlined = await poll(async () => {
        const names = await drawn();
        return names.join() === 'footnote-mark-underline' ? names : null;
      }, 15_000);
      expect(underlined).toEqual(['footnote-mark-underline']);
      // Back to the default, so the other checks of this browser see the usual marks.
      await options.select('[data-testid=reading-highlight]', 'background');
      expect(await poll(async () => ((await drawn()).join() === 'footnote-mark' ? true : null), 15_000)).toBe(
        true,
      );
      await options.close();
      await article.close();
    });
  });
}
