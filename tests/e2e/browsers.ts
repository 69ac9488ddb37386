// Launching real browsers with the built extension, one way per browser: each finds its extension's
// pages differently, and this is the only place that knows how.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { COMMANDS, type PageCommand } from '../../utils/commands';
import type { Build } from './built';

export interface ExtensionBrowser {
  browser: Browser;
  /** The extension's own origin (chrome-extension://id, moz-extension://uuid), without a slash. */
  origin: string;
  /** Opens a page of the extension (e.g. 'popup.html') in `page`; resolves once it has loaded. */
  openExtensionPage(page: Page, path: string): Promise<void>;
  /** How many welcome pages installing opened (they are closed before the suite starts). */
  welcomeTabs: number;
  /**
   * Fires one of the extension's keyboard commands in the active tab of the first window, as the
   * browser does when its shortcut is pressed: neither headless browser sends a synthesized key press
   * to its extension shortcuts (both tried: the page gets the keys, the commands never fire).
   */
  command(name: PageCommand): Promise<void>;
  close(): Promise<void>;
}

/**
 * Installing opens the welcome page (entrypoints/background/welcome.ts) whenever the background gets
 * to it: counted, then closed, so that it never takes the front from a suite's tab (a headless tab
 * behind another gets no frames). Waits a second past the first, for a second one to show.
 */
async function settleWelcome(browser: Browser): Promise<number> {
  const welcomes = async () => {
    const found: Page[] = [];
    for (const page of await browser.pages()) {
      // Firefox reports extension tabs' URLs as about:blank: each tab is asked where it is.
      const is = await page.evaluate(() => location.pathname === '/welcome.html').catch(() => false);
      if (is) found.push(page);
    }
    return found;
  };
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline && !(await welcomes()).length) await pause(100);
  await pause(1000);
  const found = await welcomes();
  for (const page of found) await page.close();
  return found.length;
}

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Chromium in new headless mode. `installExtension` goes through CDP's Extensions.loadUnpacked, which
 * needs the pipe transport and --enable-unsafe-extension-debugging (what `enableExtensions` adds); it
 * returns the extension id, which is all a chrome-extension:// URL needs.
 */
export async function launchChromium(extensionDir: string, { dark = false } = {}): Promise<ExtensionBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'footnote-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    pipe: true,
    enableExtensions: true,
    userDataDir,
    // A dark system theme for every tab, the extension's own included (the accessibility suite).
    args: dark ? [...CHROMIUM_ARGS, '--force-dark-mode'] : CHROMIUM_ARGS,
  });
  const id = await browser.installExtension(extensionDir);
  const welcomeTabs = await settleWelcome(browser);
  return {
    browser,
    origin: `chrome-extension://${id}`,
    welcomeTabs,
    async openExtensionPage(page, path) {
      await page.goto(`chrome-extension://${id}/${path}`);
    },
    command: (name) => chromiumCommand(browser, id, name),
    async close() {
      await browser.close();
      // Chromium's helper processes may still be writing the profile as it exits: retry on ENOTEMPTY.
      rmSync(userDataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    },
  };
}

export interface FirefoxOptions {
  /** A dark system colour scheme for every page. */
  dark?: boolean;
  /** More preferences, e.g. a short idle time for the background (the engine-load suite). */
  prefs?: Record<string, unknown>;
}

// Firefox gives each install a random internal UUID for its moz-extension:// origin; this pref pins
// it, so the test knows the URL without reading the profile.
const FIREFOX_UUID = '6f6f746e-6f74-4e65-8000-00000000f00d';

/** Firefox over WebDriver BiDi; the extension is installed temporarily, as about:debugging would. */
export async function launchFirefox(
  extensionDir: string,
  geckoId: string,
  { dark = false, prefs = {} }: FirefoxOptions = {},
): Promise<ExtensionBrowser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    // BiDi refuses to navigate to moz-extension:// pages without it.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_UUID }),
      // BiDi cannot emulate the colour scheme per page; this pref makes pages see a dark system (0).
      ...(dark && { 'layout.css.prefers-color-scheme.content-override': 0 }),
      ...prefs,
    },
  });
  await browser.installExtension(extensionDir);
  const welcomeTabs = await settleWelcome(browser);
  return {
    browser,
    origin: `moz-extension://${FIREFOX_UUID}`,
    welcomeTabs,
    async openExtensionPage(page, path) {
      // Firefox loads the page but never reports the end of this navigation to BiDi, so `goto` would
      // only time out; wait for the extension's document to be in place instead.
      void page.goto(`moz-extension://${FIREFOX_UUID}/${path}`, { timeout: 0 }).catch(() => undefined);
      await waitForDocument(page, `moz-extension://${FIREFOX_UUID}`);
    },
    command: (name) => firefoxCommand(browser, geckoId, name),
    close: () => browser.close(),
  };
}

