// `npm run sweep -- DIR`: every page under DIR in Chromium and Firefox with the built extension,
// served from 127.0.0.1 with every other request refused. Per page: errors thrown by our scripts, DOM
// changes beyond our host, scan time and longest task, the marks and their actors. Writes
// artifacts/sweep/report.json and summary.md, and prints the summary.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CHROMIUM_PATH, FIREFOX_PATH, launchChromium, launchFirefox } from '../tests/e2e/browsers';
import type { MatcherData } from '../core/matcher/compile';
import { markIds } from './sweep/marks';
import { renderMarkdown, summarize, type BrowserSummary, type PageResult } from './sweep/report';
import { sweepBrowser, type BrowserRun } from './sweep/run-browser';
import { buildFiles, findPages, servePages } from './sweep/serve';

const USAGE = `usage: npm run sweep -- DIR [--output BUILD] [--browser chromium|firefox] [--only TEXT] [--limit N] [--report DIR]
  DIR        a folder of saved pages (*.html, searched recursively), e.g. ../shared/pages
  --output   the built extension (default .output, from \`npm run build\`)
  --browser  one browser only (default both)
  --only     only pages whose path contains TEXT (or any of TEXT,TEXT…)
  --limit    the first N pages (after --only), or every k-th page to make N with --spread
  --report   where report.json and summary.md go (default artifacts/sweep)`;

function fail(message: string): never {
  console.error(`sweep: ${message}\n${USAGE}`);
  process.exit(2);
}

const root = resolve(import.meta.dirname, '..');
let args: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      output: { type: 'string', default: join(root, '.output') },
      browser: { type: 'string' },
      only: { type: 'string' },
      limit: { type: 'string' },
      spread: { type: 'boolean', default: false },
      report: { type: 'string', default: join(root, 'artifacts/sweep') },
      help: { type: 'boolean', default: false },
    },
  });
}
try {
  args = parse();
} catch (error) {
  fail((error as Error).message);
}
if (args.values.help) {
  console.log(USAGE);
  process.exit(0);
}
const [dirArg, ...extra] = args.positionals;
if (!dirArg || extra.length)
  fail(dirArg ? `one folder only, got ${args.positionals.join(' ')}` : 'no folder of pages given');
const dir = resolve(dirArg);
if (!existsSync(dir)) fail(`no folder at ${dir}`);
let files = findPages(dir);
if (args.values.only) {
  const parts = args.values.only.split(',');
  files = files.filter((f) => parts.some((p) => f.includes(p)));
}
if (args.values.limit) {
  const n = Number(args.values.limit);
  if (!Number.isInteger(n) || n < 1) fail(`--limit wants a positive whole number, got ${args.values.limit}`);
  files = args.values.spread
    ? Array.from(
        { length: Math.min(n, files.length) },
        (_, i) => files[Math.floor((i * files.length) / Math.min(n, files.length))]!,
      )
    : files.slice(0, n);
}
if (!files.length)
  fail(`no .html pages under ${dir}${args.values.only ? ` matching "${args.values.only}"` : ''}`);

const output = resolve(args.values.output);
const chromeDir = join(output, 'chrome-mv3');
const firefoxDir = join(output, 'firefox-mv3');
const wanted = args.values.browser ? [args.values.browser] : ['chromium', 'firefox'];
const runs: BrowserRun[] = [];
for (const name of wanted) {
  if (name === 'chromium') {
    if (!existsSync(CHROMIUM_PATH)) fail(`no Chromium at ${CHROMIUM_PATH} (set CHROMIUM_PATH)`);
    if (!existsSync(join(chromeDir, 'manifest.json')))
      fail(`no Chrome build at ${chromeDir} (run \`npm run build\`)`);
    runs.push({ name, files: buildFiles(chromeDir), launch: () => launchChromium(chromeDir) });
  } else if (name === 'firefox') {
    if (!existsSync(FIREFOX_PATH)) fail(`no Firefox at ${FIREFOX_PATH} (set FIREFOX_PATH)`);
    const manifest = join(firefoxDir, 'manifest.json');
    if (!existsSync(manifest)) fail(`no Firefox build at ${firefoxDir} (run \`npm run build\`)`);
    const id = (
      JSON.parse(readFileSync(manifest, 'utf8')) as {
        browser_specific_settings?: { gecko?: { id?: string } };
      }
    ).browser_specific_settings?.gecko?.id;
    if (!id) fail(`${manifest} names no gecko id`);
    runs.push({ name, files: buildFiles(firefoxDir), launch: () => launchFirefox(firefoxDir, id) });
  } else fail(`unknown browser "${name}" (chromium or firefox)`);
}
const matcherFile = join(runs[0]!.name === 'chromium' ? chromeDir : firefoxDir, 'matcher.json');
const ids = markIds(JSON.parse(readFileSync(matcherFile, 'utf8')) as MatcherData);

const server = await servePages(dir);
const reports: Record<string, PageResult[]> = {};
const summaries: BrowserSummary[] = [];
try {
  for (const run of runs) {
    // The loaded two-core machine this was written on needed up to ~20 s for a heavy page's first scan.
    reports[run.name] = await sweepBrowser(
      run,
      files,
      { server, ids, figuresMs: 30_000, pageMs: 120_000 },
      (line) => console.error(line),
    );
    summaries.push(summarize(run.name, reports[run.name]!));
  }
} finally {
  await server.close();
}

// A run of one browser joins the other browser's results already in the folder (same pages), so the
// two can run side by side and still make one report.
const reportFile = join(args.values.report, 'report.json');
const command = `npm run sweep -- ${process.argv.slice(2).join(' ')}`;
const commands: Record<string, string> = {};
for (const run of runs) commands[run.name] = command;
if (runs.length === 1 && existsSync(reportFile)) {
  try {
    const earlier = JSON.parse(readFileSync(reportFile, 'utf8')) as {
      dir: string;
      files: string[];
      commands?: Record<string, string>;
      pages: Record<string, PageResult[]>;
    };
    if (earlier.dir === dir && earlier.files.join('\n') === files.join('\n')) {
      for (const [name, results] of Object.entries(earlier.pages)) {
        if (reports[name]) continue;
        reports[name] = results;
        summaries.push(summarize(name, results));
        commands[name] = earlier.commands?.[name] ?? '';
      }
      summaries.sort((a, b) => a.browser.localeCompare(b.browser));
    }
  } catch {
    // an unreadable earlier report is simply replaced
  }
}
const shown = [...new Set(Object.values(commands))].filter(Boolean).join('` and `');
const markdown = renderMarkdown(summaries, {
  dir,
  command: shown,
  date: new Date().toISOString().slice(0, 16) + 'Z',
});
mkdirSync(args.values.report, { recursive: true });
writeFileSync(reportFile, JSON.stringify({ dir, commands, files, summaries, pages: reports }, null, 1));
writeFileSync(join(args.values.report, 'summary.md'), markdown);
console.log(markdown);
console.log(`report: ${reportFile}`);
process.exit(summaries.some((s) => s.withOurErrors || s.withDomChanges) ? 1 : 0);
