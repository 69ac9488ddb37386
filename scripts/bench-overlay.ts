// The overlay's cost on real pages (part of `npm run bench`): in Chromium with the built extension,
// over saved news pages in ../shared/pages (read in place, never copied), served from 127.0.0.1 with
// every other request blocked. Per page, the content script's own figures: main-thread time to build
// the matcher, scan and mark, and its longest slice (what it adds to the page's longest task). First
// the content script's size, its lazily loaded card chunk's and the data it loads. Figures only: nothing passes or fails.
//
// Sampled by default (pages whose visible text names someone the corpus knows, then every k-th of
// the rest, 70 in all) to stay within a minute or two; `--all` runs every page.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_PATH, launchChromium } from '../tests/e2e/browsers';
import { parseFigures, type ScanFigures } from './sweep/probe';
import { servePages } from './sweep/serve';

const root = resolve(import.meta.dirname, '..');
const pagesDir = resolve(root, '../shared/pages');
const build = join(root, '.output/chrome-mv3');
const SAMPLE = 70;
const PAGE_TIMEOUT_MS = 15_000;

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n: number) => `${n.toFixed(1)} ms`;
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const median = (xs: number[]) => sorted(xs)[xs.length >> 1] ?? NaN;

/** Every page listed in the folders' INDEX.tsv, with whether its visible text names a known actor. */
function listPages(): { file: string; named: boolean }[] {
  const out: { file: string; named: boolean }[] = [];
  for (const folder of ['article-extraction-benchmark', 'readability']) {
    const index = join(pagesDir, folder, 'INDEX.tsv');
    if (!existsSync(index)) continue;
    const [head, ...rows] = readFileSync(index, 'utf8').trim().split('\n');
    const cols = head!.split('\t');
    const fileCol = cols.indexOf('file');
    const termsCol = cols.indexOf('terms_in_visible_text');
    const smallCol = cols.indexOf('synthetic_small');
    for (const row of rows) {
      const cells = row.split('\t');
      // Readability's tiny synthetic cases measure nothing but the browser's start-up.
      if (smallCol >= 0 && cells[smallCol] === 'yes') continue;
      out.push({ file: join(folder, cells[fileCol]!), named: (cells[termsCol] ?? '-') !== '-' });
    }
  }
  return out;
}

function sample(pages: { file: string; named: boolean }[], all: boolean): string[] {
  if (all || pages.length <= SAMPLE) return pages.map((p) => p.file);
  const named = pages.filter((p) => p.named).slice(0, Math.floor(SAMPLE / 2));
  const rest = pages.filter((p) => !named.includes(p));
  const step = rest.length / (SAMPLE - named.length);
  const picked = Array.from({ length: SAMPLE - named.length }, (_, i) => rest[Math.floor(i * step)]!);
  return [...named, ...picked].map((p) => p.file);
}

/**
 * What a page loads: the content script (eager, on every http(s) page), the card chunk it imports at
 * the first card or in idle time after a scan that found marks, and the matcher data.
 */
function printSizes(): void {
  const script = join(build, 'content-scripts/content.js');
  const chunk = join(build, 'card-ui.js');
  const matcher = join(build, 'matcher.json');
  const gz = (p: string) => gzipSync(readFileSync(p), { level: 9 }).length;
  const size = (p: string) => `${kb(statSync(p).size)} minified (${kb(gz(p))} gzipped)`;
  console.log(
    [
      `  content script     ${size(script)}, content.css ${kb(statSync(join(build, 'content-scripts/content.css')).size)}`,
      `  card chunk         ${existsSync(chunk) ? size(chunk) : 'none'} (card-ui.js: Preact, card, floating-ui; loaded on pages with marks)`,
      `  data it loads      matcher.json ${kb(statSync(matcher).size)} (${kb(gz(matcher))} gzipped), once per page; cards on demand`,
    ].join('\n'),
  );
}

export async function benchOverlay(all = process.argv.includes('--all')): Promise<void> {
  console.log('\noverlay on real pages (Chromium, content script figures)');
  if (!existsSync(join(build, 'manifest.json'))) {
    console.log('  skipped: no Chrome build in .output/chrome-mv3 (run `npm run build` first)');
    return;
  }
  printSizes();
  if (!existsSync(pagesDir)) {
    console.log(`  skipped pages: no saved pages at ${pagesDir} (see its README in the shared folder)`);
    return;
  }
  if (!existsSync(CHROMIUM_PATH)) {
    console.log(`  skipped: no Chromium at ${CHROMIUM_PATH} (set CHROMIUM_PATH)`);
    return;
  }
  const listed = listPages();
  const files = sample(listed, all);
  console.log(
    `  ${files.length} of ${listed.length} pages${files.length < listed.length ? ' (sampled; --all for every page)' : ''}`,
  );

  // Read in place, every other request refused below: the sweep's server (`npm run sweep`).
  const server = await servePages(pagesDir);
  const { origin } = server;

  const browser = await launchChromium(build);
  const results: (ScanFigures & { file: string })[] = [];
  const missing: string[] = [];
  let blocked = 0;
  try {
    for (const file of files) {
      const page = await browser.browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        const url = request.url();
        // The extension's own files (the card chunk) load as they would anywhere.
        if (url.startsWith(`${origin}/`) || /^(data|chrome-extension):/.test(url)) void request.continue();
        else {
          blocked++;
          void request.abort();
        }
      });
      const figures = new Promise<ScanFigures | null>((resolve) => {
        const timer = setTimeout(() => resolve(null), PAGE_TIMEOUT_MS);
        page.on('console', (message) => {
          const f = parseFigures(message.text());
          if (!f) return;
          clearTimeout(timer);
          resolve(f);
        });
      });
      await page.goto(server.url(file), { waitUntil: 'domcontentloaded' }).catch(() => undefined);
      const f = await figures;
      if (f) results.push({ ...f, file });
      // Some pages' scripts send the tab elsewhere (a redirect the network block turns into an error
      // page), leaving nothing of theirs to measure.
      else missing.push(page.url().startsWith(origin) ? file : `${file} (navigated away)`);
      await page.close().catch(() => undefined);
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const total = results.map((r) => r.setup + r.busy);
  const longest = results.map((r) => r.longest);
  const worst = results.reduce((a, b) => (a.setup + a.busy >= b.setup + b.busy ? a : b), results[0]!);
  console.log(
    [
      `  pages measured     ${results.length}${missing.length ? ` (${missing.length} gave no figures in ${PAGE_TIMEOUT_MS / 1000} s)` : ''}; requests blocked ${blocked}`,
      `  main thread        median ${ms(median(total))}, p90 ${ms(sorted(total)[Math.floor(total.length * 0.9)] ?? NaN)}, worst ${ms(Math.max(...total))} (${worst?.file ?? '-'}, ${worst?.marks ?? 0} marks)`,
      `    of which setup   median ${ms(median(results.map((r) => r.setup)))} (building the matcher)`,
      `  longest slice      median ${ms(median(longest))}, worst ${ms(Math.max(...longest))}; slices over 50 ms: ${longest.filter((l) => l > 50).length}`,
      ...(missing.length ? [`  no figures from     ${missing.join(', ')}`] : []),
      `  marks per page     median ${median(results.map((r) => r.marks))}, most ${Math.max(...results.map((r) => r.marks))}`,
    ].join('\n'),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await benchOverlay();