/**
 * Chromium: `chrome.commands.onCommand.dispatch(name, tab)` in the extension's service worker runs
 * the listeners the background registered, with the arguments the browser gives them (the command
 * and the active tab). The worker may be asleep: a page of the extension wakes it.
 */
async function chromiumCommand(browser: Browser, id: string, name: PageCommand): Promise<void> {
  const isWorker = (t: { type(): string; url(): string }) =>
    t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${id}/`);
  let target = browser.targets().find(isWorker);
  if (!target) {
    const waking = await browser.newPage();
    await waking.goto(`chrome-extension://${id}/popup.html`);
    target = await browser.waitForTarget(isWorker, { timeout: 10_000 });
    await waking.close();
  }
  const worker = await target.worker();
  if (!worker) throw new Error('no service worker for the extension');
  await worker.evaluate(async (name: string) => {
    type Tab = { id?: number };
    const c = (globalThis as unknown as { chrome: ChromeApi }).chrome;
    interface ChromeApi {
      tabs: { query(q: object): Promise<Tab[]> };
      commands: { onCommand: { dispatch(name: string, tab?: Tab): void } };
    }
    const [tab] = await c.tabs.query({ active: true, lastFocusedWindow: true });
    c.commands.onCommand.dispatch(name, tab);
  }, name);
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

/**
 * Firefox: the browser window (a chrome context, reached with --remote-allow-system-access) holds one
 * XUL <key> per command in the extension's keyset; doCommand() fires it as a matching key press does,
 * and Firefox's own handler calls the extension's onCommand with the window's selected tab.
 */
async function firefoxCommand(browser: Browser, geckoId: string, name: PageCommand): Promise<void> {
  const suggested = COMMANDS.find((c) => c.name === name)?.suggested;
  if (!suggested) throw new Error(`${name} has no suggested key`);
  const parts = suggested.split('+');
  const key = parts.pop()!;
  const modifiers = parts.map((m) => m.toLowerCase()).join(',');
  const keyset = `ext-keyset-id-${geckoId.replace(/[^a-z0-9_-]/gi, '_')}`;
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as {
    contexts: { context: string; url: string }[];
  };
  const win = tree.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
  if (!win) throw new Error('no Firefox browser window');
  const match = key.length === 1 ? `[key="${key}" i]` : `[keycode="VK_${key.toUpperCase()}"]`;
  const expression = `(() => {
    const key = document.querySelector('keyset#${keyset} key[modifiers="${modifiers}"]${match}');
    if (!key) return false;
    key.doCommand();
    return true;
  })()`;
  const answer = (await connection.send('script.evaluate', {
    expression,
    target: { context: win.context },
    awaitPromise: false,
  })) as { result: { type: string; result?: { value?: unknown } } };
  if (answer.result.result?.value !== true) {
    throw new Error(
      `no key for ${name} (${suggested}) in Firefox's window: ${JSON.stringify(answer.result)}`,
    );
  }
}

/**
 * Polls until `page` shows a loaded document of `origin`. Evaluating while Firefox swaps the page into
 * the extension process can fail outright, so a failed probe counts as "not yet".
 */
async function waitForDocument(page: Page, origin: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const probe = () => page.evaluate(() => `${location.origin} ${document.readyState}`).catch(() => '');
  while (Date.now() < deadline) {
    if ((await probe()) === `${origin} complete`) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${origin} did not load within ${timeoutMs} ms`);
}

/** The Firefox build launched under its own gecko id, without which Firefox will not install an MV3 add-on. */
export function launchFirefoxBuild(build: Build, options: FirefoxOptions = {}): Promise<ExtensionBrowser> {
  const id = build.manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error('the Firefox build has no browser_specific_settings.gecko.id');
  return launchFirefox(build.dir, id, options);
}
