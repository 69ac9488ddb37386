// `npm start`: builds everything (KB + both browsers' extensions), then shows it. With a display it
// opens Chromium with the extension on a demo news page (seed article 000 on localhost); without one
// it says where the builds are and how to load them.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { newsPageHtml, serveHtml } from '../tests/e2e/news-page';

const root = resolve(import.meta.dirname, '..');
const out = join(root, '.output');
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const isRoot = process.getuid?.() === 0;
const show = (path: string) => relative(process.cwd(), path) || '.';

function build(): void {
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function kbLine(): string {
  try {
    const kb = JSON.parse(readFileSync(join(out, 'chrome-mv3/kb.json'), 'utf8')) as Record<string, unknown[]>;
    return `knowledge base: ${kb.sources?.length} sources, ${kb.actors?.length} actors, ${kb.statements?.length} statements`;
  } catch {
    return 'knowledge base: not found in the build';
  }
}

function printWhere(why: string): void {
  const zips = readdirSync(out).filter((file) => file.endsWith('.zip'));
  console.log(`
Footnote is built (${kbLine()}).

  Chrome / Chromium: ${show(join(out, 'chrome-mv3'))}
    chrome://extensions → Developer mode → Load unpacked → pick that folder.
  Firefox:           ${show(join(out, 'firefox-mv3'))}
    about:debugging#/runtime/this-firefox → Load Temporary Add-on… → pick its manifest.json.
${zips.map((zip) => `  Zip: ${show(join(out, zip))}\n`).join('')}
No browser was opened: ${why}.
With a display and Chromium, \`npm start\` opens Chromium with the extension on a demo news page.`);
}

/** Chromium with the extension, the demo article and the popup page; returns when the window closes. */
async function openDemo(): Promise<void> {
  const site = await serveHtml(newsPageHtml('000'), Number(process.env.PORT ?? 0));
  // A profile kept in .cache (gitignored): nothing to clean up however the demo is stopped.
  const userDataDir = join(root, '.cache/chromium-profile');
  const browser = await puppeteer.launch({
    executablePath: chromium,
    headless: false,
    pipe: true,
    enableExtensions: true,
    userDataDir,
    defaultViewport: null,
    // Ctrl+C closes the browser through our own handler below, so the finally block still runs.
    handleSIGINT: false,
    handleSIGTERM: false,
    // Chromium refuses to start as root with its sandbox on (containers, CI images).
    args: [
      '--no-first-run',
      '--disable-sync',
      '--disable-component-update',
      ...(isRoot ? ['--no-sandbox'] : []),
    ],
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void browser.close());
  try {
    const id = await browser.installExtension(join(out, 'chrome-mv3'));
    const [first] = await browser.pages();
    const article = first ?? (await browser.newPage());
    await article.goto(site.url);
    // The popup as a tab: a toolbar popup cannot be opened from outside the browser.
    await (await browser.newPage()).goto(`chrome-extension://${id}/popup.html`);
    await article.bringToFront();
    console.log(`Demo page: ${site.url} (extension ${id}). ${kbLine()}. Close the browser to stop.`);
    await new Promise<void>((done) => browser.once('disconnected', () => done()));
  } finally {
    await browser.close().catch(() => undefined);
    await site.close();
  }
}

build();
if (!process.env.DISPLAY) printWhere('no display here (DISPLAY is unset)');
else if (!existsSync(chromium))
  printWhere(`${chromium} is missing (apt-get install chromium, or set CHROMIUM_PATH)`);
else await openDemo();
