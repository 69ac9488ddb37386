// Keyboard shortcuts through the browser's commands API (issue #11): each command, fired as the
// browser fires it when its shortcut is pressed (browsers.ts: `command`), steps to the next and the
// previous mark and switches the marks off and on; the keys themselves reach the page untouched, in a
// text field and out of it; the options and welcome pages show the keys as bound now.
import { existsSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from './browsers';
import { readBuild } from './built';
import type { SuiteOptions } from './extension-suite';
import { fixtureRoutes } from './fixtures/pages';
import { poll } from './poll';
import { serveFixtures, type FixtureServer } from './fixtures/server';
import { card, command, marks, waitForCard, waitForMarks, waitForNoCard } from './overlay-page';

interface PageKey {
  code: string;
  in: string;
  cancelled: boolean;
}

export function commandsSuite({ name, executable, target, launch }: SuiteOptions): void {
  if (!existsSync(executable)) return;

  describe(`${name} commands`, () => {
    let browser: ExtensionBrowser;
    let site: FixtureServer;

    beforeAll(async () => {
      site = await serveFixtures(await fixtureRoutes());
      browser = await launch(readBuild(target));
    });
    afterAll(async () => {
      await browser?.close();
      await site?.close();
    });

    async function open(path: string): Promise<Page> {
      const page = await browser.browser.newPage();
      await page.goto(site.url(path));
      await page.bringToFront();
      return page;
    }

    it('next, next, previous: each command steps through the marks and opens the card with focus in it', async () => {
      const page = await open('/keys');
      await waitForMarks(page, ['Lavrov', 'Marco Rubio']);
      await command(browser, page, 'next-mark');
      expect((await waitForCard(page, 'Sergey Lavrov')).focusInCard).toBe(true);
      await command(browser, page, 'next-mark');
      expect((await waitForCard(page, 'Marco Rubio')).focusInCard).toBe(true);
      await command(browser, page, 'previous-mark');
      expect((await waitForCard(page, 'Sergey Lavrov')).focusInCard).toBe(true);
      await page.keyboard.press('Escape');
      await waitForNoCard(page);
      await page.close();
    });

    it('the marks command switches the marks off, closing the card, and on again; steps do nothing while off', async () => {
      const page = await open('/keys');
      await waitForMarks(page, ['Lavrov', 'Marco Rubio']);
      await command(browser, page, 'next-mark');
      await waitForCard(page, 'Sergey Lavrov');
      await command(browser, page, 'toggle-marks');
      await page.waitForFunction(() => !CSS.highlights.has('footnote-mark'), {
        polling: 50,
        timeout: 10_000,
      });
      await waitForNoCard(page);
      await command(browser, page, 'next-mark');
      // A step while off would open a card within this time (the first one above took far less).
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(await card(page)).toBeNull();
      await command(browser, page, 'toggle-marks');
      await waitForMarks(page, ['Lavrov', 'Marco Rubio']);
      await command(browser, page, 'next-mark');
      await waitForCard(page, 'Sergey Lavrov');
      await page.close();
    });

    it('with focus in a frame, the steps go through that frame’s marks, as its keys once did', async () => {
      const page = await open('/iframe');
      const frame = (await (await page.waitForSelector('#inner'))!.contentFrame())!;
      await waitForMarks(frame, ['Sergei Lavrov']);
      await page.focus('#inner');
      await command(browser, page, 'next-mark');
      const heading = await frame.waitForFunction(
        () =>
          document
            .querySelector('footnote-overlay')
            ?.shadowRoot?.querySelector('[role=dialog] h1, [role=dialog] h2, [role=dialog] h3')
            ?.textContent?.trim(),
        { timeout: 10_000, polling: 50 },
      );
      expect(await heading.jsonValue()).toBe('Sergey Lavrov');
      // The top page, which has no marks of its own, opened nothing.
      expect(await card(page)).toBeNull();
      await page.close();
    });

    it('the same keys typed on a page reach the page, uncancelled, in its text field and out of it', async () => {
      const page = await open('/typing');
      await waitForMarks(page, ['Lavrov', 'Marco Rubio']);
      const before = await marks(page);
      const press = async (code: 'ArrowRight' | 'ArrowLeft' | 'KeyF') => {
        await page.keyboard.down('Alt');
        await page.keyboard.down('Shift');
        await page.keyboard.press(code);
        await page.keyboard.up('Shift');
        await page.keyboard.up('Alt');
      };
      await page.focus('#field');
      for (const code of ['ArrowRight', 'ArrowLeft', 'KeyF'] as const) await press(code);
      await page.evaluate(() => (document.activeElement as HTMLElement).blur());
      for (const code of ['ArrowRight', 'KeyF'] as const) await press(code);
      await new Promise((resolve) => setTimeout(resolve, 500));
      const seen = await page.evaluate(() => (window as unknown as { __keys: PageKey[] }).__keys);
      expect(seen).toEqual([
        { code: 'ArrowRight', in: 'field', cancelled: false },
        { code: 'ArrowLeft', in: 'field', cancelled: false },
        { code: 'KeyF', in: 'field', cancelled: false },
        { code: 'ArrowRight', in: 'BODY', cancelled: false },
        { code: 'KeyF', in: 'BODY', cancelled: false },
      ]);
      // Nothing of ours answered them: no card, the marks as they were.
      expect(await card(page)).toBeNull();
      expect(await marks(page)).toEqual(before);
      await page.close();
    });

    // One section serves both pages (components/shortcuts): the same keys, words and button on each.
    for (const path of ['options.html', 'welcome.html']) {
      it(`${path} shows the keys as bound now, where to change them, and opens that place`, async () => {
        const page = await browser.browser.newPage();
        await browser.openExtensionPage(page, path);
        await page.waitForSelector('[data-testid=shortcuts] table', { timeout: 15_000 });
        const rows = await page.$$eval('[data-testid=shortcuts] tr', (trs) =>
          trs.map((tr) => [
            tr.getAttribute('data-command'),
            [...tr.querySelectorAll('kbd')].map((k) => k.textContent).join('+') ||
              tr.querySelector('td')?.textContent,
          ]),
        );
        // Chromium names the arrows "Right Arrow", Firefox "Right".
        const arrow = name === 'Chromium' ? ' Arrow' : '';
        expect(rows).toEqual([
          ['next-mark', `Alt+Shift+Right${arrow}`],
          ['previous-mark', `Alt+Shift+Left${arrow}`],
          ['toggle-marks', 'Alt+Shift+F'],
          ['_execute_action', 'not set'],
        ]);
        const how = await page.$eval('[data-testid=shortcuts]', (el) => el.textContent ?? '');
        expect(how).toContain(
          name === 'Chromium' ? 'chrome://extensions/shortcuts' : 'Manage Extension Shortcuts',
        );
        // The button opens the browser's own shortcut settings in a new tab (Firefox: its add-ons
        // manager, at the shortcuts view). Closed again, since Firefox would reuse an open one.
        const settings = name === 'Chromium' ? 'chrome://extensions/shortcuts' : 'about:addons';
        await page.click('[data-testid=shortcuts] button');
        const opened = await poll(async () => {
          const pages = await browser.browser.pages();
          const found = pages.filter((p) => p.url() === settings);
          return found.length ? found : null;
        }, 10_000);
        expect(opened?.length).toBeGreaterThan(0);
        for (const p of opened ?? []) await p.close();
        await page.close();
      });
    }
  });
}
