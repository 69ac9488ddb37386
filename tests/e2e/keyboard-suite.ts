// The keyboard-only walkthroughs of the accessibility suite: no mouse anywhere. On a news page a
// shortcut steps to a name and its card opens, announced and focused; Tab walks its controls, Enter
// on a source link opens the reader at that passage, Esc closes the card and gives focus back. In the
// popup, typing searches, arrows choose, Enter opens the card and Esc returns to the same results.
import type { Page } from 'puppeteer-core';
import { expect, it } from 'vitest';
import type { ExtensionBrowser } from './browsers';
import type { Build } from './built';
import type { FixtureServer } from './fixtures/server';
import { command, waitForCard, waitForMarks, waitForNoCard } from './overlay-page';
import { poll } from './poll';

interface Context {
  build: Build;
  browser: ExtensionBrowser;
  site: FixtureServer;
}

interface Focus {
  inCard: boolean;
  /** tag: accessible name, e.g. "button: Pin". */
  what: string;
  passage: string | null;
  /** Whether it shows a focus ring (an outline at least 1px wide): WCAG 2.4.7. */
  ring: boolean;
}

/** Where focus is, looking into our host's shadow root. */
const focused = (page: Page): Promise<Focus> =>
  page.evaluate(() => {
    const host = document.querySelector('footnote-overlay');
    const inner = host?.shadowRoot?.activeElement;
    const el = document.activeElement === host && inner ? inner : document.activeElement;
    const name = el?.getAttribute('aria-label') ?? el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    return {
      inCard: el !== document.activeElement,
      what: `${el?.tagName.toLowerCase()}${el?.id ? `#${el.id}` : ''}: ${name}`,
      passage: el?.getAttribute('data-passage') ?? null,
      ring:
        !!el &&
        getComputedStyle(el).outlineStyle !== 'none' &&
        parseFloat(getComputedStyle(el).outlineWidth) >= 1,
    };
  });

/** The reader page's highlighted text and whether it holds focus; null on any other page. */
const readerState = (): { marked: string; focused: boolean } | null => {
  if (!location.pathname.endsWith('/reader.html')) return null;
  const marks = [...document.querySelectorAll('mark[data-testid=passage]')];
  if (!marks.length) return null;
  return { marked: marks.map((m) => m.textContent).join(''), focused: document.activeElement === marks[0] };
};

