// Scale (issue #5 item 3): the PolNeAR texts in ../shared/eval (read in place) as ONE corpus, at 100,
// 300 and all 1,008 articles, so growth can be read off: the KB build as `npm run kb` does it, the
// KB's and the content script's matcher's sizes, the popup search's index and per-keystroke latency,
// and peak memory. Each size runs in a fresh process so its peak memory is its own.
// Part of `npm run bench`; alone: `npm run bench -- --scale`. Figures only: nothing passes or fails.
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { analyzeSource, assembleKb, type KbInput } from '../core/kb/build';
import { indexKb } from '../core/kb/load';
import { matcherForKb } from '../core/kb/matcher';
import { parseKb } from '../core/kb/schema';
import { commonWords } from './common-words';
import { createSearch } from '../core/search';
import { merge, pct, PASSES, QUERIES, topName, typeAll } from './bench-search';
import { polnearKbInputs, readPolnear } from './polnear';

const root = resolve(import.meta.dirname, '..');
const SIZES = [100, 300, 1008];
// Beside the seed-corpus queries (about Ukraine, mostly typo candidates here), words PolNeAR's 2016
// campaign coverage is full of: a query matching thousands of statements is the slow keystroke.
const EXTRA_QUERIES = ['campaign', 'immigration'];

/** Wall-clock and CPU milliseconds of one phase (CPU: this process, GC threads included). */
interface Took {
  wall: number;
  cpu: number;
}

function timed<T>(f: () => T): [T, Took] {
  const c = process.cpuUsage();
  const t = performance.now();
  const out = f();
  const wall = performance.now() - t;
  const { user, system } = process.cpuUsage(c);
  return [out, { wall, cpu: (user + system) / 1000 }];
}

/** What one size measures; one JSON line from the child process. */
interface Row {
  articles: number;
  textBytes: number;
  analyze: Took;
  /** assembleKb: the merge across sources and the re-keyed statements. */
  assemble: Took;
  /** JSON.stringify, the schema check on the parsed text, the matcher: the rest of `npm run kb`. */
  output: Took;
  actors: number;
  statements: number;
  kbRaw: number;
  kbGzip: number;
  matcherRaw: number;
  matcherGzip: number;
  aliases: number;
  index: Took;
  keystrokes: number;
  p50: number;
  p95: number;
  cpuP95: number;
  bestP95: number;
  peakRss: number;
  peakHeap: number;
}

/** `n` articles spread evenly over the whole (sorted) list, so every size mixes outlets and splits alike. */
export function spread<T>(all: T[], n: number): T[] {
  if (n >= all.length) return all;
  return Array.from({ length: n }, (_, i) => all[Math.floor((i * all.length) / n)]!);
}

function measure(inputs: KbInput[]): Row {
  let peakHeap = 0;
  const sample = () => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed));
  // buildKb is exactly these two steps; timed apart because the engine's share is linear by
  // construction, and the merge across sources is where a corpus-wide cost would hide.
  const [docs, analyze] = timed(() =>
    inputs.map(({ meta, text }) => ({ meta, analysis: analyzeSource(meta.id, text) })),
  );
  sample();
  const [kb, assemble] = timed(() => assembleKb(docs));
  sample();
  const [[json, matcher], output] = timed(() => {
    const json = JSON.stringify(kb);
    parseKb(JSON.parse(json));
    return [json, JSON.stringify(matcherForKb(kb, commonWords(root)))] as const;
  });
  sample();
  docs.length = 0;
  const [search, index] = timed(() => createSearch(indexKb(kb)));
  sample();
  const queries = [...QUERIES, ...EXTRA_QUERIES, topName(kb)];
  const keys = merge(typeAll(search, queries).values());
  sample();
  return {
    articles: inputs.length,
    textBytes: inputs.reduce((n, i) => n + Buffer.byteLength(i.text), 0),
    analyze,
    assemble,
    output,
    actors: kb.actors.length,
    statements: kb.statements.length,
    kbRaw: Buffer.byteLength(json),
    kbGzip: gzipSync(json, { level: 9 }).length,
    matcherRaw: Buffer.byteLength(matcher),
    matcherGzip: gzipSync(matcher, { level: 9 }).length,
    aliases: (JSON.parse(matcher) as { aliases: unknown[] }).aliases.length,
    index,
    keystrokes: keys.wall.length / PASSES,
    p50: pct(keys.wall, 0.5),
    p95: pct(keys.wall, 0.95),
    cpuP95: pct(keys.cpu, 0.95),
    bestP95: pct(keys.best, 0.95),
    peakRss: process.resourceUsage().maxRSS * 1024,
    peakHeap,
  };
}

const MB = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const KB = (n: number) => `${(n / 1024).toFixed(0)} KB`;
const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const msec = (ms: number, digits = 0) => `${ms.toFixed(digits)} ms`;

