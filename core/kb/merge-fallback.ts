// Stand-in for core/actors/merge.ts while it is being written: actors of different sources are the
// same actor only when their canonical names match exactly. Same signature, so the swap is one import.
import type { Actor } from '../types';

export type CorpusActor = Actor & {
  mentionsBySource: Record<string, number>;
  localIds: Record<string, string>;
};

export function mergeAcrossDocuments(docs: { sourceId: string; actors: Actor[] }[]): CorpusActor[] {
  const byName = new Map<string, CorpusActor>();
  for (const { sourceId, actors } of docs) {
    for (const a of actors) {
      let c = byName.get(a.name);
      if (!c) {
        c = {
          ...a,
          aliases: [],
          roles: [],
          mentions: 0,
          mentionsBySource: {},
          localIds: {},
        };
        byName.set(a.name, c);
      }
      for (const x of a.aliases) if (!c.aliases.includes(x)) c.aliases.push(x);
      for (const x of a.roles) if (!c.roles.includes(x)) c.roles.push(x);
      c.mentions += a.mentions;
      if (a.mentions) c.mentionsBySource[sourceId] = (c.mentionsBySource[sourceId] ?? 0) + a.mentions;
      c.localIds[sourceId] ??= a.id;
    }
  }
  return [...byName.values()];
}
