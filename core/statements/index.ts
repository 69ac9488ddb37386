import type { Actor, PreparedText, Statement } from '../types';
import type { ActorResult } from '../actors';

export interface StatementResult {
  statements: Statement[];
  /** Speakers that are not in the actor list: unnamed sources ("a US official"), composites. */
  actors: Actor[];
}

/** Finds every attributed statement. (Stub: being built.) */
export function findStatements(_doc: PreparedText, _actors: ActorResult): StatementResult {
  return { statements: [], actors: [] };
}
