// Adapters from the knowledge base (core/kb) to the message protocol's answers. Pure functions over
// a loaded index, so the unit tests run them without a browser.
import type { KbIndex, KbStatement } from '@/core/kb';
import type { ActorCard, KbSummary, StatementCard } from '@/messaging/schemas';
import type { SourceEntry } from '@/messaging/source-schemas';

export function summarize({ kb }: KbIndex): KbSummary {
  return { sources: kb.sources.length, actors: kb.actors.length, statements: kb.statements.length };
}

const statementCard = (st: KbStatement): StatementCard => ({
  speaker: st.speakerName,
  kind: st.kind,
  text: st.text,
  sourceId: st.sourceId,
});

/** The actor whose name or alias is `name` (case-insensitive), with what the corpus has them say. */
export function findActor(ix: KbIndex, name: string): ActorCard | null {
  // Two actors rarely share a name form; when they do, the KB's order (the first found) decides.
  const actor = ix.actorsNamed(name)[0];
  if (!actor) return null;
  return {
    name: actor.name,
    type: actor.type,
    aliases: actor.aliases,
    roles: actor.roles,
    statements: ix.statementsBy(actor.id).map(statementCard),
  };
}

/** The corpus sources as the options page lists them: no texts, which it does not need. */
export function listSources({ kb }: KbIndex): SourceEntry[] {
  return kb.sources.map(({ id, outlet, title, date, dateSource, statements }) => ({
    id,
    outlet,
    title,
    date,
    ...(dateSource === 'added' && { dateAdded: true as const }),
    statements,
  }));
}
