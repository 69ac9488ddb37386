// `npx tsx scripts/bench-syntax.ts`: the speed of core/syntax (tokenize + tag + parse + label) over
// the PolNeAR texts read in place, in MB of raw text a second, sentences from core/text. The
// sentence split is done before the clock starts; a first pass warms the JIT and is not counted.
// Both wall time and this process's CPU time are given: on a shared machine the second is steadier.
import { prepare } from '../core/text';
import { analyzeSyntax, shipped } from '../core/syntax';
import { readPolnear } from './polnear';

const texts = readPolnear();
if (typeof texts === 'string') {
  console.log(`bench syntax: ${texts}`);
  process.exit(0);
}
const docs = texts.map((t) => ({ bytes: Buffer.byteLength(t.text), doc: prepare(t.text) }));
const bytes = docs.reduce((s, d) => s + d.bytes, 0);
const t0 = performance.now();
shipped();
const load = performance.now() - t0;
let tokens = 0;
for (const { doc } of docs.slice(0, 50)) analyzeSyntax(doc.norm, doc.sentences);
const runs: number[] = [];
const cpu: number[] = [];
for (let r = 0; r < 3; r++) {
  const t = performance.now();
  const c = process.cpuUsage();
  tokens = 0;
  for (const { doc } of docs) for (const s of analyzeSyntax(doc.norm, doc.sentences)) tokens += s.length;
  runs.push((performance.now() - t) / 1000);
  const used = process.cpuUsage(c);
  cpu.push((used.user + used.system) / 1e6);
}
const best = Math.min(...runs);
const bestCpu = Math.min(...cpu);
const rate = (s: number) =>
  `${(bytes / 1e6 / s).toFixed(2)} MB/s, ${(tokens / s / 1000).toFixed(0)}k tokens/s`;
console.log(
  `bench syntax: ${docs.length} PolNeAR texts, ${(bytes / 1e6).toFixed(2)} MB, ${tokens} tokens; ` +
    `models loaded in ${load.toFixed(0)} ms; best of 3: ${best.toFixed(2)} s wall = ${rate(best)}; ` +
    `${bestCpu.toFixed(2)} s CPU = ${rate(bestCpu)}`,
);
