// `npm run eval`: runs `extract` on the seed articles and scores it against the hand annotation in
// ../shared/gold with its own scorer, at the targets; then the actor check. Exits non-zero
// when a target is missed. Skips with a message when ../shared/gold is not beside the repo.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const gold = resolve(root, '../shared/gold');
export const TARGETS = { 'min-direct-p': 0.97, 'min-direct-r': 0.95, 'min-all-p': 0.9, 'min-all-r': 0.8 };

if (!existsSync(join(gold, 'score.mjs'))) {
  console.log(`eval skipped: ${gold} not found (the gold annotation lives in ../shared beside the repo)`);
  process.exit(0);
}

const manifest = JSON.parse(readFileSync(join(root, 'data/sources.json'), 'utf8')) as {
  sources: { id: string; file: string }[];
};
const files = manifest.sources.map((s) => join('data', s.file));
const extract = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/extract.ts'), ...files], {
  cwd: root,
  encoding: 'utf8',
  maxBuffer: 256 * 1024 * 1024,
});
if (extract.status !== 0) {
  process.stderr.write(extract.stderr);
  console.log('eval: extract failed');
  process.exit(1);
}
const out = join(mkdtempSync(join(tmpdir(), 'footnote-eval-')), 'extract.json');
writeFileSync(out, extract.stdout);

const verbose = process.argv.includes('--verbose');
const args = [join(gold, 'score.mjs'), '--gold', join(gold, 'statements.jsonl'), '--out', out];
for (const s of manifest.sources) args.push('--map', `${s.id}=${join('data', s.file)}`);
for (const [k, v] of Object.entries(TARGETS)) args.push(`--${k}`, String(v));
if (verbose) args.push('--verbose');
const score = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
process.stdout.write(`statements (targets: direct P≥0.97 R≥0.95, all P≥0.90 R≥0.80)\n${score.stdout}`);
let failed = score.status !== 0;

if (existsSync(join(root, 'scripts/eval-actors.ts'))) {
  const actors = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/eval-actors.ts')], {
    cwd: root,
    encoding: 'utf8',
  });
  process.stdout.write(`actors\n${actors.stdout}${actors.stderr}`);
  failed ||= actors.status !== 0;
}
console.log(failed ? 'eval: some targets missed' : 'eval: all targets met');
process.exitCode = failed ? 1 : 0;
