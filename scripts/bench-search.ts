// The popup's corpus search per keystroke (part of `npm run bench`; alone: `npx tsx scripts/bench-search.ts`).
// Types realistic queries letter by letter and times each `query` call, on the seed KB and on a KB the
// engine builds from the ~1,000 PolNeAR articles in ../shared/eval (read in place, never copied).
// Prints the index's build time and memory too. Figures only: nothing passes or fails.
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { buildKb } from '../core/kb/build';
import { readCorpus } from '../core/kb/corpus';
import { indexKb, type Kb, type KbIndex } from '../core/kb';
import { createSearch, type Search, type SearchFilters } from '../core/search';
import { polnearKbInputs, readPolnear } from './polnear';

const root = resolve(import.meta.dirname, '..');
export const QUERIES = ['zelensky', 'lavrof', 'anchorage summit', '28 point plan', 'sanctions'];
export const PASSES = 5;

// A heap figure is only meaningful after a full collection; tsx gives no --expose-gc, V8 can.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heapMb = () => {
  gc();
  return process.memoryUsage().heapUsed / 1024 / 1024;
};

export const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? NaN;
const ms = (n: number) => `${n.toFixed(2)} ms`;
const figures = (xs: number[]) =>
  `p50 ${ms(pct(xs, 0.5))}, p95 ${ms(pct(xs, 0.95))}, max ${ms(Math.max(...xs))}`;

/** The most-mentioned person: "a name from the corpus", whatever the corpus. */
export function topName(kb: Kb): string {
  const mentions = (m: Record<string, number>) => Object.values(m).reduce((n, c) => n + c, 0);
  const people = kb.actors.filter((a) => a.type === 'person');
  people.sort((a, b) => mentions(b.mentions) - mentions(a.mentions));
  return people[0]?.name ?? 'president';
}

export interface Times {
  /** Wall clock: what the reader waits, including time the OS gave to other processes. */
  wall: number[];
  /** This process's CPU time (all its threads, so GC helpers count): the work, whatever the load. */
  cpu: number[];
  /** Per keystroke, the fastest of the passes: the search's own cost with the machine's load filtered out. */
  best: number[];
}

/** Per-keystroke times over `PASSES` passes of typing every query, after an untimed warm-up pass. */
export function typeAll(search: Search, queries: string[], filters?: SearchFilters): Map<string, Times> {
  const out = new Map(queries.map((q): [string, Times] => [q, { wall: [], cpu: [], best: [] }]));
  for (let pass = 0; pass <= PASSES; pass++) {
    for (const q of queries) {
      for (let i = 1; i <= q.length; i++) {
        const c = process.cpuUsage();
        const t = performance.now();
        search.query(q.slice(0, i), filters);
        const wall = performance.now() - t;
        const { user, system } = process.cpuUsage(c);
        if (pass === 0) continue;
        out.get(q)!.wall.push(wall);
        out.get(q)!.cpu.push((user + system) / 1000);
      }
    }
  }
  for (const t of out.values()) {
    const n = t.wall.length / PASSES;
    t.best = Array.from({ length: n }, (_, k) =>
      Math.min(...Array.from({ length: PASSES }, (_, p) => t.wall[p * n + k]!)),
    );
  }
  return out;
}

const both = (t: Times) =>
  `wall ${figures(t.wall)}; cpu p50 ${ms(pct(t.cpu, 0.5))}, p95 ${ms(pct(t.cpu, 0.95))}; ` +
  `best of ${PASSES} p95 ${ms(pct(t.best, 0.95))}`;
export const merge = (ts: Iterable<Times>): Times => {
  const all = [...ts];
  return {
    wall: all.flatMap((t) => t.wall),
    cpu: all.flatMap((t) => t.cpu),
    best: all.flatMap((t) => t.best),
  };
};

function report(label: string, kb: Kb): void {
  const before = heapMb();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const ix: KbIndex = indexKb(kb);
  const search = createSearch(ix);
  const buildMs = performance.now() - t0;
  const { user, system } = process.cpuUsage(c0);
  const grown = heapMb() - before;
  console.log(
    `  ${label}: ${kb.sources.length} sources, ${kb.actors.length} actors, ${kb.statements.length} statements; ` +
      `index built in ${buildMs.toFixed(0)} ms (${((user + system) / 1000).toFixed(0)} ms CPU; indexKb + createSearch), ` +
      `+${grown.toFixed(1)} MB heap`,
  );
  const queries = [...QUERIES, topName(kb)];
  const runs = typeAll(search, queries);
  const all = merge(runs.values());
  const n = all.wall.length;
  console.log(`    per keystroke (${n / PASSES} keystrokes × ${PASSES} passes): ${both(all)}`);
  for (const [q, t] of runs) console.log(`      ${JSON.stringify(q).padEnd(26)} ${both(t)}`);
  const off = kb.sources.filter((_, i) => i % 2 === 1).map((s) => s.id);
  const filtered = merge(typeAll(search, queries, { excludeSources: off, topics: ['the_plan'] }).values());
  console.log(`    with filters (${off.length} sources switched off, topic the_plan): ${both(filtered)}`);
}

function seedKb(): Kb | string {
  const manifestPath = join(root, 'data/sources.json');
  const corpus = readCorpus(JSON.parse(readFileSync(manifestPath, 'utf8')), (f) =>
    readFileSync(resolve(dirname(manifestPath), f)),
  );
  return corpus.ok ? buildKb(corpus.inputs) : `skipped: ${corpus.errors.join('; ')}`;
}

export async function benchSearch(): Promise<void> {
  console.log('corpus search (core/search: each query typed letter by letter, one query call per keystroke)');
  console.log(
    `  load average at start ${loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')} (wall-clock figures)`,
  );
  const seeds = seedKb();
  if (typeof seeds === 'string') console.log(`  seeds: ${seeds}`);
  else report('seeds', seeds);
  const texts = readPolnear();
  const inputs = typeof texts === 'string' ? texts : polnearKbInputs(texts);
  if (typeof inputs === 'string') {
    console.log(`  PolNeAR: ${inputs}`);
    return;
  }
  const t0 = performance.now();
  const kb = buildKb(inputs);
  console.log(`  PolNeAR KB built by the engine in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  report(`PolNeAR (${inputs.length} articles)`, kb);
  console.log(
    `  load average at end ${loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')}`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await benchSearch();