export function keyboardTests(get: () => Context): void {
  it('keyboard only on a news page: a name’s card opens announced, Tab walks it, Enter opens the passage, Esc returns', async () => {
    const { browser, site, build } = get();
    const page = await browser.browser.newPage();
    await page.goto(site.url('/keys'));
    await page.bringToFront();
    await waitForMarks(page, ['Lavrov', 'Marco Rubio']);
    await page.keyboard.press('Tab');
    expect((await focused(page)).what).toBe('a#start: Skip to top');

    await command(browser, page, 'next-mark');
    const card = await waitForCard(page, 'Sergey Lavrov');
    expect(card).toMatchObject({ focusInCard: true, label: 'Footnote: Sergey Lavrov' });
    // Announced through the host's live region, which then says how to leave.
    const said = await page.waitForFunction(
      () => {
        const live = document.querySelector('footnote-overlay')?.shadowRoot?.querySelector('[role=status]');
        return live?.getAttribute('aria-live') === 'polite' && /Sergey Lavrov/.test(live.textContent ?? '')
          ? live.textContent
          : false;
      },
      { timeout: 10_000, polling: 100 },
    );
    expect(await said.jsonValue()).toMatch(/^Footnote card: Sergey Lavrov\. .*Escape closes it\.$/);

    const stops: Focus[] = [];
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Tab');
      stops.push(await focused(page));
    }
    expect(stops.map((s) => [s.inCard, s.ring])).toEqual([
      [true, true],
      [true, true],
      [true, true],
    ]);
    expect(stops[0]!.what).toBe('button: Pin');
    expect(stops[1]!.what).toBe('button: Close card (Esc)');
    expect(stops[2]!.what).toMatch(/^a: Read in source \(.+\)$/);
    // Shift+Tab goes back the same way.
    await page.keyboard.down('Shift');
    await page.keyboard.press('Tab');
    await page.keyboard.up('Shift');
    expect((await focused(page)).what).toBe('button: Close card (Esc)');
    await page.keyboard.press('Tab');

    const passage = stops[2]!.passage!;
    await page.keyboard.press('Enter');
    // Firefox over BiDi reports neither the new tab nor its URL: every tab is asked where it is.
    // The reader focuses its passage just after drawing it, so a tab is awaited until it has.
    let seen: ReturnType<typeof readerState> = null;
    const reader = await poll(async () => {
      for (const tab of await browser.browser.pages()) {
        const state = await tab.evaluate(readerState).catch(() => null);
        if (state) seen = state;
        if (state?.focused) return state;
      }
      return null;
    }, 15_000);
    const [sourceId, span] = passage.split(':');
    const [start, end] = span!.split('-').map(Number);
    const statements = build.kb.statements as {
      sourceId: string;
      start: number;
      end: number;
      text: string;
    }[];
    const cited = statements.find((s) => s.sourceId === sourceId && s.start === start && s.end === end);
    expect(reader ?? seen).toEqual({ marked: cited?.text, focused: true });
    for (const tab of await browser.browser.pages()) {
      if (await tab.evaluate(readerState).catch(() => null)) await tab.close();
    }

    await page.bringToFront();
    await page.keyboard.press('Escape');
    await waitForNoCard(page);
    expect((await focused(page)).what).toBe('a#start: Skip to top');
    await page.close();
  });

  it('keyboard only in the popup: type, arrows, Enter opens the card, Esc returns to the results', async () => {
    const { browser, build } = get();
    if (!build.kb.actors.some((a) => a.name === 'Sergey Lavrov')) return; // a KB without him
    const page = await browser.browser.newPage();
    await browser.openExtensionPage(page, 'popup.html');
    const input = '[data-testid=search-input]';
    await page.waitForSelector(input);
    await page.bringToFront();
    const inInput = () =>
      page.evaluate((sel: string) => document.activeElement === document.querySelector(sel), input);
    // The field has autofocus; where a tab opened in the background did not honour it, Tab reaches it first.
    if (!(await inInput())) await page.keyboard.press('Tab');
    expect(await inInput()).toBe(true);

    await page.keyboard.type('lavrov');
    await page.waitForSelector(`${input}[aria-expanded=true]`, { timeout: 15_000 });
    const active = () =>
      page.$eval(input, (el) => {
        const option = document.getElementById(el.getAttribute('aria-activedescendant') ?? '');
        return option && { text: option.textContent, selected: option.getAttribute('aria-selected') };
      });
    expect(await active()).toBeNull();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    expect(await active()).toEqual({ text: expect.stringContaining('Sergey Lavrov'), selected: 'true' });
    const results = await page.$$eval('[role=option]', (options) => options.map((o) => o.textContent));

    await page.keyboard.press('Enter');
    const title = await page.waitForSelector('[data-testid=popup-card] h2', { timeout: 15_000 });
    expect(await title!.evaluate((el) => el.textContent)).toBe('Sergey Lavrov');
    // Focus moved into the card (a dialog named by its heading), and Tab reaches its close button.
    await page.waitForFunction(() => document.activeElement?.matches('[role=dialog]'), { timeout: 5_000 });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-labelledby'))).toBe(
      await title!.evaluate((el) => el.id),
    );
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(() => {
        const el = document.activeElement!;
        const { outlineStyle, outlineWidth } = getComputedStyle(el);
        return [el.getAttribute('aria-label'), outlineStyle !== 'none' && parseFloat(outlineWidth) >= 1];
      }),
    ).toEqual(['Close card', true]);

    await page.keyboard.press('Escape');
    await page.waitForSelector(`${input}[aria-expanded=true]`, { timeout: 5_000 });
    await page.waitForFunction(
      (sel: string) => document.activeElement === document.querySelector(sel),
      {},
      input,
    );
    expect(await page.$eval(input, (el) => (el as HTMLInputElement).value)).toBe('lavrov');
    expect(await page.$$eval('[role=option]', (options) => options.map((o) => o.textContent))).toEqual(
      results,
    );
    await page.close();
  });
}
