// The popup's filters as one predicate per document, decided before scoring so a filtered-out
// document never takes a place among the capped candidates.
import type { SearchDoc } from './groups';
import type { SearchFilters } from './types';

export type Keep = (doc: SearchDoc) => boolean;

const keepAll: Keep = () => true;

export function compileFilters(filters: SearchFilters | undefined): Keep {
  const only = toSet(filters?.sources);
  const off = toSet(filters?.excludeSources);
  const topics = filters?.topics?.length ? new Set(filters.topics) : null;
  if (!only && !off?.size && !topics) return keepAll;
  const visible = (sourceId: string) => (!only || only.has(sourceId)) && !off?.has(sourceId);
  return (doc) => {
    // An actor only mentioned in hidden sources is hidden with them.
    if (!doc.sources.some(visible)) return false;
    if (!topics) return true;
    return doc.statements.some((st) => visible(st.sourceId) && st.topics.some((t) => topics.has(t)));
  };
}

function toSet(xs: readonly string[] | ReadonlySet<string> | undefined): ReadonlySet<string> | null {
  if (xs === undefined) return null;
  return xs instanceof Set ? xs : new Set(xs as readonly string[]);
}
