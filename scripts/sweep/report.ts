// The sweep's results, pure: which errors are ours, the per-browser figures, and the Markdown summary.
import type { MarkRecord } from './marks';
import type { ScanFigures } from './probe';

export type Status = 'ok' | 'timeout' | 'crashed' | 'no-figures';

export interface PageResult {
  file: string;
  status: Status;
  /** Wall time for the page, ms. */
  ms: number;
  /** Run without the page's scripts (they sent the tab away from the page). */
  scriptless?: boolean;
  figures: ScanFigures | null;
  ourErrors: string[];
  /** Errors with no location at all (Firefox's unhandled rejections): neither ours nor the page's for sure. */
  unplaced: string[];
  pageErrors: number;
  /** DOM changes beyond our host that the page's own scripts did not make. */
  domChanges: string[];
  /** DOM changes while the page's scripts ran (theirs and ours), for information. */
  pageDomChanges: number;
  /** The first mark's card, opened with Alt+Shift+→: 'opened', 'no visible mark', or what went wrong. */
  card: string;
  marks: MarkRecord[];
  note?: string;
}

/** A page's result before anything was found on it; `card` says how far the run got. */
export function blankResult(card: string): Omit<PageResult, 'file' | 'ms'> {
  return {
    status: 'ok',
    figures: null,
    ourErrors: [],
    unplaced: [],
    pageErrors: 0,
    domChanges: [],
    pageDomChanges: 0,
    card,
    marks: [],
  };
}

export type Origin = 'ours' | 'page' | 'unplaced';

/**
 * Whose error this is, by where it was thrown: a stack or console location in our extension is ours
 * (`ours` knows its files; wikipedia-4 links another extension's stylesheet, whose failed load is
 * not), any other location the page's. Our console warnings carry "[footnote]" wherever they are.
 */
