// `npx tsx scripts/sweep/sample.ts REPORT [N] [--browser B] [--seed S]`: N marks drawn at random (a
// fixed seed, so the same report gives the same sample) from a sweep report, each with its actor and
// its context, for checking by hand that the marked text really names that actor.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { PageResult } from './report';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { browser: { type: 'string', default: 'chromium' }, seed: { type: 'string', default: '1' } },
});
const [file, n = '100'] = positionals;
if (!file) {
  console.error(
    'usage: npx tsx scripts/sweep/sample.ts REPORT.json [N] [--browser chromium|firefox] [--seed S]',
  );
  process.exit(2);
}
const report = JSON.parse(readFileSync(file, 'utf8')) as { pages: Record<string, PageResult[]> };
const pages = report.pages[values.browser];
if (!pages) {
  console.error(`no ${values.browser} results in ${file} (has ${Object.keys(report.pages).join(', ')})`);
  process.exit(2);
}
const all = pages.flatMap((p) => p.marks.map((m) => ({ ...m, file: p.file })));

// mulberry32: a small seeded generator, so a sample can be drawn again.
let state = Number(values.seed) >>> 0;
const random = () => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const picked = [...all.keys()];
for (let i = picked.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [picked[i], picked[j]] = [picked[j]!, picked[i]!];
}
const count = Math.min(Number(n), all.length);
console.log(
  `${count} of ${all.length} marks on ${pages.length} pages (${values.browser}, seed ${values.seed})`,
);
for (const [k, i] of picked.slice(0, count).entries()) {
  const m = all[i]!;
  const short = m.file
    .replace(/^.*html\/(.{8}).*$/, '$1')
    .replace(/^readability\/test\/test-pages\/(.*)\/source.html$/, '$1');
  console.log(`${k + 1}\t${m.text}\t${m.id}\t${short}\t${m.context}`);
}
