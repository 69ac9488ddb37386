// One page in one browser: load it with every request but ours refused, wait for the content script's
// figures, open the first mark's card from the keyboard, then read errors, DOM changes and marks.
import type { Page } from 'puppeteer-core';
import type { ExtensionBrowser } from '../../tests/e2e/browsers';
import { changes, command, recordChanges } from '../../tests/e2e/overlay-page';
import type { MarkRecord } from './marks';
import { parseFigures, readMarks, type MarkContext, type ScanFigures } from './probe';
import { blankResult, errorOrigin, type PageResult } from './report';
import type { PageServer } from './serve';

export interface RunOptions {
  server: PageServer;
  ids: (marks: MarkContext[]) => MarkRecord[];
  /** Whether a URL is one of our extension's files (see `ourUrl`). */
  ours: (url: string) => boolean;
  /** How long to wait for the content script's first figures. */
  figuresMs: number;
  /** The browser the page is in, which fires the extension's keyboard commands. */
  browser: ExtensionBrowser;
}

// The host is the one element we add, on <html>, when a card opens.
const OURS = /^html(#\S+)? [+-]footnote-overlay$/;
const SETTLE_MS = 1000;
const CARD_MS = 8000;

/**
 * A function's source to run in the page. tsx compiles with esbuild's keepNames, which wraps named
 * inner functions in a `__name` helper the page does not have: a local one stands in for it.
 */
const inPage = (fn: () => unknown) => `(() => { const __name = (f) => f; return (${fn.toString()})(); })()`;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Run {
  result: Omit<PageResult, 'ms' | 'file'>;
  navigatedAway: boolean;
  page: Page;
}

/** Runs `file`; `scriptless` serves it with the page's scripts stopped. The caller closes `page`. */
export async function runPage(
  page: Page,
  file: string,
  scriptless: boolean,
  { server, ids, ours, figuresMs, browser }: RunOptions,
): Promise<Run> {
  const result: Run['result'] = { ...blankResult('no marks'), ...(scriptless ? { scriptless } : {}) };
  const extension = /^(chrome-extension|moz-extension|data|blob|about):/;
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith(`${server.origin}/`) || extension.test(url)) void request.continue().catch(() => {});
    else void request.abort().catch(() => {});
  });
  const sort = (text: string, locations: string[]) => {
    const origin = errorOrigin(text, locations, ours);
    if (origin === 'ours') result.ourErrors.push(text.slice(0, 300));
    else if (origin === 'unplaced') result.unplaced.push(text.slice(0, 300));
    else result.pageErrors++;
  };
  page.on('pageerror', (error) => {
    const stack = error instanceof Error ? (error.stack ?? '') : String(error);
    const locations = [...stack.matchAll(/\(?((?:https?|chrome-extension|moz-extension):\/\/[^\s)]+)/g)].map(
      (m) => m[1]!,
    );
    sort(`${String(error)}${locations.length ? ` at ${locations[0]}` : ''}`, locations);
  });
  let figures: ScanFigures | null = null;
  let firstFigures: (f: ScanFigures) => void = () => {};
  const gotFigures = new Promise<ScanFigures>((r) => (firstFigures = r));
  page.on('console', (message) => {
    const text = message.text();
    const f = parseFigures(text);
    if (f) {
      figures = f;
      firstFigures(f);
      return;
    }
    if (message.type() !== 'error' && message.type() !== 'warn') return;
    // A refused request is the sweep's doing, not an error, unless it is one of our own files.
    const location = message.location()?.url ?? '';
    if (/^Failed to load resource/.test(text) && !ours(location)) return;
    sort(text, [location]);
  });
  // remove-script-tags calls alert(): an open dialog would hold the page, and us, until the timeout.
  page.on('dialog', (dialog) => void dialog.dismiss().catch(() => {}));
  let crashed = false;
  page.on('error', () => (crashed = true));

  await page.evaluateOnNewDocument(inPage(recordChanges));
  await page
    .goto(server.url(file, scriptless), { waitUntil: 'domcontentloaded', timeout: figuresMs })
    .catch(() => {});
  // Headless tabs in the background get no rendering steps (no frames for the observer's flush).
  await page.bringToFront().catch(() => {});
  const first = await Promise.race([gotFigures, sleep(figuresMs).then(() => null)]);
  const navigatedAway = !page.url().startsWith(`${server.origin}/`);
  if (crashed) return { result: { ...result, status: 'crashed' }, navigatedAway, page };
  if (!first) {
    result.status = 'no-figures';
    result.note = navigatedAway
      ? `the page went to ${page.url().slice(0, 80)}`
      : `none within ${figuresMs / 1000} s`;
    return { result, navigatedAway, page };
  }
  await sleep(SETTLE_MS);
  // The figures of the latest scan: a page that fills in its text late is marked on the rescan.
  const latest = (): ScanFigures => figures ?? first;
  if (latest().marks > 0) result.card = await openCard(browser, page);
  await sleep(SETTLE_MS);
  result.figures = latest();
  const seen = (await changes(page).catch(() => ['no recorder'])).filter((c) => !OURS.test(c));
  // With its scripts stopped, every change is ours; with them running, the page's and ours mix and
  // the caller sorts them out with a scriptless run.
  if (scriptless) result.domChanges = seen;
  else result.pageDomChanges = seen.length;
  result.marks = ids(
    ((await page.evaluate(inPage(readMarks)).catch(() => [])) as MarkContext[] | null) ?? [],
  );
  if (crashed) result.status = 'crashed';
  return { result, navigatedAway, page };
}

/** The next-mark command on the page: the first visible mark's card should open with its heading. */
async function openCard(browser: ExtensionBrowser, page: Page): Promise<string> {
  try {
    await page.bringToFront();
    await command(browser, page, 'next-mark');
    await page.waitForFunction(
      () =>
        document
          .querySelector('footnote-overlay')
          ?.shadowRoot?.querySelector('[role=dialog] h1, [role=dialog] h2, [role=dialog] h3')
          ?.textContent?.trim(),
      { timeout: CARD_MS, polling: 100 },
    );
    await page.keyboard.press('Escape');
    return 'opened';
  } catch {
    const visible = await page
      .evaluate(() =>
        [...(CSS.highlights.get('footnote-mark') ?? [])].some(
          (r) => (r as Range).getClientRects().length > 0,
        ),
      )
      .catch(() => true);
    return visible ? `did not open within ${CARD_MS / 1000} s` : 'no visible mark';
  }
}
