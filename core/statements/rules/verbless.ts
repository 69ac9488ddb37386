import type { Span } from '../../types';
import { isTensed, type Tree } from '../../attribution/tree';
import { CLAUSE_VERB } from './clauses';

/**
 * Words before "…, Kasich said, “…”" with no finite verb of their own are where and when he spoke,
 * not a first part of what he said: "Tuesday in Berea, after winning Ohio in the primary, Gov. John
 * Kasich said, “I'm getting ready…”" (a scene set by a time, a place and a gerund, which no list of
 * openings names). Words in quotation marks are someone's whatever their verbs; without a parse the
 * words are kept, as before, and so are words with a verb's form the tagger read as something else
 * ("Fidel Castro's revolution in 1959 dampened plans to return home", "dampened" read as an
 * adjective).
 */
export function verbless(norm: string, tree: Tree | undefined, words: Span): boolean {
  const text = norm.slice(words.start, words.end);
  if (!tree || text.includes('"') || CLAUSE_VERB.test(text)) return false;
  let inside = false;
  for (const t of tree.tokens) {
    if (t.start < words.start || t.end > words.end) continue;
    inside = true;
    if (isTensed(t)) return false;
  }
  return inside;
}
