// `npm run train` (coref): the pronoun resolver of core/coref, trained on GUM's train partition
// (gold coreference, read in place from ../shared/eval/gum), its threshold chosen on dev for 95%
// precision, written to data/models/coref.json. Skips with a message when GUM is absent.
//   npx tsx scripts/train/coref.ts [--test] [--trees gold|predicted] [--train-trees gold|predicted]
// prints the dev figures (and test's with --test) on the trees asked for (the parser's by default),
// the threshold chosen on them; only the default set-up writes the model.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Tree } from '../../core/attribution/tree';
import { corefModel, type CorefJson, type CorefModel } from '../../core/coref';
import { candidatesOf, compatible, familyOf, type Mention } from '../../core/coref/mentions';
import { pairFeatures } from '../../core/coref/features';
import { resolveUpTo } from '../../core/coref/resolve';
import { marginScorer, type LinearModelJson } from '../../core/learn';
import { readCoref, type CorefDoc, type TreeKind } from './coref-data';
import { trainLinear, trainLogistic, type Example } from './linear';

export const name = 'coref';
export const OUT = resolve(import.meta.dirname, '../../data/models/coref.json');

/** Perceptron epochs for the pair model; logistic regression's epochs and L2 for the answer model. */
export const EPOCHS = 8;
export const ANSWER_EPOCHS = 10;
export const L2 = 1e-3;
/** Folds of the training documents for the answer model's examples. */
export const FOLDS = 4;
export const SEED = 7;
/** Features seen fewer times than this in training are dropped (mostly rare words). */
export const MIN_COUNT = 3;
/** The share of answers that must be right on dev. */
export const TARGET = 0.95;
/**
 * The models learn from GUM's gold trees, which give the better figures on the parser's own trees;
 * the threshold is chosen on the parser's trees of dev, as the engine will see them.
 */
export const TRAIN_TREES: TreeKind = 'gold';
export const THRESHOLD_TREES: TreeKind = 'predicted';

/** Which gold entity each token belongs to: that of the innermost gold mention around it. */
export function goldIndex(doc: CorefDoc) {
  const flat = doc.trees.flatMap((t, s) => t.tokens.map((tok, i) => ({ tok, s, i })));
  const inner = new Map<string, string>();
  const byLength = [...doc.mentions].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  for (const m of byLength) {
    let lo = 0;
    let hi = flat.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (flat[mid]!.tok.start < m.start) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < flat.length && flat[k]!.tok.end <= m.end; k++)
      inner.set(`${flat[k]!.s}:${flat[k]!.i}`, m.entity);
  }
  /** A candidate's entity; for "they", a coordination's ("Maria and John"), not its first member's. */
  const entityOf = (
    trees: Tree[],
    c: { sentence: number; token: number; coordinated?: boolean },
    group = false,
  ) => {
    if (group && c.coordinated) {
      const tree = trees[c.sentence]!;
      const start = tree.tokens[c.token]!.start;
      const end = tree.tokens[tree.hi[c.token]!]!.end;
      let best: (typeof doc.mentions)[number] | undefined;
      for (const m of doc.mentions)
        if (m.start <= start && end <= m.end && (!best || m.end - m.start < best.end - best.start)) best = m;
      if (best) return best.entity;
    }
    return inner.get(`${c.sentence}:${c.token}`);
  };
  return entityOf;
}

/** Every third-person pronoun of a document, with its candidates and their features. */
function* pronouns(doc: CorefDoc) {
  for (let s = 0; s < doc.trees.length; s++) {
    const tree = doc.trees[s]!;
    for (let t = 0; t < tree.tokens.length; t++) {
      const family = familyOf(tree, t);
      if (!family) continue;
      const cands = candidatesOf(doc.trees, s, t);
      yield {
        s,
        t,
        family,
        cands,
        features: pairFeatures(doc.trees, { sentence: s, token: t, family }, cands),
      };
    }
  }
}