/** One row per measure, one column per size; "per article" rows carry × that at the smallest size. */
function printTable(rows: Row[]): void {
  const first = rows[0]!;
  const lines: [string, (r: Row) => string][] = [
    ['text', (r) => MB(r.textBytes)],
    ['actors / statements', (r) => `${r.actors} / ${r.statements}`],
    [
      'KB build, wall (analyze + merge)',
      (r) => `${sec(r.analyze.wall + r.assemble.wall)} (${sec(r.analyze.wall)} + ${sec(r.assemble.wall)})`,
    ],
    [
      'KB build, CPU (analyze + merge)',
      (r) => `${sec(r.analyze.cpu + r.assemble.cpu)} (${sec(r.analyze.cpu)} + ${sec(r.assemble.cpu)})`,
    ],
    [
      '  CPU per article',
      perArticle(
        (r) => r.analyze.cpu + r.assemble.cpu,
        (x) => msec(x, 1),
      ),
    ],
    [
      '  merge CPU per article',
      perArticle(
        (r) => r.assemble.cpu,
        (x) => msec(x, 2),
      ),
    ],
    ['JSON + schema check + matcher, CPU', (r) => sec(r.output.cpu)],
    ['KB raw / gzip', (r) => `${MB(r.kbRaw)} / ${MB(r.kbGzip)}`],
    ['  raw per article', perArticle((r) => r.kbRaw, KB)],
    ['matcher raw / gzip (aliases)', (r) => `${KB(r.matcherRaw)} / ${KB(r.matcherGzip)} (${r.aliases})`],
    [
      '  raw per article',
      perArticle(
        (r) => r.matcherRaw,
        (x) => `${x.toFixed(0)} B`,
      ),
    ],
    ['search index build, wall / CPU', (r) => `${msec(r.index.wall)} / ${msec(r.index.cpu)}`],
    [
      '  CPU per article',
      perArticle(
        (r) => r.index.cpu,
        (x) => msec(x, 2),
      ),
    ],
    ['keystroke wall p50 / p95', (r) => `${msec(r.p50, 2)} / ${msec(r.p95, 2)}`],
    [
      'keystroke CPU p95, best-of-5 p95',
      (r) => `${msec(r.cpuP95, 2)}, ${msec(r.bestP95, 2)} ${ratio(r.bestP95, first.bestP95)}`,
    ],
    ['peak RSS / heap', (r) => `${MB(r.peakRss)} / ${MB(r.peakHeap)}`],
  ];
  function perArticle(f: (r: Row) => number, show: (x: number) => string): (r: Row) => string {
    return (r) => `${show(f(r) / r.articles)} ${ratio(f(r) / r.articles, f(first) / first.articles)}`;
  }
  const w = Math.max(...lines.map(([l]) => l.length));
  const cells = lines.map(([, f]) => rows.map(f));
  const cw = Math.max(...cells.flat().map((c) => c.length), 14);
  console.log(`  ${''.padEnd(w)}  ${rows.map((r) => `${r.articles} articles`.padStart(cw)).join('  ')}`);
  lines.forEach(([label], i) =>
    console.log(`  ${label.padEnd(w)}  ${cells[i]!.map((c) => c.padStart(cw)).join('  ')}`),
  );
}

const ratio = (x: number, base: number) => `×${(x / base).toFixed(2)}`;

export async function benchScale(): Promise<void> {
  console.log('scale (PolNeAR as one corpus at growing sizes; each size in a fresh process)');
  const texts = readPolnear();
  if (typeof texts === 'string') {
    console.log(`  ${texts}`);
    return;
  }
  const load = () =>
    loadavg()
      .map((n) => n.toFixed(1))
      .join(' ');
  console.log(`  load average at start ${load()} (wall-clock figures; 2 cores shared with the load)`);
  const rows: Row[] = [];
  for (const n of SIZES.map((k) => Math.min(k, texts.length)).filter((k, i, a) => a.indexOf(k) === i)) {
    const child = spawnSync(
      process.execPath,
      [...process.execArgv, fileURLToPath(import.meta.url), '--child', String(n)],
      { encoding: 'utf8', maxBuffer: 16 << 20 },
    );
    const last = child.stdout.trim().split('\n').pop() ?? '';
    if (child.status !== 0 || !last.startsWith('{')) {
      console.log(
        `  ${n} articles: the measuring process failed (exit ${child.status}): ${child.stderr.trim()}`,
      );
      continue;
    }
    rows.push(JSON.parse(last) as Row);
  }
  if (rows.length) printTable(rows);
  console.log(
    `  ×: that figure over the same at ${rows[0]?.articles} articles (×1.00 per article = linear growth)`,
  );
  console.log(
    `  keystrokes: ${[...QUERIES, ...EXTRA_QUERIES].map((q) => JSON.stringify(q)).join(', ')} and the most-` +
      `mentioned person, typed letter by letter, ${PASSES} timed passes; best-of-5 takes each keystroke's fastest pass`,
  );
  console.log(`  load average at end ${load()}`);
}

const self = import.meta.url === pathToFileURL(process.argv[1] ?? '').href;
const childAt = process.argv.indexOf('--child');
if (self && childAt >= 0) {
  const texts = readPolnear();
  if (typeof texts === 'string') throw new Error(texts);
  console.log(JSON.stringify(measure(spread(polnearKbInputs(texts), Number(process.argv[childAt + 1])))));
} else if (self) await benchScale();
