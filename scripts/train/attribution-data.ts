// Labelled examples for the attribution models from gold attribution spans (PolNeAR's brat files):
// every candidate the decoder would consider, labelled by the gold annotation. The candidates come
// from core/attribution's own functions, so training and inference ask the same questions.
import {
  contentPieces,
  extentCandidates,
  predicates,
  sourceCandidates,
} from '../../core/attribution/candidates';
import {
  contentFeatures,
  extentFeatures,
  predicateFeatures,
  sourceFeatures,
} from '../../core/attribution/features';
import type { Tree } from '../../core/attribution/tree';
import { namesOf, type LinearModelJson } from '../../core/learn';
import type { Attribution, Range } from '../polnear-score';
import { fitLogistic, type Example } from './linear';

export interface ExampleSets {
  predicate: Example[];
  extent: Example[];
  content: Example[];
  source: Example[];
}

export const emptySets = (): ExampleSets => ({ predicate: [], extent: [], content: [], source: [] });

const inside = (pos: number, parts: Range[]) => parts.some(([s, e]) => s <= pos && pos < e);

/** Share of a token range's characters (outside spaces) that lie inside gold parts. */
function shareInside(tree: Tree, from: number, to: number, parts: Range[]): number {
  let all = 0;
  let inn = 0;
  for (let j = from; j <= to; j++) {
    const t = tree.tokens[j]!;
    const len = t.end - t.start;
    all += len;
    if (inside(t.start, parts)) inn += len;
  }
  return all ? inn / all : 0;
}

/** Adds one parsed sentence's examples against the document's gold attributions. */
export function addExamples(sets: ExampleSets, tree: Tree, gold: Attribution[]): void {
  const preds = predicates(tree);
  // Which gold attribution each predicate's token falls in the cue of; the one nearest the root
  // among a cue's verbs ("has been ratcheting up") is the cue's head, the others are left out.
  const owner = new Map<number, Attribution>();
  for (const p of preds) {
    const g = gold.find((a) => inside(tree.tokens[p]!.start, a.cue));
    if (g) owner.set(p, g);
  }
  const depth = (i: number) => {
    let d = 0;
    for (let h = tree.tokens[i]!.head; h >= 0 && d < 64; h = tree.tokens[h]!.head) d++;
    return d;
  };
  for (const p of preds) {
    const g = owner.get(p);
    if (g && preds.some((q) => q !== p && owner.get(q) === g && depth(q) < depth(p))) continue;
    sets.predicate.push({ features: namesOf((f) => predicateFeatures(f, tree, p)), label: g ? 1 : 0 });
    if (!g) continue;
    const { left, right } = extentCandidates(tree, p);
    let lo = p;
    let hi = p;
    for (const side of [left, right]) {
      for (const j of side) {
        const yes = inside(tree.tokens[j]!.start, g.cue);
        sets.extent.push({ features: namesOf((f) => extentFeatures(f, tree, p, j)), label: yes ? 1 : 0 });
        if (!yes) break;
        lo = Math.min(lo, j);
        hi = Math.max(hi, j);
      }
    }
    for (const piece of contentPieces(tree, p, [lo, hi])) {
      const share = shareInside(tree, piece.from, piece.to, g.content);
      sets.content.push({
        features: namesOf((f) => contentFeatures(f, tree, p, piece.token, piece.kind)),
        label: share >= 0.5 ? 1 : 0,
      });
    }
    for (const c of sourceCandidates(tree, p)) {
      const yes = inside(tree.tokens[c.token]!.start, g.source);
      sets.source.push({
        features: namesOf((f) => sourceFeatures(f, tree, p, c.token, c.how)),
        label: yes ? 1 : 0,
      });
    }
  }
}

export interface AttributionModelsJson {
  predicate: LinearModelJson;
  extent: LinearModelJson;
  content: LinearModelJson;
  source: LinearModelJson;
}

/**
 * Logistic regression fitted by L-BFGS rather than an averaged perceptron: its margins are log-odds
 * the confidence model can read, and a change to a few examples moves the weights by what they
 * weigh, not through a reshuffled pass. The penalty is the one of 0.1, 0.3, 1 and 3 with the best
 * PolNeAR dev F1 (source 68.4, 68.6, 68.7, 68.6); 300 steps of L-BFGS leave the predicate model
 * within rounding of its optimum on most weights, at a third of the time to converge fully.
 */
const FIT = { l2: 1, minCount: 5, step: 0.01, iterations: 300 };
export function trainAll(sets: ExampleSets): AttributionModelsJson {
  return {
    predicate: fitLogistic(sets.predicate, FIT),
    extent: fitLogistic(sets.extent, FIT),
    content: fitLogistic(sets.content, FIT),
    source: fitLogistic(sets.source, FIT),
  };
}
