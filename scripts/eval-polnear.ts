// `npm run eval:polnear [-- --split train|dev|test] [--limit N] [--verbose] [--nested]`: the corpus
// engine on PolNeAR's texts, scored by exact span for source, cue and content against the gold
// attributions (convention: scripts/polnear-score.ts), beside the published table. Develop on train
// and dev; test is for reporting. Skips with a message when ../shared/eval/polnear is absent.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../core/engine';
import type { FoundAttribution as Found } from '../core/statements/spans';
import { POLNEAR_DIR, readPolnear } from './polnear';
import {
  add,
  compare,
  LABELS,
  parseAnn,
  pickAnnotation,
  prf,
  spanSets,
  univocal,
  type Attribution,
  type Count,
  type Label,
  type Range,
} from './polnear-score';

const PUBLISHED: [string, string, string, string][] = [
  ['rule-based baseline', '10.7', '22.8', '5.6'],
  ['Stanford CoreNLP', '13.9', '–', '17.5'],
  ['CRF', '50.6', '53.4', '28.6'],
  ['BERT + CofeNet', '83.2', '75.3', '72.9'],
];

function usage(problem: string): never {
  process.stderr.write(
    `eval:polnear: ${problem}\nusage: npm run eval:polnear -- [--split train|dev|test] [--limit N] [--verbose] [--nested]\n`,
  );
  process.exit(2);
}

const argv = process.argv.slice(2).filter((a) => a !== '--');
let split = 'test';
let limit = Infinity;
let verbose = false;
let nested = false;
for (let i = 0; i < argv.length; i++) {
  const a = argv[i]!;
  if (a === '--split') split = argv[++i] ?? usage('--split needs a value');
  else if (a === '--limit') {
    limit = Number(argv[++i]);
    if (!Number.isInteger(limit) || limit < 1) usage('--limit needs a whole number above 0');
  } else if (a === '--verbose') verbose = true;
  else if (a === '--nested') nested = true;
  else usage(`unknown option ${a}`);
}
if (!['train', 'dev', 'test'].includes(split)) usage(`--split is train, dev or test, not ${split}`);

/** The engine's statements as attributions: where it names the source and cue, and the content. */
function predicted(found: Found[]): Attribution[] {
  return found.map((s) => ({
    source: s.source ? [[s.source.start, s.source.end] as Range] : [],
    cue: s.cue ? [[s.cue.start, s.cue.end] as Range] : [],
    content: (s.content ?? [s]).map((c) => [c.start, c.end] as Range),
  }));
}

const texts = readPolnear([split]);
if (typeof texts === 'string') {
  console.log(`eval:polnear ${texts}`);
  process.exit(0);
}
const annDir = join(POLNEAR_DIR, split, 'attributions');
const annFiles = existsSync(annDir) ? readdirSync(annDir) : [];
const zero = (): Record<Label, Count> => ({
  source: { tp: 0, predicted: 0, gold: 0 },
  cue: { tp: 0, predicted: 0, gold: 0 },
  content: { tp: 0, predicted: 0, gold: 0 },
});
// Every attribution the engine finds, and the statements alone (what cards show).
const totals = zero();
const cards = zero();
const origin = { statements: 0, unresolved: 0, bare: 0 };
let docs = 0;
let dropped = 0;
let twice = 0;
const started = performance.now();
for (const { name, text } of texts.slice(0, limit)) {
  const file = pickAnnotation(annFiles, name);
  if (!file) {
    console.log(`  ${name}: no annotation file, left out`);
    continue;
  }
  if (annFiles.filter((f) => f.slice(0, f.lastIndexOf('_')) === name).length > 1) twice++;
  const gold = parseAnn(readFileSync(join(annDir, file), 'utf8'), text.length);
  for (const p of gold.problems) console.log(`  ${file}: ${p}`);
  const analysis = analyze(text);
  origin.statements += analysis.statements.length;
  for (const u of analysis.unresolved) origin[u.bare ? 'bare' : 'unresolved']++;
  const fit = (found: Found[]) => {
    const all = predicted(found);
    return nested ? { kept: all, dropped: 0 } : univocal(all);
  };
  const { kept, dropped: d } = fit([...analysis.statements, ...analysis.unresolved]);
  dropped += d;
  const g = spanSets(text, gold.attributions);
  const p = spanSets(text, kept);
  const pc = spanSets(text, fit(analysis.statements).kept);
  docs++;
  for (const label of LABELS) {
    cards[label] = add(cards[label], compare(g[label], pc[label]));
    const c = compare(g[label], p[label]);
    totals[label] = add(totals[label], c);
    if (!verbose) continue;
    const show = ([s, e]: Range) => `[${s},${e}) ${JSON.stringify(text.slice(s, e).slice(0, 140))}`;
    for (const r of c.extra) console.log(`${name} ${label} EXTRA ${show(r)}`);
    for (const r of c.missed) console.log(`${name} ${label} MISSED ${show(r)}`);
  }
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
console.log(
  `PolNeAR ${split}: ${docs} texts (${twice} annotated more than once: the annotator code that sorts first counts), ` +
    `${((performance.now() - started) / 1000).toFixed(1)} s` +
    (nested
      ? ''
      : `; ${dropped} predictions nested in another's content left out (univocal, --nested keeps them)`),
);
console.log('exact-span F1 (P / R) — source, cue, content');
const row = (name: string, cells: string[]) =>
  console.log(`  ${name.padEnd(22)} ${cells.map((c) => c.padStart(18)).join('')}`);
console.log(
  `engine output: ${origin.statements} statements, ${origin.unresolved} attributions whose source is unclear, ` +
    `${origin.bare} reporting verbs whose content was not read (the last two never on cards)`,
);
row('system', ['source', 'cue', 'content']);
const cells = (t: Record<Label, Count>) =>
  LABELS.map((l) => {
    const { p, r, f1 } = prf(t[l]);
    return `${pct(f1)} (${pct(p).trim()}/${pct(r).trim()})`;
  });
row('Footnote engine', cells(totals));
row(
  '  (tp / predicted / gold)',
  LABELS.map((l) => `${totals[l].tp}/${totals[l].predicted}/${totals[l].gold}`),
);
row('  statements only', cells(cards));
console.log(`published, test split (Wang et al., COLING 2022):`);
for (const [n, ...cells] of PUBLISHED) row(n, cells);
