import type { ActorResult } from './index';

/**
 * Where the text names an actor as the head of its phrase, with the actor's type, for the parse
 * trees the attribution models read (core/attribution `treesOf`). A name that only qualifies the
 * words after it ("Putin's aide", "Kremlin spokesman") is left out: the phrase is not that actor.
 */
export function actorNames({
  actors,
  mentions,
}: ActorResult): { start: number; end: number; type: string }[] {
  const types = new Map(actors.map((a) => [a.id, a.type]));
  return mentions
    .filter((m) => !m.modifier && types.has(m.actorId))
    .map((m) => ({ start: m.start, end: m.end, type: types.get(m.actorId)! }));
}
