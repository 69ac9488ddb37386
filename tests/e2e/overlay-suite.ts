// The overlay (issue #3) in a real browser, on fixture pages served from 127.0.0.1: the right names
// are marked and no others, cards open from the pointer and the keyboard, the page's DOM gains only
// our host, hostile pages (CSS, CSP, React re-renders, iframes, infinite scroll) keep working, and no
// request leaves the browser.
import { existsSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from './browsers';
import { readBuild, type Build } from './built';
import type { SuiteOptions } from './extension-suite';
import { fixtureRoutes, SEEDS } from './fixtures/pages';
import { serveFixtures, type FixtureServer, type Route } from './fixtures/server';
import {
  changes,
  markCenter,
  marks,
  recordChanges,
  command,
  waitForCard,
  waitForMarks,
  waitForNoCard,
} from './overlay-page';

const HOST_ADDED = ['html +footnote-overlay'];

export function overlaySuite({ name, executable, target, launch }: SuiteOptions): void {
  // extensionSuite reports a missing browser; this suite just stays out of the way.
  if (!existsSync(executable)) return;

  describe(`${name} overlay`, () => {
    let build: Build;
    let browser: ExtensionBrowser;
    let site: FixtureServer;
    let routes: Record<string, Route>;
    /** Requests to anything but the fixture server and the extension itself. */
    const offsite: string[] = [];
    const problems: string[] = [];

    beforeAll(async () => {
      build = readBuild(target);
      routes = await fixtureRoutes();
      site = await serveFixtures(routes);
      browser = await launch(build);
    });
    afterAll(async () => {
      await browser?.close();
      await site?.close();
    });

    const allowed = (url: string) =>
      url.startsWith(`${site.origin}/`) || /^(chrome-extension|moz-extension|data|about|blob):/.test(url);

    async function open(path: string): Promise<Page> {
      const page = await browser.browser.newPage();
      await page.evaluateOnNewDocument(recordChanges);
      page.on('request', (request) => {
        if (!allowed(request.url())) offsite.push(request.url());
      });
      page.on('pageerror', (error) => {
        // Firefox reports the strict-CSP page's own favicon as blocked: the browser's request, not ours.
        if (!/favicon/.test(String(error))) problems.push(`${path}: page error: ${String(error)}`);
      });
      page.on('console', (message) => {
        const text = message.text();
        if ((message.type() === 'error' || message.type() === 'warn') && !/favicon/.test(text)) {
          problems.push(`${path}: console ${message.type()}: ${text}`);
        }
      });
      await page.goto(site.url(path));
      // Headless tabs in the background get no rendering steps: no scroll events, no frames.
      await page.bringToFront();
      return page;
    }

    it('marks the names on a news page, split, possessive and in a shadow root, and nothing in its traps', async () => {
      const page = await open('/news');
      await waitForMarks(page, ['Volodymyr Zelensky', 'Sergei Lavrov', 'Putin', 'Lavrov', 'Keir Starmer']);
      const wrong = await page.evaluate(() => {
        const negatives = document.getElementById('negatives')!;
        return [...CSS.highlights.get('footnote-mark')!]
          .filter((r) => negatives.contains((r as Range).startContainer))
          .map((r) => (r as Range).toString());
      });
      expect(wrong).toEqual([]);
      const texts = await marks(page);
      for (const word of ['Will', 'Post', 'trump', 'Reform']) expect(texts).not.toContain(word);
      // Marking is not a DOM change: the page is exactly as it was.
      expect(await changes(page)).toEqual([]);
      await page.close();
    });

    it('marks every seed article laid out as a news page, without changing it', async () => {
      for (const id of SEEDS) {
        const page = await open(`/seed/${id}`);
        await page.waitForFunction(() => (CSS.highlights.get('footnote-mark')?.size ?? 0) >= 5, {
          polling: 100,
        });
        // Every mark reads as a name, never as an empty or collapsed range.
        expect((await marks(page)).filter((t) => !/\p{L}/u.test(t))).toEqual([]);
        expect(await changes(page)).toEqual([]);
        await page.close();
      }
    });

    it('hovering "Lavrov" opens its card in our shadow root, beside the name; only our host is added', async () => {
      const page = await open('/news');
      await waitForMarks(page, ['Lavrov']);
      const at = (await markCenter(page, 'Lavrov'))!;
      await page.mouse.move(at.x, at.y);
      const info = await waitForCard(page, 'Sergey Lavrov');
      expect(info).toMatchObject({ inShadow: true, hostCount: 1, position: 'fixed' });
      // His Anchorage remarks, with the outlets that carried them.
      expect(info.text).toMatch(/spirit and letter of (the )?Anchorage/);
      expect(info.text).toContain('The Washington Post');
      expect(info.text).toContain('The Washington Times');
      // Placed off the hovered line, inside the viewport.
      const viewport = await page.evaluate(() => ({ w: innerWidth, h: innerHeight }));
      const { rect } = info;
      expect(rect.top > at.y + 4 || rect.top + rect.height < at.y - 4).toBe(true);
      expect(rect.left).toBeGreaterThanOrEqual(0);
      expect(rect.left + rect.width).toBeLessThanOrEqual(viewport.w);
      expect(await changes(page)).toEqual(HOST_ADDED);
      // Moving away closes it after the grace period.
      await page.mouse.move(5, viewport.h - 5);
      await waitForNoCard(page);
      await page.close();
    });

    it('the next-mark command (Alt+Shift+→) opens the same card with focus in it; Esc closes it and gives focus back', async () => {
      const page = await open('/keys');
      await waitForMarks(page, ['Lavrov', 'Marco Rubio']);
      await page.focus('#start');
      await command(browser, page, 'next-mark');
      const info = await waitForCard(page, 'Sergey Lavrov');
      expect(info.focusInCard).toBe(true);
      await command(browser, page, 'next-mark');
      expect((await waitForCard(page, 'Marco Rubio')).focusInCard).toBe(true);
      await page.keyboard.press('Escape');
      await waitForNoCard(page);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('start');
      expect(await changes(page)).toEqual(HOST_ADDED);
      await page.close();
    });

    it('the previous-mark command (Alt+Shift+←) from the top reaches the last name, in a page’s shadow root', async () => {
      const page = await open('/news');
      await waitForMarks(page, ['Keir Starmer']);
      await page.focus('#start');
      await command(browser, page, 'previous-mark');
      expect((await waitForCard(page, 'Keir Starmer')).focusInCard).toBe(true);
      await page.keyboard.press('Escape');
      await waitForNoCard(page);
      await page.close();
    });

    it('the site switch and the marks command (Alt+Shift+F) remove and restore the marks at once', async () => {
      const page = await open('/keys');
      await waitForMarks(page, ['Lavrov']);
      await command(browser, page, 'toggle-marks');
      await page.waitForFunction(() => !CSS.highlights.has('footnote-mark'), { polling: 50 });
      await command(browser, page, 'toggle-marks');
      await waitForMarks(page, ['Lavrov']);

      const settings = await browser.browser.newPage();
      await browser.openExtensionPage(settings, 'options.html');
      const setDisabled = (hosts: string[]) =>
        settings.evaluate((hosts: string[]) => {
          const g = globalThis as unknown as {
            browser?: { storage: { local: { set(v: object): Promise<void> } } };
            chrome: { storage: { local: { set(v: object): Promise<void> } } };
          };
          return (g.browser ?? g.chrome).storage.local.set({ disabledSites: hosts });
        }, hosts);
      const hoverLavrov = async () => {
        await page.bringToFront();
        await page.mouse.move(0, 0);
        const at = (await markCenter(page, 'Lavrov'))!;
        await page.mouse.move(at.x, at.y);
        await waitForCard(page, 'Sergey Lavrov');
      };
      await hoverLavrov();
      await setDisabled(['127.0.0.1']);
      // Switched off: no marks, and the host is gone too.
      await page.waitForFunction(
        () => !CSS.highlights.has('footnote-mark') && !document.querySelector('footnote-overlay'),
        { polling: 50 },
      );
      await setDisabled([]);
      await waitForMarks(page, ['Lavrov', 'Marco Rubio']);
      // And a card opens again, in a new host.
      await hoverLavrov();
      // The popup's switch asks the tab's content script for its site (no `tabs` permission needed):
      // the content script answers through sendResponse, without the polyfill.
      const sites = await settings.evaluate(async () => {
        type Api = {
          tabs: {
            query(q: object): Promise<{ id?: number }[]>;
            sendMessage(id: number, m: object): Promise<unknown>;
          };
        };
        const g = globalThis as unknown as { browser?: Api; chrome: Api };
        const api = g.browser ?? g.chrome;
        const tabs = await api.tabs.query({});
        const answers = await Promise.all(
          tabs.map((t) =>
            t.id == null
              ? null
              : api.tabs.sendMessage(t.id, { type: 'footnote:which-site' }).catch(() => null),
          ),
        );
        return answers.filter((a) => a != null);
      });
      expect(sites).toContain('127.0.0.1');
      await settings.close();
      await page.close();
    });

    it('a React page keeps working as it re-renders, and new text is marked', async () => {
      const page = await open('/react');
      await waitForMarks(page, ['Sergei Lavrov', 'Vladimir Putin']);
      for (let n = 1; n <= 3; n++) {
        await page.click('#next');
        await page.waitForFunction(
          (n: number) => document.getElementById('count')?.textContent === `Clicks: ${n}`,
          {},
          n,
        );
      }
      await waitForMarks(page, ['Marco Rubio', 'Steve Witkoff', 'Sergei Lavrov', 'Vladimir Putin']);
      expect(await page.evaluate(() => document.querySelectorAll('li').length)).toBe(4);
      expect(
        await page.evaluate(() => (window as unknown as { __reactErrors: string[] }).__reactErrors),
      ).toEqual([]);
      // Marks of text React replaced are gone, not left collapsed in the registry.
      expect((await marks(page)).filter((t) => t === '')).toEqual([]);
      await page.close();
    });

    it('hostile global CSS reaches neither the host nor the card', async () => {
      const page = await open('/hostile');
      await waitForMarks(page, ['Foreign Minister Sergey Lavrov']);
      const at = (await markCenter(page, 'Foreign Minister Sergey Lavrov'))!;
      await page.mouse.move(at.x, at.y);
      const info = await waitForCard(page, 'Sergey Lavrov');
      expect(info).toMatchObject({ fontSize: '14px', position: 'fixed', inShadow: true });
      expect(info.rect.width).toBeGreaterThan(100);
      expect(info.rect.height).toBeGreaterThan(30);
      await page.close();
    });

    it('a strict-CSP page is marked and its card styled', async () => {
      const page = await open('/csp');
      await waitForMarks(page, ['Sergei Lavrov', 'Marco Rubio']);
      const at = (await markCenter(page, 'Sergei Lavrov'))!;
      await page.mouse.move(at.x, at.y);
      const info = await waitForCard(page, 'Sergey Lavrov');
      // position: fixed comes from our stylesheet: it applied despite style-src 'none'.
      expect(info).toMatchObject({ position: 'fixed', fontSize: '14px' });
      expect(await changes(page)).toEqual(HOST_ADDED);
      await page.close();
    });

    it('the card UI is a separate chunk, web-accessible with Readability only; in Chromium only at the dynamic URL, so a page cannot probe it', async () => {
      // The content script holds no card UI of its own: the card above came from card-ui.js. The other
      // web-accessible file is the Readability chunk "Add this page to your articles" loads.
      expect(build.manifest.web_accessible_resources).toEqual([
        expect.objectContaining({
          resources: ['card-ui.js', 'readability.js'],
          matches: ['http://*/*', 'https://*/*'],
        }),
      ]);
      // A page of its own, outside `open`: the refused load is logged, and that is the point here.
      const page = await browser.browser.newPage();
      await page.goto(site.url('/news'));
      const probe = (url: string) =>
        fetch(url).then(
          (r) => (r.ok ? 'loaded' : 'refused'),
          () => 'refused',
        );
      const fixed = await page.evaluate(probe, `${browser.origin}/card-ui.js`);
      const reader = await page.evaluate(probe, `${browser.origin}/readability.js`);
      if (target === 'chrome-mv3') {
        // use_dynamic_url: the files answer only at the per-session dynamic address.
        expect(build.manifest.web_accessible_resources[0]).toMatchObject({ use_dynamic_url: true });
        expect([fixed, reader]).toEqual(['refused', 'refused']);
      }
      // The extension's other files are not web-accessible at all, in either browser.
      expect(await page.evaluate(probe, `${browser.origin}/matcher.json`)).toBe('refused');
      await page.close();
    });

    it('a same-origin iframe is scanned too', async () => {
      const page = await open('/iframe');
      const frame = (await (await page.waitForSelector('#inner'))!.contentFrame())!;
      await waitForMarks(frame, ['Sergei Lavrov']);
      expect(await marks(page)).toEqual([]);
      await page.close();
    });

    it('a page that grows as it scrolls gets its new text marked', async () => {
      const page = await open('/scroll');
      await waitForMarks(page, ['Dmitry Peskov']);
      for (let n = 1; n <= 3; n++) {
        await page.evaluate(() => scrollTo(0, document.body.scrollHeight));
        await page.waitForFunction(
          (n: number) => document.querySelectorAll('.item').length >= n,
          { timeout: 10_000 },
          n,
        );
      }
      await waitForMarks(page, ['Kirill Dmitriev', 'Jared Kushner', 'Friedrich Merz']);
      await page.close();
    });

    it('when the extension reloads, the old script takes its marks and card with it', async () => {
      const page = await open('/keys');
      await waitForMarks(page, ['Lavrov']);
      const at = (await markCenter(page, 'Lavrov'))!;
      await page.mouse.move(at.x, at.y);
      await waitForCard(page, 'Sergey Lavrov');
      const ext = await browser.browser.newPage();
      await browser.openExtensionPage(ext, 'options.html');
      // The page closes as the extension goes: the call never answers.
      void ext
        .evaluate(() => {
          const g = globalThis as unknown as {
            browser?: { runtime: { reload(): void } };
            chrome: { runtime: { reload(): void } };
          };
          (g.browser ?? g.chrome).runtime.reload();
        })
        .catch(() => undefined);
      // Firefox may report the closing extension tab's context as discarded while it activates this
      // one; the page itself is unaffected, so a failed activation is not the test's subject.
      await page.bringToFront().catch(() => undefined);
      // Chromium leaves the orphaned script running until it notices (within 2 s); Firefox unloads it
      // and injects the new one, which removes the stale host. Either way: no card, one set of marks.
      await page.waitForFunction(() => !document.querySelector('footnote-overlay'), {
        timeout: 10_000,
        polling: 100,
      });
      // Chromium injects no new script into open tabs, so the marks must be gone too.
      if (name === 'Chromium') {
        await page.waitForFunction(() => !CSS.highlights.has('footnote-mark'), { polling: 100 });
      }
      await page.close();
    });

    it('sends no request outside the browser, and logs no error', () => {
      expect(offsite).toEqual([]);
      expect(problems).toEqual([]);
      // And the fixture server saw only its own pages asked for: nothing the extension made up.
      expect(site.requests.filter((path) => !(path in routes))).toEqual([]);
    });
  });
}
