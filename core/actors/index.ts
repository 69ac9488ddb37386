import type { Actor, Mention, PreparedText } from '../types';

export interface ActorResult {
  actors: Actor[];
  mentions: Mention[];
}

/** Finds the actors and key terms a text names and every mention of them. (Stub: being built.) */
export function findActors(_doc: PreparedText): ActorResult {
  return { actors: [], mentions: [] };
}