export function examplesOf(docs: CorefDoc[]): Example[] {
  const out: Example[] = [];
  for (const doc of docs) {
    const entityOf = goldIndex(doc);
    for (const p of pronouns(doc)) {
      const gold = entityOf(doc.trees, { sentence: p.s, token: p.t });
      const labels = p.cands.map(
        (c) => gold !== undefined && entityOf(doc.trees, c, p.family === 'they') === gold,
      );
      // One positive, the nearest mention of the entity (as Soon et al. pair them), and every
      // negative: a farther mention of the right entity is no fit antecedent to learn from.
      const nearest = labels.indexOf(true);
      p.cands.forEach((_, i) => {
        if (!labels[i] || i === nearest) out.push({ features: p.features[i]!, label: labels[i] ? 1 : 0 });
      });
    }
  }
  return out;
}

/** The examples without features seen fewer than `min` times, so rare words do not swell the model. */
export function pruned(examples: Example[], min: number): Example[] {
  const count = new Map<string, number>();
  for (const e of examples) for (const f of e.features) count.set(f, (count.get(f) ?? 0) + 1);
  return examples.map((e) => ({ ...e, features: e.features.filter((f) => count.get(f)! >= min) }));
}

/** The pair model: which candidate a pronoun means. */
export function trainPair(docs: CorefDoc[], epochs = EPOCHS): LinearModelJson {
  return trainLinear(pruned(examplesOf(docs), MIN_COUNT), { epochs, seed: SEED });
}

/** Each resolution the pair model makes in the documents, right or wrong, with its answer features. */
export function answerExamples(docs: CorefDoc[], pair: LinearModelJson): Example[] {
  const model: CorefModel = { pair: marginScorer(pair), answer: () => 0, threshold: -Infinity };
  const out: Example[] = [];
  for (const doc of docs) {
    const entityOf = goldIndex(doc);
    resolveUpTo(doc.trees, doc.trees.length, model, (s, t, r, features) => {
      const gold = entityOf(doc.trees, { sentence: s, token: t });
      const plural = familyOf(doc.trees[s]!, t) === 'they';
      const right = gold !== undefined && entityOf(doc.trees, { ...r, coordinated: true }, plural) === gold;
      out.push({ features, label: right ? 1 : 0 });
    });
  }
  return out;
}

/**
 * Both models. The answer model learns from resolutions the pair model makes on documents it was
 * not trained on (each fold of the training documents resolved by a pair model of the others), so
 * it learns how often such choices are right on unseen text.
 */
export function train(docs: CorefDoc[], epochs = EPOCHS): CorefJson {
  const pair = trainPair(docs, epochs);
  const examples: Example[] = [];
  for (let k = 0; k < FOLDS; k++) {
    const held = docs.filter((_, i) => i % FOLDS === k);
    examples.push(
      ...answerExamples(
        held,
        trainPair(
          docs.filter((_, i) => i % FOLDS !== k),
          epochs,
        ),
      ),
    );
  }
  const answer = trainLogistic(pruned(examples, MIN_COUNT), { epochs: ANSWER_EPOCHS, seed: SEED, l2: L2 });
  return { pair, answer, threshold: 0 };
}

/** One evaluated pronoun: its margin, whether its answer is right, whether it is in the population. */
export interface Judged {
  margin: number;
  right: boolean;
  /** A subject he/she/they whose gold chain names it before (by a noun or a name). */
  scored: boolean;
  baseline?: boolean;
}

/** The subject pronouns he/she/they of the documents, each with the resolver's answer judged. */
export function judge(docs: CorefDoc[], json: CorefJson): Judged[] {
  const model = corefModel({ ...json, threshold: -Infinity });
  const out: Judged[] = [];
  for (const doc of docs) {
    const entityOf = goldIndex(doc);
    const lookup = resolveUpTo(doc.trees, doc.trees.length, model);
    doc.trees.forEach((tree, s) =>
      tree.tokens.forEach((tok, t) => {
        const family = familyOf(tree, t);
        if (!family || tok.lower !== family || !tok.deprel.startsWith('nsubj')) return;
        const gold = entityOf(doc.trees, { sentence: s, token: t });
        const scored = doc.mentions.some((m) => m.entity === gold && !m.pronoun && m.start < tok.start);
        const plural = family === 'they';
        const r = lookup(s, t);
        const near = candidatesOf(doc.trees, s, t).find(
          (c: Mention) =>
            !c.family && doc.trees[c.sentence]!.tokens[c.token]!.upos === 'PROPN' && compatible(family, c),
        );
        out.push({
          margin: r ? r.margin : -Infinity,
          right:
            !!r && gold !== undefined && entityOf(doc.trees, { ...r, coordinated: true }, plural) === gold,
          scored,
          baseline: near && gold !== undefined && entityOf(doc.trees, near, plural) === gold,
        });
      }),
    );
  }
  return out;
}

