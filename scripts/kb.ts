// `npm run kb [-- --manifest data/sources.json --out public/kb.json]`: builds the knowledge base
// from the corpus manifest and its article texts, checks it against the schema and writes it where
// WXT copies it into the extension. Any bad input stops the build before anything is written.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildKb } from '../core/kb/build';
import { readCorpus } from '../core/kb/corpus';
import { matcherForKb } from '../core/kb/matcher';
import { parseKb } from '../core/kb/schema';
import { commonWords } from './common-words';

const root = resolve(import.meta.dirname, '..');
const manifestPath = resolve(root, arg('--manifest') ?? 'data/sources.json');
const outPath = resolve(root, arg('--out') ?? 'public/kb.json');
// Beside kb.json: the content script loads only this (see core/kb/matcher.ts), not the whole corpus.
const matcherPath = join(dirname(outPath), 'matcher.json');
const show = (p: string) => relative(process.cwd(), p) || p;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function fail(lines: string[]): never {
  for (const l of lines) process.stderr.write(`kb: ${l}\n`);
  process.stderr.write(`kb: nothing written\n`);
  process.exit(1);
}

const t0 = performance.now();
let manifestJson: unknown;
try {
  manifestJson = JSON.parse(readFileSync(manifestPath, 'utf8'));
} catch (e) {
  fail([`${show(manifestPath)}: cannot be read as JSON (${(e as Error).message})`]);
}
const corpus = readCorpus(manifestJson, (file) => readFileSync(resolve(dirname(manifestPath), file)));
if (!corpus.ok) fail(corpus.errors.map((e) => `${show(manifestPath)}: ${e}`));

const warnings: string[] = [];
let kb;
try {
  kb = buildKb(corpus.inputs, { warn: (m) => warnings.push(m) });
} catch (e) {
  fail([(e as Error).message]);
}
const json = JSON.stringify(kb);
try {
  // Checked as the extension will read it: from the serialised text.
  parseKb(JSON.parse(json));
} catch (e) {
  fail([`the built knowledge base fails its own schema: ${(e as Error).message}`]);
}
// Ordinary words ("Will", "Post") never mark a page alone: see scripts/common-words.ts.
const matcherJson = JSON.stringify(matcherForKb(kb, commonWords(root)));
mkdirSync(dirname(outPath), { recursive: true });
for (const [path, text] of [
  [outPath, json],
  [matcherPath, matcherJson],
]) {
  writeFileSync(`${path}.tmp`, text!);
  renameSync(`${path}.tmp`, path!);
}

for (const w of warnings) process.stderr.write(`kb: warning: ${w}\n`);
const kinds = new Map<string, number>();
for (const s of kb.statements) kinds.set(s.kind, (kinds.get(s.kind) ?? 0) + 1);
const anonymous = new Set(
  kb.statements.filter((s) => s.speakerId === null).map((s) => `${s.sourceId}|${s.speakerName}`),
);
const raw = Buffer.byteLength(json);
const gz = gzipSync(json, { level: 9 }).length;
const kbytes = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  [
    `kb: wrote ${show(outPath)} (schema v${kb.version}) in ${Math.round(performance.now() - t0)} ms`,
    `  sources     ${kb.sources.length} (${kbytes(kb.sources.reduce((n, s) => n + s.chars, 0))} of text)`,
    `  actors      ${kb.actors.length}`,
    `  statements  ${kb.statements.length}` +
      (kinds.size ? ` (${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')})` : ''),
    `  unnamed or unresolved speakers  ${anonymous.size}`,
    `  size        ${kbytes(raw)} raw, ${kbytes(gz)} gzipped`,
    `  matcher     ${show(matcherPath)}: ${JSON.parse(matcherJson).aliases.length} aliases, ${kbytes(Buffer.byteLength(matcherJson))}`,
    ...(warnings.length ? [`  warnings    ${warnings.length} (above)`] : []),
  ].join('\n'),
);
