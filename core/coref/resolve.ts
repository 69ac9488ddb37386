// Mention ranking over a document. Each pronoun scores its candidates with the pair model;
// candidates taken to be one entity (one name said twice, a "he" already resolved to a name) pool
// into one; the best entity's lead over the next — or over "none of them", scored 0 — and what the
// choice looks like (a chain of pronouns, a name far back, talk in the first person) go to the
// answer model, whose margin says how sure the choice is.
import type { Tree } from '../attribution/tree';
import { answerFeatures, pairFeatures, type Choice } from './features';
import { candidatesOf, compatible, familyOf, indexOf, personLike } from './mentions';

export interface CorefModel {
  /** The score of one (pronoun, candidate) pair's features: higher is likelier the same entity. */
  pair: (features: string[]) => number;
  /** The margin of a pronoun's chosen answer: above 0, likelier right than wrong. */
  answer: (features: string[]) => number;
  /** Answers whose margin is below this are withheld (chosen on GUM dev for 95% precision). */
  threshold: number;
}

/** A pronoun's best reading, kept whether or not it clears the threshold. */
export interface Resolution {
  /** The noun or name it leads to (through earlier pronouns, if need be). */
  sentence: number;
  token: number;
  /** The answer model's margin. */
  margin: number;
  /** The pair model's lead of this reading over the next, the weakest along its chain. */
  lead: number;
  /** How many pronouns the chain passes through (0: the noun was chosen directly). */
  links: number;
}

type Lookup = (sentence: number, token: number) => Resolution | undefined;

/** Sees each resolution as it is made, with its answer features (training reads them so). */
export type Observer = (sentence: number, token: number, r: Resolution, answer: string[]) => void;

/** One way to reach an entity: a candidate, its score, and the chain behind it when it is a pronoun. */
interface Path {
  score: number;
  candidate: number;
  target?: { sentence: number; token: number };
  via?: Resolution;
}

function resolveOne(
  trees: Tree[],
  sentence: number,
  token: number,
  model: CorefModel,
  earlier: Lookup,
  observe?: Observer,
): Resolution | undefined {
  const family = familyOf(trees[sentence]!, token)!;
  const cands = candidatesOf(trees, sentence, token);
  const features = pairFeatures(trees, { sentence, token, family }, cands);
  const entities = new Map<string, Path[]>();
  const index = indexOf(trees);
  cands.forEach((c, i) => {
    const score = model.pair(features[i]!);
    let key: string;
    let path: Path;
    const via = c.family ? earlier(c.sentence, c.token) : undefined;
    if (via) {
      key = `k:${index.at(via.sentence, via.token)?.key ?? `${via.sentence}:${via.token}`}`;
      path = { score, candidate: i, target: { sentence: via.sentence, token: via.token }, via };
    } else if (c.family) {
      key = `p:${c.sentence}:${c.token}`;
      path = { score, candidate: i };
    } else {
      key = `k:${c.key}`;
      path = { score, candidate: i, target: { sentence: c.sentence, token: c.token } };
    }
    entities.set(key, [...(entities.get(key) ?? []), path]);
  });
  const ranked = [...entities.values()]
    .map((paths) => ({ paths, score: Math.max(...paths.map((p) => p.score)) }))
    .sort((a, b) => b.score - a.score);
  const best = ranked[0];
  if (!best) return undefined;
  const second = Math.max(ranked[1]?.score ?? 0, 0);
  // The surest way to the best entity: a path's lead over the rest, capped by its chain's.
  let chosen: { path: Path; lead: number } | undefined;
  for (const path of best.paths) {
    const lead = Math.min(path.score - second, path.via?.lead ?? Infinity);
    if (path.target && (!chosen || lead > chosen.lead)) chosen = { path, lead };
  }
  if (!chosen) return undefined;
  const { path, lead } = chosen;
  const choice: Choice = {
    candidate: cands[path.candidate]!,
    target: index.at(path.target!.sentence, path.target!.token)!,
    score: path.score,
    second,
    lead,
    links: path.via ? path.via.links + 1 : 0,
    rivals: ranked.slice(1).filter((e) => e.score > 0).length,
    persons: ranked
      .slice(1)
      .filter((e) =>
        e.paths.some(
          ({ candidate }) => compatible(family, cands[candidate]!) && personLike(cands[candidate]!),
        ),
      ).length,
  };
  // The pair model must prefer this reading to "none of them" before the answer model is asked.
  if (lead <= 0) return { ...path.target!, margin: -Infinity, lead, links: choice.links };
  const answer = answerFeatures(trees, { sentence, token, family }, choice);
  // A chain is no surer than the answer it leads through.
  const margin = Math.min(model.answer(answer), path.via?.margin ?? Infinity);
  const r = { ...path.target!, margin, lead, links: choice.links };
  observe?.(sentence, token, r, answer);
  return r;
}

/**
 * Every pronoun's resolution in the sentences up to `last`, in document order, so each sees the
 * resolutions of the pronouns before it; kept per tree array and model, so asking for each pronoun
 * of a document in turn stays linear in its length.
 */
const memo = new WeakMap<
  Tree[],
  WeakMap<CorefModel, { done: number; found: Map<string, Resolution | undefined> }>
>();

export function resolveUpTo(trees: Tree[], last: number, model: CorefModel, observe?: Observer): Lookup {
  let byModel = memo.get(trees);
  if (!byModel) memo.set(trees, (byModel = new WeakMap()));
  let state = byModel.get(model);
  if (!state) byModel.set(model, (state = { done: 0, found: new Map() }));
  const { found } = state;
  const lookup: Lookup = (s, t) => found.get(`${s}:${t}`);
  for (; state.done <= last && state.done < trees.length; state.done++) {
    const s = state.done;
    const tree = trees[s]!;
    for (let t = 0; t < tree.tokens.length; t++) {
      if (familyOf(tree, t)) found.set(`${s}:${t}`, resolveOne(trees, s, t, model, lookup, observe));
    }
  }
  return lookup;
}