/** The lowest margin at which the answers kept are at least `target` right. */
export function chooseThreshold(judged: Judged[], target: number): number {
  const sorted = judged.filter((j) => j.margin > -Infinity).sort((a, b) => b.margin - a.margin);
  let right = 0;
  let best = Infinity;
  sorted.forEach((j, i) => {
    if (j.right) right++;
    if (sorted[i + 1]?.margin === j.margin) return;
    if (right / (i + 1) >= target) best = j.margin;
  });
  // Margins are sums of weights in hundredths: halfway to the next hundredth below is the same cut,
  // written short.
  return Number.isFinite(best) ? (Math.round(best * 100) - 0.5) / 100 : best;
}

const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '-');

/** Precision and recall at a threshold, over the population asked and over every subject pronoun. */
export function figures(judged: Judged[], threshold: number): string {
  const pop = judged.filter((j) => j.scored);
  const kept = pop.filter((j) => j.margin >= threshold);
  const keptAll = judged.filter((j) => j.margin >= threshold);
  const base = pop.filter((j) => j.baseline !== undefined);
  return [
    `${pop.length} pronouns: P ${pct(kept.filter((j) => j.right).length, kept.length)} R ${pct(kept.filter((j) => j.right).length, pop.length)} (${kept.length} answered)`,
    `all ${judged.length} subject pronouns: P ${pct(keptAll.filter((j) => j.right).length, keptAll.length)} (${keptAll.length} answered)`,
    `baseline nearest compatible PROPN: P ${pct(base.filter((j) => j.baseline).length, base.length)} R ${pct(base.filter((j) => j.baseline).length, pop.length)}`,
  ].join('; ');
}

export function run(args: string[] = []): void {
  const kind = (flag: string, fallback: TreeKind): TreeKind => {
    const k = args.indexOf(flag);
    return k >= 0 && args[k + 1] === 'gold'
      ? 'gold'
      : k >= 0 && args[k + 1] === 'predicted'
        ? 'predicted'
        : fallback;
  };
  const trainKind = kind('--train-trees', TRAIN_TREES);
  const evalKind = kind('--trees', THRESHOLD_TREES);
  const trainDocs = readCoref('train', trainKind);
  const devDocs = readCoref('dev', evalKind);
  if (typeof trainDocs === 'string' || typeof devDocs === 'string') {
    console.log(`train coref: ${typeof trainDocs === 'string' ? trainDocs : devDocs}`);
    return;
  }
  const json = train(trainDocs);
  const dev = judge(devDocs, json);
  // No cut reaching the target on dev: a threshold no margin reaches (JSON has no Infinity).
  const cut = chooseThreshold(dev, TARGET);
  json.threshold = Number.isFinite(cut) ? cut : 1e9;
  // Only the shipped set-up writes the model: its threshold must be chosen on the parser's trees.
  const write = trainKind === TRAIN_TREES && evalKind === THRESHOLD_TREES;
  if (write) writeFileSync(OUT, JSON.stringify(json) + '\n');
  const size = json.pair.rows + json.answer.rows;
  console.log(
    `train coref: ${trainDocs.length} docs (${trainKind} trees), ${size} weights, threshold ${json.threshold} on dev (${evalKind} trees) → ${write ? OUT : 'not written'}`,
  );
  console.log(`  dev: ${figures(dev, json.threshold)}`);
  if (args.includes('--test')) {
    const testDocs = readCoref('test', evalKind);
    if (typeof testDocs !== 'string')
      console.log(`  test: ${figures(judge(testDocs, json), json.threshold)}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) run(process.argv.slice(2));
