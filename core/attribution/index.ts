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

/** Each sentence's tree, with which tokens stand inside quotation marks. */
export function treesOf(doc: PreparedText, syntax: SynToken[][]): Tree[] {
  const quotes = findQuotes(doc);
  return syntax.map((tokens) => buildTree(tokens, (pos) => quoteAt(quotes, pos) !== undefined));
}

/** The attributions the models find in a parsed document, one per stretch of text. */
export function attribute(trees: Tree[], models: Models, floor = 0): ModelAttribution[] {
  return univocal(trees.flatMap((t, i) => findInTree(t, i, models, floor)));
}
