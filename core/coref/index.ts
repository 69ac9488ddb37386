// Who "he", "she" or "they" is: a learned mention-ranking resolver over parsed sentences, trained on
// GUM's gold coreference (`npm run train`, scripts/train/coref.ts). It answers only when the margin
// clears a threshold chosen on GUM dev for 95% precision: a wrong speaker is misinformation, a
// missing one only a gap.
import json from '../../data/models/coref.json';
import type { Tree } from '../attribution/tree';
import { marginScorer, type LinearModelJson } from '../learn';
import { familyOf } from './mentions';
import { resolveUpTo, type CorefModel } from './resolve';

export type { CorefModel } from './resolve';
export type { Family } from './lexicon';
export { candidatesOf, compatible, familyOf, indexOf, type Mention } from './mentions';
export { pairFeatures, type Anaphor } from './features';

export interface Antecedent {
  sentence: number;
  /** The head token of the chosen mention: a name or a noun, never another pronoun. */
  token: number;
  /** The model's margin for it (the weakest link when reached through earlier pronouns). */
  score: number;
}

/** The models as shipped in data/models/coref.json. */
export interface CorefJson {
  pair: LinearModelJson;
  answer: LinearModelJson;
  threshold: number;
}

export const corefModel = (j: CorefJson): CorefModel => ({
  pair: marginScorer(j.pair),
  answer: marginScorer(j.answer),
  threshold: j.threshold,
});

export const COREF: CorefModel = corefModel(json as CorefJson);

/**
 * For the pronoun at trees[sentence].tokens[token] (he/she/they/him/her/them/his/…), the mention it
 * refers back to — a name or a full noun phrase, reached through earlier pronouns when the nearest
 * is one — or undefined when the model is not sure, or the token is no such pronoun. The trees must
 * not change between calls: resolutions are kept per tree array.
 */
export function antecedentOf(
  trees: Tree[],
  sentence: number,
  token: number,
  model: CorefModel = COREF,
): Antecedent | undefined {
  const tree = trees[sentence];
  if (!tree || !Number.isInteger(token) || !familyOf(tree, token)) return undefined;
  const r = resolveUpTo(trees, sentence, model)(sentence, token);
  if (!r || r.margin < model.threshold) return undefined;
  return { sentence: r.sentence, token: r.token, score: r.margin };
}
