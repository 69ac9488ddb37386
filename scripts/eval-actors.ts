// `npx tsx scripts/eval-actors.ts [--verbose]`: the actors stage against ../shared/gold/actors.jsonl.
// Runs analyze() on each seed, merges the documents with mergeAcrossDocuments and reports, over the
// gold people, governments and organisations (minus unnamed sources) and the key terms:
//   found          a system actor holds the gold name or one of its aliases
//   aliases merged the gold aliases we found all sit in one system actor
//   wrong merges   one system actor holds aliases of two different gold actors
// Exits non-zero when a target is missed (all found, all merged, no wrong merge).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mergeAcrossDocuments, type CorpusActor } from '../core/actors/merge';
import { analyze } from '../core/engine';
import type { Actor } from '../core/types';

interface Gold {
  name: string;
  type: string;
  aliases: string[];
  docs: string[];
}

const root = resolve(import.meta.dirname, '..');
const goldDir = resolve(root, '../shared/gold');

export const RULE =
  'evaluated: gold person/government/organization entries plus the key terms below; ' +
  'left to the statements stage (unnamed sources): names starting with "a "/"an ", names holding a ' +
  'lower-case plural noun ("analysts", "Ukrainian officials", "European leaders", "Russian armed forces") ' +
  'and "Members of …".';
export const KEY_TERMS = [
  '28-point plan',
  'Anchorage summit',
  'Geneva talks',
  'Abu Dhabi talks',
  'Coalition of the Willing',
  'Donetsk',
  'Donbas',
  'NATO',
  'Frozen Russian assets',
  'Security guarantees for Ukraine',
  'Sanctions on Russia',
];

export function isUnnamedSource(name: string): boolean {
  return /^an? /.test(name) || /(^|\s)[a-z]+s(\s|$)/.test(name) || /^Members of /.test(name);
}

/** Comparison form of a name: straight quotes, case, a leading article, a possessive, a parenthesis. */
export const norm = (s: string) =>
  s
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s*\(.*\)$/, '')
    .replace(/'s$/, '')
    .replace(/^the /i, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

export async function evalActors(verbose = false): Promise<{ ok: boolean; report: string }> {
  if (!existsSync(join(goldDir, 'actors.jsonl')))
    return { ok: true, report: `eval-actors skipped: ${goldDir} not found` };
  const gold: Gold[] = readFileSync(join(goldDir, 'actors.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Gold);
  const evaluated = gold.filter(
    (g) =>
      (['person', 'government', 'organization'].includes(g.type) && !isUnnamedSource(g.name)) ||
      KEY_TERMS.includes(g.name),
  );
  const manifest = JSON.parse(readFileSync(join(root, 'data/sources.json'), 'utf8')) as {
    sources: { id: string; file: string }[];
  };
  const docs: { sourceId: string; actors: Actor[] }[] = [];
  // Mentions are looked up by offset in later stages: each must print exactly its text, sit in its
  // sentence and belong to an actor of the same analysis.
  let mentionCount = 0;
  const badMentions: string[] = [];
  for (const s of manifest.sources) {
    const a = analyze(readFileSync(join(root, 'data', s.file), 'utf8'));
    docs.push({ sourceId: s.id, actors: a.actors });
    const ids = new Set(a.actors.map((x) => x.id));
    for (const m of a.mentions) {
      mentionCount++;
      const sent = a.prepared.sentences[m.sentence];
      const ok =
        a.prepared.text.slice(m.start, m.end) === m.text &&
        ids.has(m.actorId) &&
        !!sent &&
        sent.start <= m.start &&
        m.end <= sent.end;
      if (!ok) badMentions.push(`${s.id} ${JSON.stringify(m)}`);
    }
  }
  const merged = mergeAcrossDocuments(docs);
  const holds = (a: { name: string; aliases: string[] }) => new Set([a.name, ...a.aliases].map(norm));
  const formsOf = (g: Gold) => new Set([g.name, ...g.aliases].map(norm));

  const lines: string[] = [RULE, `key terms: ${KEY_TERMS.join(', ')}`];
  let found = 0;
  let mergedOk = 0;
  const missing: string[] = [];
  const split: string[] = [];
  for (const g of evaluated) {
    const forms = formsOf(g);
    const hits = merged.filter((a) => [...holds(a)].some((x) => forms.has(x)));
    if (!hits.length) {
      missing.push(`${g.name} (${g.type}; ${g.aliases.join(' | ')})`);
      continue;
    }
    found++;
    if (hits.length === 1) mergedOk++;
    else
      split.push(
        `${g.name}: ${hits.map((a) => `${a.name} [${[...holds(a)].filter((x) => forms.has(x)).join(', ')}]`).join(' / ')}`,
      );
  }
  const wrong: string[] = [];
  for (const a of merged) {
    const h = holds(a);
    const owners = evaluated.filter((g) => [...formsOf(g)].some((x) => h.has(x)));
    if (owners.length > 1) wrong.push(`${a.name}: ${owners.map((g) => g.name).join(' + ')}`);
  }
  // Per document: a gold actor the article names, missing from that article's own actors.
  const perDoc: string[] = [];
  let docFound = 0;
  let docTotal = 0;
  for (const g of evaluated) {
    for (const d of g.docs) {
      const actors = docs.find((x) => x.sourceId === d)?.actors ?? [];
      docTotal++;
      if (actors.some((a) => [...holds(a)].some((x) => formsOf(g).has(x)))) docFound++;
      else perDoc.push(`${d} ${g.name}`);
    }
  }
  const n = evaluated.length;
  lines.push(
    `found ${found}/${n} · aliases merged ${mergedOk}/${found} · wrong merges ${wrong.length} · per-document found ${docFound}/${docTotal} · corpus actors ${merged.length} · mentions ${mentionCount}, bad offsets ${badMentions.length}`,
  );
  for (const b of badMentions.slice(0, 10)) lines.push(`  BAD MENTION ${b}`);
  for (const m of missing) lines.push(`  MISSING ${m}`);
  for (const s of split) lines.push(`  SPLIT ${s}`);
  for (const w of wrong) lines.push(`  WRONG MERGE ${w}`);
  if (verbose) {
    for (const p of perDoc) lines.push(`  doc-missing ${p}`);
    const goldForms = new Set(gold.flatMap((g) => [g.name, ...g.aliases].map(norm)));
    for (const a of merged as CorpusActor[]) {
      if (![...holds(a)].some((x) => goldForms.has(x)))
        lines.push(`  not in gold: ${a.type} ${a.name} [${a.aliases.join(' | ')}]`);
    }
  }
  const ok = found === n && mergedOk === found && wrong.length === 0 && badMentions.length === 0;
  lines.push(
    ok
      ? 'actors: targets met'
      : 'actors: targets missed (target: all found, all merged, no wrong merge, exact mention offsets)',
  );
  return { ok, report: lines.join('\n') };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { ok, report } = await evalActors(process.argv.includes('--verbose'));
  console.log(report);
  process.exitCode = ok ? 0 : 1;
}