export function errorOrigin(text: string, locations: string[], ours: (url: string) => boolean): Origin {
  if (/\[footnote\]/.test(text)) return 'ours';
  if (locations.some(ours)) return 'ours';
  if ([...text.matchAll(/(?:chrome|moz)-extension:\/\/[^\s)'"]+/g)].some((m) => ours(m[0]))) return 'ours';
  return locations.some((l) => l !== '') ? 'page' : 'unplaced';
}

/**
 * Whether `url` is one of our extension's files: under its origin, or (Chromium's dynamic URL for
 * web-accessible files, a fresh UUID per session) any extension origin with a path the build has.
 */
export function ourUrl(origin: string, files: Set<string>): (url: string) => boolean {
  return (url) => {
    if (url.startsWith(`${origin}/`)) return true;
    const m = /^(?:chrome|moz)-extension:\/\/[^/]+\/([^?#:]+)/.exec(url);
    return !!m && files.has(m[1]!);
  };
}

export interface BrowserSummary {
  browser: string;
  pages: number;
  ok: number;
  withOurErrors: number;
  withUnplacedErrors: number;
  withDomChanges: number;
  timeouts: number;
  crashed: number;
  noFigures: number;
  cardsOpened: number;
  scan: { median: number; p95: number; max: number; maxFile: string };
  longestTask: { max: number; file: string };
  marks: number;
  problems: string[];
  /** Errors with no location, each distinct message with the number of pages it came from. */
  unplaced: { message: string; pages: number }[];
}

const quantile = (xs: number[], q: number) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;
};

/** A page's main-thread time: building the matcher plus every scan slice. */
export const scanTime = (f: ScanFigures): number => f.setup + f.busy;
/** Our longest task: the matcher's build or the longest slice, whichever is longer. */
export const longestTask = (f: ScanFigures): number => Math.max(f.setup, f.longest);

export function summarize(browser: string, results: PageResult[]): BrowserSummary {
  const measured = results.filter((r) => r.figures);
  const scans = measured.map((r) => ({ file: r.file, t: scanTime(r.figures!), l: longestTask(r.figures!) }));
  const slowest = scans.reduce((a, b) => (b.t > a.t ? b : a), { file: '-', t: -Infinity, l: -Infinity });
  const longest = scans.reduce((a, b) => (b.l > a.l ? b : a), { file: '-', t: -Infinity, l: -Infinity });
  const problems: string[] = [];
  for (const r of results) {
    const at = `${r.file}${r.scriptless ? ' (without its scripts)' : ''}`;
    if (r.status !== 'ok') problems.push(`${at}: ${r.status}${r.note ? ` (${r.note})` : ''}`);
    // One error per frame and per run (an iframe has its own content script): each message once.
    for (const e of new Set(r.ourErrors)) problems.push(`${at}: our error: ${e}`);
    if (r.domChanges.length) problems.push(`${at}: DOM changed: ${r.domChanges.slice(0, 5).join('; ')}`);
    if (r.status === 'ok' && !['opened', 'no marks', 'no visible mark'].includes(r.card))
      problems.push(`${at}: card: ${r.card}`);
  }
  return {
    browser,
    pages: results.length,
    ok: results.filter((r) => r.status === 'ok' && !r.ourErrors.length && !r.domChanges.length).length,
    withOurErrors: results.filter((r) => r.ourErrors.length).length,
    withUnplacedErrors: results.filter((r) => r.unplaced.length).length,
    withDomChanges: results.filter((r) => r.domChanges.length).length,
    timeouts: results.filter((r) => r.status === 'timeout').length,
    crashed: results.filter((r) => r.status === 'crashed').length,
    noFigures: results.filter((r) => r.status === 'no-figures').length,
    cardsOpened: results.filter((r) => r.card === 'opened').length,
    scan: {
      median: quantile(
        scans.map((s) => s.t),
        0.5,
      ),
      p95: quantile(
        scans.map((s) => s.t),
        0.95,
      ),
      max: slowest.t,
      maxFile: slowest.file,
    },
    longestTask: { max: longest.l, file: longest.file },
    marks: results.reduce((n, r) => n + r.marks.length, 0),
    problems,
    unplaced: tally(results.flatMap((r) => [...new Set(r.unplaced)])),
  };
}

function tally(messages: string[]): { message: string; pages: number }[] {
  const counts = new Map<string, number>();
  for (const m of messages) counts.set(m, (counts.get(m) ?? 0) + 1);
  return [...counts].map(([message, pages]) => ({ message, pages })).sort((a, b) => b.pages - a.pages);
}

const ms = (n: number) => (Number.isFinite(n) ? `${n.toFixed(1)} ms` : '-');

export function renderMarkdown(
  summaries: BrowserSummary[],
  meta: { dir: string; command: string; date: string },
): string {
  const lines = [
    `# Footnote real-page sweep`,
    '',
    `${meta.date} — \`${meta.command}\` over ${meta.dir}, served from 127.0.0.1 with every other request refused.`,
    '',
    '| | ' + summaries.map((s) => s.browser).join(' | ') + ' |',
    '|---|' + summaries.map(() => '---|').join(''),
  ];
  const row = (label: string, f: (s: BrowserSummary) => string | number) =>
    lines.push(`| ${label} | ${summaries.map((s) => String(f(s))).join(' | ')} |`);
  row('pages', (s) => s.pages);
  row('pages OK (no error of ours, no DOM change)', (s) => s.ok);
  row('pages with errors from our scripts', (s) => s.withOurErrors);
  row('pages with errors of unknown origin', (s) => s.withUnplacedErrors);
  row('pages with DOM changes beyond our host', (s) => s.withDomChanges);
  row('timed out / crashed / no figures', (s) => `${s.timeouts} / ${s.crashed} / ${s.noFigures}`);
  row('scan time median / p95 / max', (s) => `${ms(s.scan.median)} / ${ms(s.scan.p95)} / ${ms(s.scan.max)}`);
  row('longest task of ours, max', (s) => ms(s.longestTask.max));
  row('marks', (s) => s.marks);
  row('cards opened (Alt+Shift+→)', (s) => s.cardsOpened);
  for (const s of summaries) {
    lines.push('', `## ${s.browser}: ${s.problems.length ? `${s.problems.length} problems` : 'no problems'}`);
    lines.push(`Slowest scan: ${s.scan.maxFile}; longest task: ${s.longestTask.file}.`);
    for (const p of s.problems) lines.push(`- ${p}`);
    if (s.unplaced.length) {
      // Syntax errors in a page's inline scripts, Firefox's console notes and its unhandled rejections
      // come with no location: listed by message, to be judged by eye.
      lines.push('', `Errors with no location (${s.withUnplacedErrors} pages), by message:`);
      for (const u of s.unplaced.slice(0, 20)) lines.push(`- ${u.pages}× ${u.message.slice(0, 160)}`);
    }
  }
  return lines.join('\n') + '\n';
}
