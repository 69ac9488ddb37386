// `npm run bench`: engine throughput (KB of UTF-8 text per second, median of several timed passes
// after a warm-up) on the seed corpus, on long synthetic articles, and on PolNeAR when it sits in
// ../shared/eval beside the repo; then the knowledge base's build time and size, and peak memory;
// then the overlay, the popup search, and the whole engine at growing corpus sizes (`-- --scale`
// runs that last section alone). Figures only: nothing here passes or fails on time.
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { analyze } from '../core/engine';
import { buildKb } from '../core/kb/build';
import { readCorpus } from '../core/kb/corpus';
import { benchOverlay } from './bench-overlay';
import { benchScale } from './bench-scale';
import { readPolnear } from './polnear';

const root = resolve(import.meta.dirname, '..');

// `npm run bench -- --scale`: only the last section, the engine at growing corpus sizes.
if (process.argv.includes('--scale')) {
  await benchScale();
  process.exit(0);
}

let peakHeap = 0;
const sampleHeap = () => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;

interface Pass {
  ms: number;
  docs: number;
  bytes: number;
  perDoc: number[];
}

/** One pass over `texts`, stopping early (and saying so) once `budgetMs` is spent. */
function pass(texts: string[], budgetMs = Infinity): Pass {
  const perDoc: number[] = [];
  let bytes = 0;
  const t0 = performance.now();
  for (const t of texts) {
    const s = performance.now();
    analyze(t);
    perDoc.push(performance.now() - s);
    bytes += Buffer.byteLength(t);
    sampleHeap();
    if (performance.now() - t0 > budgetMs) break;
  }
  return { ms: performance.now() - t0, docs: perDoc.length, bytes, perDoc };
}

/** Warm-up, then up to `runs` timed passes within `budgetMs`; prints the median pass. */
function measure(label: string, texts: string[], runs: number, budgetMs: number): number {
  const started = performance.now();
  // Warm-up: the JIT and the lexicons' lazy tables, until a second has gone or three passes are done.
  for (let i = 0; i < 3 && performance.now() - started < 1000; i++) pass(texts, budgetMs / 4);
  const passes: Pass[] = [];
  while (passes.length < runs) {
    const left = budgetMs - (performance.now() - started);
    if (passes.length && left < passes[0]!.ms) break;
    passes.push(pass(texts, Math.max(left, budgetMs / 4)));
    if (passes[passes.length - 1]!.docs < texts.length) break;
  }
  const rates = passes.map((p) => p.bytes / 1024 / (p.ms / 1000));
  const best = passes.find((p) => p.bytes / 1024 / (p.ms / 1000) === median(rates))!;
  const partial =
    best.docs < texts.length
      ? ` (partial: ${best.docs} of ${texts.length} texts within the time budget)`
      : '';
  const perDoc = passes.flatMap((p) => p.perDoc);
  console.log(
    `  ${label.padEnd(26)} ${median(rates).toFixed(0).padStart(6)} KB/s  ` +
      `median of ${passes.length} pass${passes.length > 1 ? 'es' : ''}, ${kb(best.bytes)} in ${best.docs} text${best.docs === 1 ? '' : 's'}, ` +
      `${(best.ms / 1000).toFixed(2)} s a pass; per text p50 ${pct(perDoc, 0.5).toFixed(1)} ms, ` +
      `p95 ${pct(perDoc, 0.95).toFixed(1)} ms, max ${Math.max(...perDoc).toFixed(1)} ms${partial}`,
  );
  return best.ms;
}

const manifestPath = join(root, 'data/sources.json');
const corpus = readCorpus(JSON.parse(readFileSync(manifestPath, 'utf8')), (f) =>
  readFileSync(resolve(dirname(manifestPath), f)),
);
if (!corpus.ok) {
  for (const e of corpus.errors) console.error(`bench: ${e}`);
  process.exit(1);
}
const seeds = corpus.inputs.map((i) => i.text);

console.log(`bench: node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'cpu'}`);
console.log('engine throughput (analyze, one text at a time)');
measure('seeds', seeds, 21, 15_000);
// Longer and longer articles made of the seeds: KB/s falling with size means cost grows faster than
// the text. One analyze call cannot be cut short, so a size is skipped when the last one was slow.
const joined = seeds.join('\n\n');
let lastMs = 0;
for (const size of [64, 256, 1024]) {
  const label = `synthetic ${size} KB article`;
  if (lastMs * 4 > 30_000) {
    console.log(`  ${label.padEnd(26)} skipped: the previous size took ${(lastMs / 1000).toFixed(1)} s`);
    continue;
  }
  const text = joined.repeat(Math.ceil((size * 1024) / joined.length)).slice(0, size * 1024);
  lastMs = measure(label, [text], 3, 20_000);
}
// One paragraph of short sentences: Node's Intl.Segmenter is quadratic in the sentences of one call
// (core/text/segment.ts segments long paragraphs in windows), so KB/s falling here means it is back.
const short = 'Putin said so. ';
for (const size of [256, 1024]) {
  const text = short.repeat(Math.ceil((size * 1024) / short.length)).slice(0, size * 1024);
  measure(`one paragraph ${size} KB`, [text], 3, 20_000);
}
const pnTexts = readPolnear();
const pn = typeof pnTexts === 'string' ? pnTexts : pnTexts.map((t) => t.text);
if (typeof pn === 'string') console.log(`  ${'PolNeAR'.padEnd(26)} ${pn}`);
else measure(`PolNeAR (${pn.length} texts)`, pn, 3, 60_000);

console.log('knowledge base (seeds)');
const t0 = performance.now();
const built = buildKb(corpus.inputs);
const buildMs = performance.now() - t0;
sampleHeap();
const json = JSON.stringify(built);
console.log(
  `  built in ${buildMs.toFixed(0)} ms: ${built.sources.length} sources, ${built.actors.length} actors, ` +
    `${built.statements.length} statements`,
);
console.log(`  size ${kb(Buffer.byteLength(json))} raw, ${kb(gzipSync(json, { level: 9 }).length)} gzipped`);
console.log('memory');
console.log(
  `  peak heap used (sampled per text) ${mb(peakHeap)}, max RSS ${mb(process.resourceUsage().maxRSS * 1024)}`,
);

// The page overlay in a real browser, on saved news pages (scripts/bench-overlay.ts).
await benchOverlay();

// The popup's corpus search per keystroke, seeds and PolNeAR (scripts/bench-search.ts).
await (await import('./bench-search')).benchSearch();

// The KB build, its sizes and the search at 100, 300 and 1,008 PolNeAR articles (scripts/bench-scale.ts).
await benchScale();
