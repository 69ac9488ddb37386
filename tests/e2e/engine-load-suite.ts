// The corpus engine is loaded by the background only when an article is analysed (issue: the engine
// and its data must not be parsed at every background start). Against the built extension: a started
// background without articles has not loaded the engine's chunk (corpus-engine.js, which hands the
// engine over on the background's global); adding an article loads it; a restarted background whose
// kept KB matches the stored articles answers from that KB without loading it; and the next add loads
// it again, in Chrome through importScripts from what the worker kept at install, in Firefox through
// import().
import { existsSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from './browsers';
import { readBuild } from './built';
import type { SuiteOptions } from './extension-suite';

/** How a test sees and restarts one browser's background; each browser has its own way. */
export interface BackgroundProbe {
  /** Whether the running background has the engine's chunk loaded. */
  engineLoaded(page: Page): Promise<boolean>;
  /** Stops the background; the next message (or, in Firefox, the probe itself) starts it again. */
  restart(page: Page): Promise<void>;
}

/** The global corpus-engine.js sets (entrypoints/background/engine-api.ts). */
export const ENGINE_KEY = '__footnoteEngine';

const FERRY =
  '“We will not let the ferry service end,” said Ingmar Skovgaard, the mayor of Lillehavn, on Monday.';
const QUAY = 'Ottilie Brandvold, the harbour commissioner, said: “The quay will reopen in March.”';

export function engineLoadSuite({
  name,
  executable,
  target,
  launch,
  probe,
}: SuiteOptions & { probe(browser: ExtensionBrowser): BackgroundProbe }): void {
  // extensionSuite reports a missing browser; this suite just stays out of the way.
  if (!existsSync(executable)) return;

  describe(`${name} background engine`, () => {
    let browser: ExtensionBrowser;
    let background: BackgroundProbe;
    let page: Page;

    beforeAll(async () => {
      browser = await launch(readBuild(target));
      background = probe(browser);
      page = await browser.browser.newPage();
      await browser.openExtensionPage(page, 'options.html');
    });
    afterAll(() => browser?.close());

    it('loads the engine only to analyse an article, never at a start with the KB kept', async () => {
      // Chrome's worker imports the chunk while it is installed (so that later wakes may): restart
      // first, for a start like every later one.
      await background.restart(page);
      expect((await send(page, 'listArticles')) as object).toMatchObject({ articles: [] });
      expect(await background.engineLoaded(page), 'a start without articles').toBe(false);

      expect(await send(page, 'addArticle', { text: FERRY, title: 'Ferry', origin: 'paste' })).toMatchObject({
        ok: true,
        message: expect.stringMatching(/^Added “Ferry”, added [^.]*\.$/),
      });
      expect(await background.engineLoaded(page), 'after an add').toBe(true);

      await background.restart(page);
      const list = (await send(page, 'listArticles')) as { articles: { statements: number | null }[] };
      expect(list.articles).toHaveLength(1);
      expect(list.articles[0]!.statements).toBeGreaterThan(0);
      expect(await searchActors(page, 'skovgaard')).toContain('Ingmar Skovgaard');
      expect(await background.engineLoaded(page), 'a start with the KB kept').toBe(false);

      expect(await send(page, 'addArticle', { text: QUAY, title: 'Quay', origin: 'paste' })).toMatchObject({
        ok: true,
        message: expect.stringMatching(/^Added “Quay”, added [^.]*\.$/),
      });
      expect(await background.engineLoaded(page), 'after an add at a later start').toBe(true);
      expect(await searchActors(page, 'brandvold')).toContain('Ottilie Brandvold');
    });
  });
}

/** One message of the protocol, sent raw from `page` (@webext-core/messaging's wire format); its answer. */
async function send(page: Page, type: string, data?: unknown): Promise<unknown> {
  const answer = await page.evaluate(
    (type: string, data: unknown) => {
      type Runtime = { sendMessage(message: unknown, callback: (answer: unknown) => void): void };
      const g = globalThis as unknown as { chrome: { runtime: Runtime } };
      return new Promise<{ res?: unknown; err?: unknown }>((resolve) =>
        g.chrome.runtime.sendMessage({ id: Date.now(), type, data, timestamp: Date.now() }, (a) =>
          resolve(a as { res?: unknown; err?: unknown }),
        ),
      );
    },
    type,
    data,
  );
  if (answer.err) throw new Error(`${type}: ${JSON.stringify(answer.err)}`);
  return answer.res;
}

async function searchActors(page: Page, q: string): Promise<string[]> {
  const answer = (await send(page, 'search', { q })) as { actors?: { label: string }[] };
  return (answer.actors ?? []).map((a) => a.label);
}
