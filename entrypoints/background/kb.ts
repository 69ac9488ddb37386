// Adapters from the knowledge base (core/kb) to the message protocol's answers. Pure functions over
// a loaded index, so the unit tests run them without a browser.
import type { KbIndex } from '@/core/kb';
import type { KbSummary } from '@/messaging/schemas';
import type { SourceEntry } from '@/messaging/source-schemas';

export function summarize({ kb }: KbIndex): KbSummary {
  return { sources: kb.sources.length, actors: kb.actors.length, statements: kb.statements.length };
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
