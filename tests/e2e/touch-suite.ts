// Touch at a phone's size (issue #11): with a touch screen emulated at 390×844, a tap on a mark opens
// its card as a sheet inside the screen that leaves the mark in sight; a tap elsewhere closes it; a
// tap on a mark inside a link follows the link, and a long press there opens the card instead; the
// popup and the options page fit a 360 px screen without scrolling sideways.
import { existsSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from './browsers';
import { readBuild, type Build } from './built';
import type { SuiteOptions } from './extension-suite';
import { describeFindings, runAxe, serious } from './axe';
import { newsPageHtml } from './news-page';
import { card, waitForMarks, waitForNoCard } from './overlay-page';
import { poll } from './poll';
import { serveFixtures, type FixtureServer } from './fixtures/server';

const PHONE = { width: 390, height: 844, isMobile: true, hasTouch: true, deviceScaleFactor: 1 };
const LINKED = 'Sergei Lavrov';

/** Seed 000 laid out for a phone, opening with a paragraph whose name is a link. */
const touchPage = () =>
  newsPageHtml('000')
    .replace('<head>', '<head>\n<meta name="viewport" content="width=device-width, initial-scale=1">')
    .replace('<article>', `<article>\n<p id="linked">More on <a href="/elsewhere">${LINKED}</a> here.</p>`);

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The first mark `which` picks, scrolled to a quarter of the screen's height; its box and centre. */
const placeMark = (page: Page, inLink: boolean) =>
  page.evaluate((inLink: boolean) => {
    const ranges = [...(CSS.highlights.get('footnote-mark') ?? [])] as Range[];
    const range = ranges.find((r) => !!r.startContainer.parentElement?.closest('a[href]') === inLink);
    if (!range) return null;
    window.scrollBy(0, range.getBoundingClientRect().top - innerHeight / 4);
    const rect = range.getClientRects()[0]!;
    const box = range.getBoundingClientRect();
    return {
      text: range.toString(),
      x: rect.left + rect.width / 2,
      y: rect.top + rect.height / 2,
      box: { left: box.left, top: box.top, right: box.right, bottom: box.bottom },
    };
  }, inLink);

const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function touchSuite({ name, executable, target, launch }: SuiteOptions): void {
  // extensionSuite reports a missing browser; this suite just stays out of the way.
  if (!existsSync(executable)) return;

  describe(`${name} touch at phone width`, () => {
    let build: Build;
    let browser: ExtensionBrowser;
    let site: FixtureServer;

    beforeAll(async () => {
      build = readBuild(target);
      site = await serveFixtures({
        '/touch': { body: touchPage() },
        '/elsewhere': { body: '<!doctype html><html lang="en"><title>Elsewhere</title><p>Elsewhere.</p>' },
      });
      browser = await launch(build);
    });
    afterAll(async () => {
      await browser?.close();
      await site?.close();
    });

    async function phone(): Promise<Page> {
      const page = await browser.browser.newPage();
      await page.setViewport(PHONE);
      await page.goto(site.url('/touch'));
      await page.bringToFront();
      await waitForMarks(page, [LINKED, 'Volodymyr Zelensky']);
      return page;
    }

    const cardReady = (page: Page) =>
      page.waitForFunction(
        () => !!document.querySelector('footnote-overlay')?.shadowRoot?.querySelector('[role=dialog] h2'),
        { timeout: 15_000, polling: 100 },
      );

    it('a tap on a mark opens its card inside the screen, clear of the mark; a tap outside closes it', async () => {
      const page = await phone();
      const mark = (await placeMark(page, false))!;
      expect(mark).not.toBeNull();
      await page.touchscreen.tap(mark.x, mark.y);
      await cardReady(page);
      await pause(300);
      const open = (await card(page))!;
      const screen = await page.evaluate(() => ({ w: innerWidth, h: innerHeight }));
      const r = open.rect;
      const box = { left: r.left, top: r.top, right: r.left + r.width, bottom: r.top + r.height };
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(screen.w + 0.5);
      expect(box.bottom).toBeLessThanOrEqual(screen.h + 0.5);
      // Now the mark where the tap left it: the card must not cover it.
      const now = (await page.evaluate((text: string) => {
        const r = ([...CSS.highlights.get('footnote-mark')!] as Range[]).find((r) => r.toString() === text)!;
        const b = r.getBoundingClientRect();
        return { left: b.left, top: b.top, right: b.right, bottom: b.bottom };
      }, mark.text))!;
      expect(overlaps(box, now), JSON.stringify({ box, now })).toBe(false);
      // A sheet that scrolls by itself, its close control a finger's size.
      const sheet = await page.evaluate(() => {
        const frame = document
          .querySelector('footnote-overlay')!
          .shadowRoot!.querySelector<HTMLElement>('.frame')!;
        const close = frame.querySelector<HTMLElement>('.close')!.getBoundingClientRect();
        return {
          sheet: frame.dataset.sheet,
          overflow: getComputedStyle(frame).overflowY,
          close: close.height,
        };
      });
      expect(sheet).toMatchObject({ sheet: 'bottom', overflow: 'auto' });
      expect(sheet.close).toBeGreaterThanOrEqual(44);
      // A finger dragged up inside the sheet scrolls the card, not the page, and closes nothing.
      // Chromium only: Firefox's driver delivers a touch drag as DOM touch events without the
      // browser's panning, so there it scrolls neither page nor card (README, Touch screens).
      const before = await page.evaluate(() => {
        const frame = document.querySelector('footnote-overlay')!.shadowRoot!.querySelector('.frame')!;
        return { card: frame.scrollTop, room: frame.scrollHeight - frame.clientHeight, page: scrollY };
      });
      expect(before.room).toBeGreaterThan(40);
      if (name === 'Chromium') {
        const x = box.left + 40;
        const y = box.bottom - 60;
        await page.touchscreen.touchStart(x, y);
        for (let step = 1; step <= 8; step++) await page.touchscreen.touchMove(x, y - step * 25);
        // Held still before lifting: no fling, whose tail would swallow the next tap (as on a phone).
        await pause(300);
        await page.touchscreen.touchMove(x, y - 200);
        await page.touchscreen.touchEnd();
        await pause(500);
        const after = await page.evaluate(() => ({
          card: document.querySelector('footnote-overlay')!.shadowRoot!.querySelector('.frame')!.scrollTop,
          page: scrollY,
        }));
        expect(after.card).toBeGreaterThan(before.card);
        expect(after.page).toBe(before.page);
        expect(await card(page)).not.toBeNull();
      }
      // A tap above the mark, on nothing: the card goes.
      await page.touchscreen.tap(4, Math.max(4, now.top - 30));
      await waitForNoCard(page);
      expect(await page.evaluate(() => location.pathname)).toBe('/touch');
      await page.close();
    });

    it('axe finds nothing serious on the card at phone width', async () => {
      const page = await phone();
      const mark = (await placeMark(page, false))!;
      await page.touchscreen.tap(mark.x, mark.y);
      await cardReady(page);
      const where = `${name} card at 390 px`;
      let report = await runAxe(page, 'footnote-overlay');
      expect(serious(report.violations), describeFindings(where, report.violations)).toEqual([]);
      // As in the accessibility suite: axe measures colours only inside <body>, so the same host moves
      // there for a second run, which changes none of its colours.
      await page.evaluate(() => document.body.append(document.querySelector('footnote-overlay')!));
      report = await runAxe(page, 'footnote-overlay');
      expect(serious(report.violations), describeFindings(`${where}, in <body>`, report.violations)).toEqual(
        [],
      );
      expect(report.passed['color-contrast'] ?? 0).toBeGreaterThan(10);
      await page.close();
    });

    it('the close control closes a card opened by a tap', async () => {
      const page = await phone();
      const mark = (await placeMark(page, false))!;
      await page.touchscreen.tap(mark.x, mark.y);
      await cardReady(page);
      const at = await page.evaluate(() => {
        const r = document
          .querySelector('footnote-overlay')!
          .shadowRoot!.querySelector('.close')!
          .getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      });
      await page.touchscreen.tap(at.x, at.y);
      await waitForNoCard(page);
      await page.close();
    });

    it('a tap on a linked mark follows the link; a long press opens its card and stays', async () => {
      const page = await phone();
      let mark = (await placeMark(page, true))!;
      expect(mark.text).toBe(LINKED);
      await page.touchscreen.tap(mark.x, mark.y);
      const went = await poll(
        () => page.evaluate(() => (location.pathname === '/elsewhere' ? true : null)).catch(() => null),
        10_000,
      );
      expect(went).toBe(true);
      await page.goto(site.url('/touch'));
      await waitForMarks(page, [LINKED]);
      mark = (await placeMark(page, true))!;
      await page.touchscreen.touchStart(mark.x, mark.y);
      await pause(900);
      await page.touchscreen.touchEnd();
      await cardReady(page);
      await pause(500);
      expect(await page.evaluate(() => location.pathname)).toBe('/touch');
      expect((await card(page))?.heading).toMatch(/Lavrov/);
      await page.close();
    });

    for (const path of ['popup.html', 'options.html']) {
      it(`${path} has no horizontal scrolling at 360 px`, async () => {
        const page = await browser.browser.newPage();
        await page.setViewport({ ...PHONE, width: 360, height: 740 });
        await browser.openExtensionPage(page, path);
        await page.waitForSelector(path === 'popup.html' ? '[data-testid=search-input]' : 'label.source', {
          timeout: 15_000,
        });
        await pause(300);
        const seen = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          width: document.documentElement.clientWidth,
          wide: [...document.querySelectorAll('body *')]
            .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
            .map((el) => el.tagName + (el.className ? `.${String(el.className)}` : ''))
            .slice(0, 5),
        }));
        // Firefox's classic scrollbar takes its 12 px from the 360.
        expect(seen.width).toBeGreaterThanOrEqual(340);
        expect(seen.scroll, seen.wide.join(', ')).toBeLessThanOrEqual(seen.width);
        await page.close();
      });
    }
  });
}
