// The options page (issue #4) in a real browser: it lists every corpus source grouped by outlet, and
// deselecting an outlet there takes that outlet's statements out of the background's card answers at
// once, as another open tab sees them, with no reload of anything.
import { existsSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from './browsers';
import { readBuild, type Build } from './built';
import type { SuiteOptions } from './extension-suite';
import { poll } from './poll';

interface BuiltActor {
  id: string;
  name: string;
}

export function optionsSuite({ name, executable, target, launch }: SuiteOptions): void {
  // extensionSuite reports a missing browser; this suite just stays out of the way.
  if (!existsSync(executable)) return;

  describe(`${name} options`, () => {
    let build: Build;
    let browser: ExtensionBrowser;

    beforeAll(async () => {
      build = readBuild(target);
      browser = await launch(build);
    });
    afterAll(async () => {
      await browser?.close();
    });

    async function extensionPage(path: string): Promise<Page> {
      const page = await browser.browser.newPage();
      await browser.openExtensionPage(page, path);
      return page;
    }

    it('lists every source, grouped by outlet', async () => {
      const page = await extensionPage('options.html');
      await page.waitForSelector('[data-testid=source-selection]', { timeout: 15_000 });
      const listed = await page.$$eval('label.source', (labels) => labels.length);
      const groups = await page.$$eval('fieldset.outlet', (sets) => sets.length);
      expect(listed).toBe(build.kb.sources.length);
      expect(groups).toBeGreaterThan(1);
      await page.close();
    });

    it('refuses an invalid site pattern with a message and saves nothing', async () => {
      const page = await extensionPage('options.html');
      const area = '[data-testid=excluded-sites] textarea';
      await page.waitForSelector(area, { timeout: 15_000 });
      await page.type(area, 'https://news.example/world');
      await page.click('[data-testid=excluded-sites] button[type=submit]');
      const alert = await page.waitForSelector('[data-testid=excluded-sites] [role=alert]', {
        timeout: 5_000,
      });
      expect(await alert!.evaluate((el) => el.textContent)).toContain('without http://');
      await page.close();
    });

    it('deselecting an outlet removes its statements from another tab’s card at once', async () => {
      const actors = build.kb.actors as unknown as BuiltActor[];
      const lavrov = actors.find((a) => /Lavrov/.test(a.name))!;
      // The "open tab": an extension page that stays open throughout and asks the background directly.
      const tab = await extensionPage('popup.html');
      await tab.waitForFunction(() => document.readyState === 'complete');
      const before = await outletsOnCard(tab, lavrov.id);
      const outlet = before.find((o) => o !== null);
      expect(outlet, 'Lavrov’s card quotes a named outlet').toBeTruthy();

      const options = await extensionPage('options.html');
      const toggle = `fieldset.outlet[data-outlet="${outlet}"] [data-testid=outlet-toggle]`;
      await options.waitForSelector(toggle, { timeout: 15_000 });
      await options.click(toggle);
      await options.waitForFunction(
        (sel: string) => !document.querySelector<HTMLInputElement>(sel)?.checked,
        {},
        toggle,
      );

      const after = await poll(async () => {
        const outlets = await outletsOnCard(tab, lavrov.id);
        return outlets.includes(outlet!) ? null : outlets;
      }, 10_000);
      expect(after).not.toBeNull();
      expect(after!.length).toBeLessThan(before.length);

      // Selecting it again brings the statements back, the same way.
      await options.click(toggle);
      const restored = await poll(async () => {
        const outlets = await outletsOnCard(tab, lavrov.id);
        return outlets.includes(outlet!) ? outlets : null;
      }, 10_000);
      expect(restored?.length).toBe(before.length);
      await options.close();
      await tab.close();
    });
  });
}

/** The outlet of every item on the card of `id`, as the background answers a raw getCard message. */
function outletsOnCard(page: Page, id: string): Promise<(string | null)[]> {
  return page.evaluate(async (id: string) => {
    type Runtime = { sendMessage(message: unknown, callback: (answer: unknown) => void): void };
    const { runtime } = (globalThis as unknown as { chrome: { runtime: Runtime } }).chrome;
    // @webext-core/messaging's wire format, as extension-suite's validation test sends it.
    const answer = await new Promise<{ res?: unknown }>((resolve) =>
      runtime.sendMessage({ id: Date.now(), type: 'getCard', data: { id }, timestamp: Date.now() }, (a) =>
        resolve(a as { res?: unknown }),
      ),
    );
    const outlets: (string | null)[] = [];
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') {
        if ('statementId' in value && 'outlet' in value) outlets.push(value.outlet as string | null);
        else Object.values(value).forEach(walk);
      }
    };
    walk(answer.res);
    return outlets;
  }, id);
}
