// The same checks for every browser: the extension's pages reach the background and show the real
// built KB, the protocol refuses malformed messages, and the content script runs on a news page
// without errors and without touching the page.
import { existsSync } from 'node:fs';
import type { ConsoleMessage, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from './browsers';
import { readBuild, type Build } from './built';
import { newsPageHtml, serveHtml, type PageServer } from './news-page';
import { chooseSearchHit, POPUP_CARD } from './popup-search';

export interface SuiteOptions {
  name: string;
  executable: string;
  target: 'chrome-mv3' | 'firefox-mv3';
  launch(build: Build): Promise<ExtensionBrowser>;
}

const READY = '[footnote] content script ready';

export function extensionSuite({ name, executable, target, launch }: SuiteOptions): void {
  if (!existsSync(executable)) {
    const why = `${name} e2e: no browser at ${executable} (apt-get install it, or set CHROMIUM_PATH / FIREFOX_PATH)`;
    // In CI a missing browser is a broken setup, not a reason to pass quietly.
    if (process.env.CI) it(name, () => expect.fail(why));
    else {
      console.warn(`SKIPPED: ${why}`);
      describe.skip(why, () => it('is skipped', () => undefined));
    }
    return;
  }

  describe(name, () => {
    let build: Build;
    let browser: ExtensionBrowser;
    let site: PageServer;

    beforeAll(async () => {
      build = readBuild(target);
      site = await serveHtml(newsPageHtml('000'));
      browser = await launch(build);
    });
    afterAll(async () => {
      await browser?.close();
      await site?.close();
    });

    async function extensionPage(path: string): Promise<Page> {
      const page = await browser.browser.newPage();
      await browser.openExtensionPage(page, path);
      await page.waitForSelector('[data-testid=kb-summary], [data-testid=kb-error]');
      return page;
    }

    const counts = (page: Page) =>
      page.$$eval('[data-testid=kb-sources], [data-testid=kb-actors], [data-testid=kb-statements]', (els) =>
        els.map((el) => Number(el.textContent)),
      );

    it('popup shows the summary of the built KB', async () => {
      const page = await extensionPage('popup.html');
      expect(await page.$('[data-testid=kb-error]')).toBeNull();
      expect(await counts(page)).toEqual([
        build.kb.sources.length,
        build.kb.actors.length,
        build.kb.statements.length,
      ]);
      await page.close();
    });

    it('popup finds an actor of the built KB by name, in any case, and opens its card', async () => {
      const name = build.kb.actors.map((a) => a.name).find((n): n is string => typeof n === 'string');
      if (!name) return; // An empty KB has nobody to look up; the summary test still covers it.
      const page = await extensionPage('popup.html');
      await chooseSearchHit(page, name.toUpperCase(), name);
      const card = await page.waitForSelector(`${POPUP_CARD} h2`, { timeout: 15_000 });
      expect(await card?.evaluate((el) => el.textContent)).toBe(name);
      await page.close();
    });

    it('options page shows the same summary', async () => {
      const page = await extensionPage('options.html');
      expect(await counts(page)).toEqual([
        build.kb.sources.length,
        build.kb.actors.length,
        build.kb.statements.length,
      ]);
      await page.close();
    });

    it('background refuses a message whose data fails validation', async () => {
      const page = await extensionPage('options.html');
      // A raw message in @webext-core/messaging's wire format, bypassing the typed `request`.
      const answer = await page.evaluate(() => {
        type Runtime = { sendMessage(message: unknown, callback: (answer: unknown) => void): void };
        const { runtime } = (globalThis as unknown as { chrome: { runtime: Runtime } }).chrome;
        return new Promise((resolve) =>
          runtime.sendMessage({ id: 1, type: 'getCard', data: 42, timestamp: Date.now() }, resolve),
        );
      });
      expect(answer).toMatchObject({ err: { name: 'ValiError' } });
      await page.close();
    });

    it('content script runs on a news page without errors and leaves the DOM alone', async () => {
      const page = await browser.browser.newPage();
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(`page error: ${String(error)}`));
      const ready = new Promise<ConsoleMessage>((resolve) =>
        page.on('console', (message) => {
          if (message.text().startsWith(READY)) resolve(message);
          // The overlay's debug lines ("[footnote] marks …") are expected; a warning or error is not.
          else if (message.type() === 'error' || message.type() === 'warn') {
            problems.push(`console ${message.type()}: ${message.text()}`);
          }
        }),
      );
      await page.goto(site.url);
      await ready;
      expect(problems).toEqual([]);
      const untouched = await page.evaluate(() => ({
        mutations: (window as unknown as { __mutations: number }).__mutations,
        shadowRoots: [...document.querySelectorAll('*')].filter((el) => el.shadowRoot).length,
      }));
      expect(untouched).toEqual({ mutations: 0, shadowRoots: 0 });
      await page.close();
    });
  });
}
