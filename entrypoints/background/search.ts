// The background's side of the popup search: one core/search index per loaded KB (built on the first
// query, kept while the worker lives), queried with the reader's switched-off sources hidden.
import { createSearch, type Hit, type Search } from '@/core/search';
import type { KbIndex } from '@/core/kb';
import type { PopupHit, SearchAnswer, SearchFacets, SearchRequest } from '@/messaging/search-schemas';

// Keyed by the index, so a reloaded KB gets a fresh search and the old one goes with it.
const built = new WeakMap<KbIndex, Search>();

function searchOf(ix: KbIndex): Search {
  let search = built.get(ix);
  if (!search) {
    search = createSearch(ix);
    built.set(ix, search);
  }
  return search;
}

/** Hits in the shape the popup opens: which card, or which passage. */
function toPopup(ix: KbIndex, hit: Hit): PopupHit {
  const ranges = hit.matches.filter((m) => m.value === hit.label).flatMap((m) => m.ranges);
  const base = { kind: hit.kind, id: hit.id, label: hit.label, detail: hit.detail, ranges };
  if (hit.kind !== 'statement') return { ...base, card: hit.id };
  const st = ix.statement(hit.id);
  if (!st) return base;
  // A statement opens the reader at its passage; its speaker's card, when the KB has one, is named too.
  const passage = { sourceId: st.sourceId, start: st.start, end: st.end };
  if (st.speakerId && ix.actor(st.speakerId)) return { ...base, card: st.speakerId, passage };
  return { ...base, passage };
}

export function searchKb(ix: KbIndex, req: SearchRequest, deselected: string[] = []): SearchAnswer {
  const filters = { topics: req.topics, sources: req.sources, excludeSources: deselected };
  const found = searchOf(ix).query(req.q, filters, req.limit ?? 6);
  return {
    actors: found.actors.map((h) => toPopup(ix, h)),
    terms: found.terms.map((h) => toPopup(ix, h)),
    statements: found.statements.map((h) => toPopup(ix, h)),
  };
}

/** The topics the KB's statements carry (most used first) and the sources the reader has on. */
export function searchFacets(ix: KbIndex, deselected: string[] = []): SearchFacets {
  const uses = new Map<string, number>();
  for (const st of ix.kb.statements) for (const t of st.topics) uses.set(t, (uses.get(t) ?? 0) + 1);
  const off = new Set(deselected);
  return {
    topics: [...uses].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([t]) => t),
    sources: ix.kb.sources
      .filter((s) => !off.has(s.id))
      .map((s) => ({ id: s.id, label: [s.outlet ?? 'unnamed outlet', s.date].filter(Boolean).join(', ') })),
  };
}

/** Names of the actors a page marks, in the order asked; an id from another build is left out. */
export function actorNames(ix: KbIndex, ids: string[]): { id: string; name: string; type: string }[] {
  return ids.flatMap((id) => {
    const a = ix.actor(id);
    return a ? [{ id, name: a.name, type: a.type }] : [];
  });
}
