import type { PreparedText } from '../types';
import type { SynToken } from '../syntax';
import { findQuotes, quoteAt } from '../statements/cues/quotes';
import { findInTree, univocal, type ModelAttribution, type Models } from './find';
import { buildTree, type Tree } from './tree';

export type { ModelAttribution, Models } from './find';

/** What the attribution models found in the parsed text, for the statement passes to add to theirs. */
export interface Learned {
  trees: Tree[];
  found: ModelAttribution[];
}

/** A place the actors stage names an actor, with the actor's type. */
export interface Named {
  start: number;
  end: number;
  type: string;
}

/**
 * Each sentence's tree, with which tokens stand inside quotation marks and which name an actor
 * (`named`: whether a subject or a source is a person, a body or no actor at all is evidence the
 * parse alone does not give: "Trump warned against…" against "The storm warned of…").
 */
export function treesOf(doc: PreparedText, syntax: SynToken[][], named: readonly Named[] = []): Tree[] {
  const quotes = findQuotes(doc);
  const names = [...named].sort((a, b) => a.start - b.start);
  // The latest-starting name that starts at or before a token and holds it.
  const actorAt = (start: number, end: number): string => {
    let lo = 0;
    let hi = names.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (names[mid]!.start <= start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0 && i >= lo - 4; i--) if (names[i]!.end >= end) return names[i]!.type;
    return '';
  };
  return syntax.map((tokens) => buildTree(tokens, (pos) => quoteAt(quotes, pos) !== undefined, actorAt));
}

/** The attributions the models find in a parsed document, one per stretch of text. */
export function attribute(trees: Tree[], models: Models, floor = 0): ModelAttribution[] {
  return univocal(trees.flatMap((t, i) => findInTree(t, i, models, floor)));
}
