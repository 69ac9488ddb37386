// The card work (issue #3) in a real browser: the reader page opens on a cited passage with it
// highlighted, scrolled to and focused; and, where the overlay can open a card on a news page, a
// Lavrov card is saved as screenshots in light and dark themes (artifacts/, for people to look at).
import { existsSync, mkdirSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from './browsers';
import { readBuild, type Build } from './built';
import type { SuiteOptions } from './extension-suite';
import { newsPageHtml, serveHtml, type PageServer } from './news-page';

interface BuiltStatement {
  id: string;
  sourceId: string;
  speakerName: string;
  kind: string;
  start: number;
  end: number;
  text: string;
}
interface BuiltSource {
  id: string;
  title: string | null;
}

const ARTIFACTS = new URL('../../artifacts/', import.meta.url);

export function cardSuite({ name, executable, target, launch }: SuiteOptions): void {
  // extensionSuite reports a missing browser; this suite just stays out of the way.
  if (!existsSync(executable)) return;

  describe(`${name} cards`, () => {
    let build: Build;
    let browser: ExtensionBrowser;
    let site: PageServer;

    beforeAll(async () => {
      build = readBuild(target);
      site = await serveHtml(newsPageHtml('002'));
      browser = await launch(build);
    });
    afterAll(async () => {
      await browser?.close();
      await site?.close();
    });

    const statements = () => build.kb.statements as BuiltStatement[];
    // Lavrov's Anchorage quote: the passage the card's side-by-side comparison links to.
    const cited = () =>
      statements().find(
        (s) => s.kind === 'direct' && /Lavrov/.test(s.speakerName) && /Anchorage/.test(s.text),
      ) ?? statements()[0]!;

    async function reader(query: string): Promise<Page> {
      const page = await browser.browser.newPage();
      await page.setViewport({ width: 900, height: 600 });
      await browser.openExtensionPage(page, `reader.html${query}`);
      await page.waitForSelector('article.reader, .error', { timeout: 15_000 });
      return page;
    }

    it('reader page shows the source with the cited passage highlighted, in view and focused', async () => {
      const st = cited();
      const page = await reader(`?source=${st.sourceId}&start=${st.start}&end=${st.end}`);
      const seen = await page.evaluate(() => {
        const marks = [...document.querySelectorAll<HTMLElement>('mark[data-testid=passage]')];
        const rect = marks[0]?.getBoundingClientRect();
        return {
          title: document.querySelector('h1')?.textContent,
          marked: marks.map((m) => m.textContent).join(''),
          inView: !!rect && rect.top >= 0 && rect.bottom <= innerHeight,
          focused: document.activeElement === marks[0],
          statements: document.querySelectorAll('.statement').length,
          paragraphs: document.querySelectorAll('article.reader > p').length,
        };
      });
      const source = (build.kb.sources as BuiltSource[]).find((s) => s.id === st.sourceId)!;
      expect(seen).toMatchObject({
        title: source.title ?? 'Untitled',
        marked: st.text,
        inView: true,
        focused: true,
      });
      expect(seen.statements).toBeGreaterThan(0);
      expect(seen.paragraphs).toBeGreaterThan(3);
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: new URL(`reader-${name.toLowerCase()}.png`, ARTIFACTS).pathname });
      await page.close();
    });

    it('reader page says so when the corpus has no such source', async () => {
      const page = await reader('?source=nope&start=0&end=5');
      expect(await page.$eval('.error', (el) => el.textContent)).toContain('no source “nope”');
      await page.close();
    });

    it('saves screenshots of an open Lavrov card in light and dark themes', async (context) => {
      const page = await browser.browser.newPage();
      await page.setViewport({ width: 1000, height: 800 });
      await page.goto(site.url);
      await page.bringToFront();
      const at = await waitForMark(page, ['Sergey Lavrov', 'Mr. Lavrov', 'Lavrov']);
      if (!at) {
        await page.close();
        context.skip(); // The overlay marks no names in this build yet: nothing to photograph.
        return;
      }
      mkdirSync(ARTIFACTS, { recursive: true });
      const slug = name.toLowerCase();
      for (const theme of ['light', 'dark'] as const) {
        await page
          .emulateMediaFeatures([{ name: 'prefers-color-scheme', value: theme }])
          .catch(() => undefined);
        await page.mouse.move(at.x, at.y);
        const dialog = await page.waitForFunction(
          () =>
            document.querySelector('footnote-overlay')?.shadowRoot?.querySelector('[role=dialog]') ?? false,
          { timeout: 10_000, polling: 100 },
        );
        const element = dialog.asElement() as Awaited<ReturnType<Page['$']>>;
        expect(element).not.toBeNull();
        await new Promise((resolve) => setTimeout(resolve, 300));
        await element!.screenshot({ path: new URL(`card-lavrov-${slug}-${theme}.png`, ARTIFACTS).pathname });
        await page.mouse.move(1, 1);
        await page.keyboard.press('Escape');
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      expect(existsSync(new URL(`card-lavrov-${slug}-dark.png`, ARTIFACTS))).toBe(true);
      await page.close();
    });
  });
}

/** The centre of the first overlay mark showing one of `texts`, scrolled into view; null if none comes. */
async function waitForMark(
  page: Page,
  texts: string[],
  timeout = 15_000,
): Promise<{ x: number; y: number } | null> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const at = await page
      .evaluate((texts: string[]) => {
        const h = (
          globalThis as unknown as { CSS: { highlights?: Map<string, Set<Range>> } }
        ).CSS.highlights?.get('footnote-mark');
        const range = [...(h ?? [])].find((r) => texts.includes(r.toString()));
        if (!range) return null;
        range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const rect = range.getClientRects()[0]!;
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }, texts)
      .catch(() => null);
    if (at) return at;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return null;
}
