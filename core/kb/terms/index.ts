// The corpus's own key terms as KB actors of type 'term', beside the actors the engine found: each
// gets a term card (core/cards/term.ts), its forms mark pages (core/kb/matcher.ts) and search finds it.
import { IdAllocator, slug } from '../ids';
import type { KbActor, KbStatement } from '../schema';
import { type DiscoveredTerm, type TermSource, discoverTerms, foldForm } from './discover';

export { discoverTerms, foldForm, MIN_SOURCES, type TermSource } from './discover';
export { termCandidates } from './candidates';

/**
 * The discovered terms as KB actors, with ids none of `actors` has, and the actors they replace. An
 * actor that goes by a term's name stays, and the term is dropped, when it speaks or is named in as
 * many sources (the Clinton Foundation, a speaker); one that says nothing and is named in fewer is a
 * misread of the term ("The Democratic National Convention" at a sentence start, typed an
 * organisation in one source of the 42 naming the convention) and the term takes its place.
 */
export function corpusTerms(
  docs: readonly TermSource[],
  actors: readonly KbActor[],
  statements: readonly KbStatement[],
): { terms: KbActor[]; replaced: Map<string, string> } {
  const byFold = new Map<string, string>();
  for (const a of actors)
    for (const n of [a.name, ...a.aliases]) if (!byFold.has(foldForm(n))) byFold.set(foldForm(n), a.id);
  const found = discoverTerms(docs, (k) => byFold.get(k));
  const speakers = new Set(statements.map((st) => st.speakerId));
  const byId = new Map(actors.map((a) => [a.id, a]));
  const ids = new IdAllocator();
  for (const a of actors) ids.take(a.id);
  const spoken = spokenOf(found, statements);
  const terms: KbActor[] = [];
  const replaced = new Map<string, string>();
  for (const t of found) {
    if (!spoken.has(t) && !Object.values(t.mentions).some((n) => n > 1)) continue;
    const named = Object.keys(t.mentions).length;
    const misread = (id: string) => {
      const a = byId.get(id)!;
      return a.type !== 'term' && !speakers.has(id) && Object.keys(a.mentions).length < named;
    };
    if (!t.over.every(misread)) continue;
    const term = asActor(t, ids);
    for (const id of t.over) replaced.set(id, term.id);
    terms.push(term);
  }
  return { terms, replaced };
}

/**
 * The terms some statement names. With the rule above it keeps a subject a source returns to or
 * someone speaks of, and leaves the asides ("a Vietnam War veteran", "since the Korean War") that
 * several sources share without any being about them. One pass over the statements, whatever the
 * number of terms.
 */
function spokenOf(terms: DiscoveredTerm[], statements: readonly KbStatement[]): Set<DiscoveredTerm> {
  const byForm = new Map<string, DiscoveredTerm>();
  for (const t of terms)
    for (const f of t.forms) if (!byForm.has(f.toLowerCase())) byForm.set(f.toLowerCase(), t);
  const spoken = new Set<DiscoveredTerm>();
  if (!byForm.size) return spoken;
  const alternatives = [...byForm.keys()]
    .sort((a, b) => b.length - a.length)
    .map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  for (const st of statements)
    for (const m of st.text.matchAll(re)) {
      const t = byForm.get(m[0].toLowerCase());
      if (t) spoken.add(t);
    }
  return spoken;
}

function asActor(t: DiscoveredTerm, ids: IdAllocator): KbActor {
  const base = slug(t.name);
  return {
    id: ids.take(base, `${base}-term`),
    name: t.name,
    type: 'term',
    aliases: t.forms,
    roles: [],
    roleSources: [],
    mentions: t.mentions,
  };
}
