// The popup's corpus search (issue #4) in a real browser against the built KB: a misspelled name typed
// into the combobox finds the actor in the background's search and opens the same card as the page.
import { existsSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from './browsers';
import { readBuild, type Build } from './built';
import type { SuiteOptions } from './extension-suite';

export function popupSuite({ name, executable, target, launch }: SuiteOptions): void {
  // extensionSuite reports a missing browser; this suite just stays out of the way.
  if (!existsSync(executable)) return;

  describe(`${name} popup search`, () => {
    let build: Build;
    let browser: ExtensionBrowser;

    beforeAll(async () => {
      build = readBuild(target);
      browser = await launch(build);
    });
    afterAll(async () => {
      await browser?.close();
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
  });
}
