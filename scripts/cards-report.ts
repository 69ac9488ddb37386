// `npm run cards:report -- <corpus> [options]`: builds the knowledge base over a corpus (the seeds,
// PolNeAR read in place, or a manifest) and prints what the cards will show, to judge by hand: the
// topic distribution, every key term with its sources and forms, the header and topic groups of the
// most-mentioned actors, and seeded random samples of (statement, topic) and (person, shown role)
// pairs. Options:
//   --actors N       most-mentioned actors shown in full (10)
//   --sample N       size of each random sample (20); --seed S its seed (1)
//   --limit N        only the first N texts of the corpus
//   --people N       how many most-mentioned people the roles check covers (50)
//   --roles-out F    write those people's shown roles as a judging file (verdicts to fill in)
//   --sample-out F   write the random (person, shown role) sample as a judging file
//   --terms-out F    write every key term with its forms as a judging file
//   --topics-out F   write the random (statement, topic) sample as a judging file
//   --judged F       score the shown roles against a judged file (eval/judged/roles.json)
import { execSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildKb } from '../core/kb/build';
import { indexKb } from '../core/kb/load';
import { corpusInputs } from './cards-report/corpus';
import { drift, readJudgedRoles, scoreOf } from './cards-report/judged';
import {
  type RolePair,
  keyTerms,
  roleSample,
  shownRoles,
  statementTopicSample,
  topActors,
  topPeople,
  topicDistribution,
} from './cards-report/sections';

const argv = process.argv.slice(2);
function arg(name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}
const num = (name: string, fallback: number) => {
  const n = Number(arg(name) ?? fallback);
  return Number.isFinite(n) && n >= 0 ? Math.floor(n) : fallback;
};
const corpus = argv.find((a, i) => !a.startsWith('--') && !argv[i - 1]?.startsWith('--')) ?? 'seeds';
const seed = num('--seed', 1);
const sampleSize = num('--sample', 20);
const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)} %` : '–');
const clip = (s: string, n = 160) => {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
};

const read = corpusInputs(corpus);
if (typeof read === 'string') {
  console.log(`cards:report: ${read}`);
  process.exit(0);
}
const inputs = arg('--limit') ? read.slice(0, num('--limit', read.length)) : read;
const t0 = performance.now();
const warnings: string[] = [];
const kb = buildKb(inputs, { warn: (m) => warnings.push(m) });
const ix = indexKb(kb);
console.log(
  `cards:report ${corpus}: ${kb.sources.length} sources, ${kb.actors.length} actors, ` +
    `${kb.statements.length} statements (built in ${((performance.now() - t0) / 1000).toFixed(1)} s` +
    `${warnings.length ? `, ${warnings.length} build warnings` : ''})`,
);

const topics = topicDistribution(kb.statements);
console.log(`\n## Topics`);
console.log(
  `  only the fallback topic: ${topics.fallbackOnly} of ${topics.statements} statements ` +
    `(${pct(topics.fallbackOnly, topics.statements)})`,
);
for (const t of topics.topics)
  console.log(
    `  ${String(t.statements).padStart(6)}  ${pct(t.statements, topics.statements).padStart(7)}  ${t.label} (${t.topic})`,
  );

const terms = keyTerms(ix);
console.log(`\n## Key terms (${terms.length})`);
for (const t of terms) {
  const shown = t.sources.slice(0, 5).join(', ');
  console.log(
    `  ${t.name}: ${t.mentions} mentions in ${t.sources.length} sources (${shown}${t.sources.length > 5 ? ', …' : ''})`,
  );
  console.log(`      forms: ${t.forms.map((f) => JSON.stringify(f)).join(', ')}`);
}

const actors = topActors(ix, num('--actors', 10));
console.log(`\n## The ${actors.length} most-mentioned actors`);
for (const a of actors) {
  const h = a.card.header;
  console.log(
    `  ${a.name} (${a.type}, ${a.mentions} mentions, ${h.sources} sources, ${h.statements} statements)`,
  );
  console.log(
    `      header: ${h.roles.length ? h.roles.join(' · ') : '(no role)'}${h.moreRoles.length ? `  [+${h.moreRoles.length} more roles]` : ''}`,
  );
  const groups = a.card.ownWords.map((g) => `${g.label} ${g.entries.length + g.more}`);
  console.log(`      own words by topic: ${groups.length ? groups.join(' · ') : '(none)'}`);
}

console.log(`\n## Sample of (statement, topic) pairs (seed ${seed})`);
statementTopicSample(kb.statements, sampleSize, seed).forEach((p, i) =>
  console.log(
    `  ${String(i + 1).padStart(3)}. [${p.label}] ${p.speaker}: ${clip(p.text)}  (${p.statementId})`,
  ),
);

