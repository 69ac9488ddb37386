// The knowledge base as the background sees it. `parseKb` is a light guard standing in for the
// validator that core/kb will export: swap it there and keep `summarize`/`findActor` as the adapters
// from the KB to the message protocol. Pure functions, no browser APIs, so the unit tests run them.
import type { ActorCard, KbSummary, StatementCard } from '@/messaging/schemas';

type Entry = Record<string, unknown>;

export interface Kb {
  sources: Entry[];
  actors: Entry[];
  statements: Entry[];
}

function entries(json: Entry, key: keyof Kb): Entry[] {
  const list = json[key];
  if (!Array.isArray(list)) throw new Error(`kb.json: "${key}" is not a list`);
  return list.filter((item): item is Entry => typeof item === 'object' && item !== null);
}

/** Throws on a KB the extension cannot use at all; tolerates fields it does not know yet. */
export function parseKb(json: unknown): Kb {
  if (typeof json !== 'object' || json === null) throw new Error('kb.json: not an object');
  const kb = json as Entry;
  return { sources: entries(kb, 'sources'), actors: entries(kb, 'actors'), statements: entries(kb, 'statements') };
}

export function summarize(kb: Kb): KbSummary {
  return { sources: kb.sources.length, actors: kb.actors.length, statements: kb.statements.length };
}

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

function statementCard(s: Entry): StatementCard | undefined {
  const text = str(s.text);
  if (text === undefined) return undefined;
  const sourceId = str(s.sourceId) ?? str(s.source);
  return {
    speaker: str(s.speaker) ?? '',
    kind: str(s.kind) ?? 'unknown',
    text,
    ...(sourceId === undefined ? {} : { sourceId }),
  };
}

/** The actor whose name or alias is `name` (case-insensitive), with the statements the KB gives them. */
export function findActor(kb: Kb, name: string): ActorCard | null {
  const wanted = name.toLocaleLowerCase();
  const actor = kb.actors.find((a) =>
    [str(a.name), ...strings(a.aliases)].some((n) => n?.toLocaleLowerCase() === wanted),
  );
  const actorName = str(actor?.name);
  if (!actor || actorName === undefined) return null;
  const id = str(actor.id);
  const said = kb.statements.filter(
    (s) => (id !== undefined && s.speakerId === id) || str(s.speaker)?.toLocaleLowerCase() === wanted,
  );
  return {
    name: actorName,
    type: str(actor.type) ?? 'unknown',
    aliases: strings(actor.aliases),
    roles: strings(actor.roles),
    statements: said.map(statementCard).filter((card) => card !== undefined),
  };
}
