// `npm run train` (attribution): the attribution models of core/attribution, trained on PolNeAR's
// train split read in place (../shared/eval/polnear, never copied), written to
// data/models/attribution.json. Skips with a message when the corpus is absent.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { actorNames, findActors } from '../../core/actors';
import { treesOf } from '../../core/attribution';
import { analyzeSyntax } from '../../core/syntax';
import { prepare } from '../../core/text';
import { doubleApostrophes } from '../../core/statements';
import { readGum } from '../gum';
import { POLNEAR_DIR, readPolnear } from '../polnear';
import { parseAnn, pickAnnotation } from '../polnear-score';
import { addExamples, emptySets, trainAll, type ExampleSets } from './attribution-data';
import { writeBuilt, type Built } from './write';

export const name = 'attribution';
export const OUT = resolve(import.meta.dirname, '../../data/models/attribution.json');

/** A text as the engine reads it for the models: prepared, and each sentence's tree. */
export function parsed(text: string) {
  const prepared = prepare(text);
  const doc = doubleApostrophes(prepared);
  const named = actorNames(findActors(prepared));
  return { doc, trees: treesOf(doc, analyzeSyntax(doc.norm, doc.sentences, named), named) };
}

/** Parsed texts of a split, with their gold attributions (the annotation that sorts first). */
export function goldDocs(split: string, limit = Infinity) {
  const texts = readPolnear([split]);
  if (typeof texts === 'string') return texts;
  const annDir = join(POLNEAR_DIR, split, 'attributions');
  const files = readdirSync(annDir);
  const out = [];
  for (const { name: n, text } of texts.slice(0, limit)) {
    const f = pickAnnotation(files, n);
    if (!f) continue;
    const gold = parseAnn(readFileSync(join(annDir, f), 'utf8'), text.length).attributions;
    out.push({ name: n, text, ...parsed(text), gold });
  }
  return out;
}

export function examplesOf(docs: Exclude<ReturnType<typeof goldDocs>, string>): ExampleSets {
  const sets = emptySets();
  for (const d of docs) {
    for (const tree of d.trees) {
      if (!tree.tokens.length) continue;
      const s = tree.tokens[0]!.start;
      const e = tree.tokens[tree.tokens.length - 1]!.end;
      const near = d.gold.filter((g) => g.cue.some(([a, b]) => a < e && s < b));
      addExamples(sets, tree, near);
    }
  }
  return sets;
}

/**
 * A GUM partition, parsed, with its attributions. For the attribution models those that name a
 * cue teach other genres' reporting verbs and sources (fiction's "she whispered", an essay's
 * "studies suggest"; `examplesOf` reads only attributions with a cue). Only the predicate and source
 * models learn from it; where a cue ends and what its content spans follow PolNeAR's conventions,
 * which GUM's (a discourse unit as content) do not share.
 */
export function gumDocs(split: string) {
  const docs = readGum(split);
  if (typeof docs === 'string') return docs;
  return docs.map(({ name: n, text, gold }) => ({ name: n, text, ...parsed(text), gold }));
}

/** The models as `npm run train` writes them, or why they cannot be trained here. */
export function build(): Built {
  const docs = goldDocs('train');
  if (typeof docs === 'string') return docs;
  const sets = examplesOf(docs);
  const gum = gumDocs('train');
  if (typeof gum !== 'string') {
    const more = examplesOf(gum);
    sets.predicate.push(...more.predicate);
    sets.source.push(...more.source);
  }
  const sizes = Object.entries(sets)
    .map(([k, v]) => `${k} ${v.length}`)
    .join(', ');
  const also = typeof gum === 'string' ? `GUM ${gum}` : `and ${gum.length} GUM texts`;
  return {
    json: JSON.stringify(trainAll(sets)) + '\n',
    note: `${docs.length} PolNeAR texts ${also}; examples ${sizes}`,
  };
}

export const run = (): void => writeBuilt(name, OUT, build());