console.log(`\n## Sample of (person, shown role) pairs (seed ${seed})`);
roleSample(ix, sampleSize, seed).forEach((p, i) =>
  console.log(`  ${String(i + 1).padStart(3)}. ${p.actor} (${p.mentions}): ${p.role}`),
);

const peopleN = num('--people', 50);
const shown = shownRoles(topPeople(ix, peopleN));
const long = shown.filter((p) => p.role.length > 60);
console.log(
  `\n## Roles shown for the ${peopleN} most-mentioned people: ${shown.length}, over 60 characters: ${long.length}`,
);
for (const p of long) console.log(`  too long: ${p.actor}: ${p.role}`);

let commit = 'unknown';
try {
  commit = execSync('git rev-parse --short HEAD', {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }).trim();
} catch {
  // Not a git checkout: the file says so.
}
/** A judging file: every verdict "right" until a person reading the texts says otherwise. */
function writeJudging(path: string, pairs: RolePair[], what: { seed: number | null; people: number | null }) {
  const file = {
    $comment:
      'Roles card headers show, judged by hand: right when the text states this of the person, in a form a reader understands out of context. Recomputed by scripts/cards-report/judged.test.ts.',
    corpus,
    command: `npm run cards:report -- ${argv.join(' ')}`,
    commit,
    ...what,
    pairs: pairs.map((p) => ({ actor: p.actor, role: p.role, right: true })),
  };
  writeFileSync(resolve(path), `${JSON.stringify(file, null, 2)}\n`);
  console.log(`  wrote ${path}: ${pairs.length} pairs to judge`);
}
const out = arg('--roles-out');
if (out) writeJudging(out, shown, { seed: null, people: peopleN });
const sampleOut = arg('--sample-out');
if (sampleOut) writeJudging(sampleOut, roleSample(ix, sampleSize, seed), { seed, people: null });

const topicsOut = arg('--topics-out');
if (topicsOut) {
  const file = {
    $comment:
      'A seeded random sample of (statement, topic) pairs, judged by hand: right when the statement, read in its sentence, is about that topic ("Other" is right when no topic of the card fits). Recomputed by scripts/cards-report/judged.test.ts.',
    corpus,
    command: `npm run cards:report -- ${argv.join(' ')}`,
    commit,
    seed,
    pairs: statementTopicSample(kb.statements, sampleSize, seed).map((p) => {
      const st = ix.statement(p.statementId)!;
      return {
        statement: p.statementId,
        speaker: p.speaker,
        text: p.text,
        sentence: ix.sentenceText(st),
        topic: p.label,
        right: true,
      };
    }),
  };
  writeFileSync(resolve(topicsOut), `${JSON.stringify(file, null, 2)}\n`);
  console.log(`  wrote ${topicsOut}: ${file.pairs.length} pairs to judge`);
}

const termsOut = arg('--terms-out');
if (termsOut) {
  const file = {
    $comment:
      'Every key term of the KB, judged by hand: right when it is a named subject the texts discuss (a law, plan, deal, programme, event, movement), not a generic word, a place or an aside. Recomputed by scripts/cards-report/judged.test.ts.',
    corpus,
    command: `npm run cards:report -- ${argv.join(' ')}`,
    commit,
    terms: terms.map((t) => ({ term: t.name, sources: t.sources.length, forms: t.forms, right: true })),
  };
  writeFileSync(resolve(termsOut), `${JSON.stringify(file, null, 2)}\n`);
  console.log(`  wrote ${termsOut}: ${terms.length} terms to judge`);
}

const judgedPath = arg('--judged');
if (judgedPath) {
  const judged = readJudgedRoles(resolve(judgedPath));
  if (typeof judged === 'string') console.log(`  ${judged}`);
  else {
    const s = scoreOf(judged.pairs);
    const d = drift(judged.pairs, shown);
    console.log(
      `  judged (${judgedPath}, at ${judged.commit}): ${s.right} of ${s.total} right (${pct(s.right, s.total)})`,
    );
    for (const p of judged.pairs.filter((x) => !x.right))
      console.log(`    wrong: ${p.actor}: ${p.role}${p.why ? ` (${p.why})` : ''}`);
    console.log(
      `  shown now but not judged: ${d.unjudged.length}; judged but no longer shown: ${d.gone.length}`,
    );
    for (const p of d.unjudged) console.log(`    unjudged: ${p.actor}: ${p.role}`);
  }
}
