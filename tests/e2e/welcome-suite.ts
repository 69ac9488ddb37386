// The first run (issue #11): installing opens the welcome page, once; its example paragraph, marked by
// the real matcher, opens a real card from the bundled corpus by hover, by keyboard and by tap; axe
// finds nothing serious on it at a phone's width; the popup and the options page link back to it.
import { existsSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeFindings, runAxe, serious } from './axe';
import type { ExtensionBrowser } from './browsers';
import { readBuild } from './built';
import type { SuiteOptions } from './extension-suite';

const PHONE = { width: 390, height: 844, isMobile: true, hasTouch: true, deviceScaleFactor: 1 };
const CARD_HEADING = '[data-testid=example-card] [role=dialog] h2';

export function welcomeSuite({ name, executable, target, launch }: SuiteOptions): void {
  // extensionSuite reports a missing browser; this suite just stays out of the way.
  if (!existsSync(executable)) return;

  describe(`${name} welcome page`, () => {
    let browser: ExtensionBrowser;

    beforeAll(async () => {
      browser = await launch(readBuild(target));
    });
    afterAll(async () => {
      await browser?.close();
    });

    async function welcome(viewport: Parameters<Page['setViewport']>[0] = { width: 1000, height: 800 }) {
      const page = await browser.browser.newPage();
      await page.setViewport(viewport);
      await browser.openExtensionPage(page, 'welcome.html');
      await page.bringToFront();
      await page.waitForSelector('.fn-mark', { timeout: 15_000 });
      return page;
    }

    const heading = (page: Page) =>
      page
        .waitForSelector(CARD_HEADING, { timeout: 15_000 })
        .then((h) => h!.evaluate((el) => el.textContent?.trim() ?? ''));

    it('installing opened it, once, and it says what Footnote does, its keys and that nothing leaves', async () => {
      // Counted by the launcher as the browser installed the build (browsers.ts, settleWelcome).
      expect(browser.welcomeTabs).toBe(1);
      const page = await welcome();
      const text = await page.evaluate(() => document.body.textContent ?? '');
      expect(text).toContain('nothing you read or add is sent anywhere');
      // The keys as the browser has them bound (Chrome spells the arrow out, "Right Arrow").
      expect(text).toMatch(/Alt\+Shift\+(?:→|Right)/);
      expect(await page.$eval('[data-testid=options-link]', (a) => (a as HTMLAnchorElement).href)).toBe(
        `${browser.origin}/options.html`,
      );
      await page.close();
    });

    it('a mark opens its real card when the mouse rests on it', async () => {
      const page = await welcome();
      const marks = await page.$$('.fn-mark');
      const texts = await Promise.all(marks.map((m) => m.evaluate((el) => el.textContent)));
      const lavrov = texts.indexOf('Sergei Lavrov');
      expect(lavrov, texts.join(', ')).toBeGreaterThanOrEqual(0);
      await marks[lavrov]!.hover();
      expect(await heading(page)).toMatch(/^Serge[iy] Lavrov$/);
      await page.close();
    });

    it('a mark opens its card from the keyboard, and Esc closes it back to the mark', async () => {
      const page = await welcome();
      let focused = false;
      for (let i = 0; i < 12 && !focused; i++) {
        await page.keyboard.press('Tab');
        focused = await page.evaluate(() => !!document.activeElement?.classList.contains('fn-mark'));
      }
      expect(focused).toBe(true);
      expect(await heading(page)).not.toBe('');
      await page.focus('[data-testid=example-card] .fn-card');
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !document.querySelector('[data-testid=example-card] .fn-card'));
      expect(await page.evaluate(() => document.activeElement?.classList.contains('fn-mark'))).toBe(true);
      await page.close();
    });

    it('a tap on a mark opens its card at phone width, and axe finds nothing serious there', async () => {
      const page = await welcome(PHONE);
      const at = await page.$eval('.fn-mark', (el) => {
        const r = el.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      });
      await page.touchscreen.tap(at.x, at.y);
      expect(await heading(page)).not.toBe('');
      const width = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      expect(width.scroll).toBeLessThanOrEqual(width.client);
      const report = await runAxe(page);
      expect(serious(report.violations), describeFindings('welcome', report.violations)).toEqual([]);
      expect(report.passed['color-contrast'] ?? 0).toBeGreaterThan(10);
      await page.close();
    });

    it('axe finds nothing serious with a card open under a dark system theme', async (context) => {
      const page = await welcome();
      // Firefox over BiDi cannot emulate the colour scheme per page (the a11y suite launches a dark
      // Firefox for that); this check is Chromium's.
      await page
        .emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }])
        .catch(() => undefined);
      if (!(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches))) {
        await page.close();
        context.skip();
        return;
      }
      await page.click('.fn-mark');
      await heading(page);
      const report = await runAxe(page);
      expect(serious(report.violations), describeFindings('welcome, dark', report.violations)).toEqual([]);
      expect(report.passed['color-contrast'] ?? 0).toBeGreaterThan(10);
      await page.close();
    });

    for (const path of ['popup.html', 'options.html']) {
      it(`${path} links to it`, async () => {
        const page = await browser.browser.newPage();
        await browser.openExtensionPage(page, path);
        const href = await page
          .waitForSelector('[data-testid=welcome-link]', { timeout: 15_000 })
          .then((a) => a!.evaluate((el) => (el as HTMLAnchorElement).href));
        expect(href).toBe(`${browser.origin}/welcome.html`);
        await page.close();
      });
    }
  });
}
