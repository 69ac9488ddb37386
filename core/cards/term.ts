// A term's card (the 28-point plan, the Alaska summit): how each source introduces it, and who said
// what about it. The corpus has no definitions, so the card shows where each source first names the
// term and says exactly that.
import { prepare, sentenceAt } from '../text';
import type { KbActor, KbIndex, KbStatement } from '../kb';
import { header } from './actor';
import { type Selection, bounded, isSelected } from './items';
import type { Introduction, TermCard } from './model';
import { bySpeaker } from './said-about';

/** Sources whose introduction a card shows; the rest is counted. */
export const MAX_INTRODUCTIONS = 4;

export function termCard(ix: KbIndex, termId: string, selected: Selection): TermCard | null {
  const term = ix.actor(termId);
  if (!term) return null;
  const names = aliasPattern(term);
  const inSelected = (st: KbStatement) => isSelected(selected, st.sourceId);
  // The engine's `about`, and also statements that name the term in their own words: a quote such as
  // "the spirit and letter of Anchorage" is about the summit even when the engine did not link it.
  const about = new Map<string, KbStatement>();
  for (const st of ix.statementsAbout(termId)) about.set(st.id, st);
  for (const st of ix.kb.statements) if (!about.has(st.id) && names?.test(st.text)) about.set(st.id, st);
  const all = [...about.values()];
  const shown = all.filter(inSelected);
  const sources = ix.kb.sources.filter((s) => (term.mentions[s.id] ?? 0) > 0 && isSelected(selected, s.id));
  const introductions = sources
    .slice(0, MAX_INTRODUCTIONS)
    .map((s) => introduction(ix, s.id, names))
    .filter((x): x is Introduction => x !== null);
  const saidAbout = bySpeaker(ix, shown);
  return {
    kind: 'term',
    id: termId,
    name: term.name,
    header: header(ix, termId, selected, [], shown, all.length),
    introductions,
    introductionsMore: sources.length - Math.min(sources.length, MAX_INTRODUCTIONS),
    saidAbout: saidAbout.groups,
    saidAboutMore: saidAbout.more,
  };
}

/** Any of the term's names as a whole word, longest first, ignoring case. null when it has none. */
function aliasPattern(term: KbActor): RegExp | null {
  const names = [...new Set([term.name, ...term.aliases])]
    .filter((n) => n.trim().length > 1)
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  return names.length
    ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.join('|')})(?![\\p{L}\\p{N}])`, 'iu')
    : null;
}

function introduction(ix: KbIndex, sourceId: string, names: RegExp | null): Introduction | null {
  const source = ix.source(sourceId);
  const at = source && names ? names.exec(source.text) : null;
  if (!source || !at) return null;
  const sentence = sentenceAt(prepare(source.text).sentences, at.index);
  const start = sentence?.start ?? at.index;
  const end = sentence?.end ?? at.index + at[0].length;
  return {
    ...bounded(source.text.slice(start, end).trim()),
    outlet: source.outlet,
    date: source.date,
    ...(source.dateSource === 'added' && { dateAdded: true as const }),
    passage: { sourceId, start, end },
  };
}
