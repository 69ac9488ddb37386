import { findActors } from './actors';
import { findStatements } from './statements';
import type { FoundAttribution } from './statements/spans';
import { prepare } from './text';
import type { DocumentAnalysis } from './types';

export interface EngineAnalysis extends DocumentAnalysis {
  /**
   * Attributions the text makes whose source it does not make clear ("he said" far from any name):
   * spans only, never statements or cards. The attribution benchmark reads them with the statements.
   */
  unresolved: FoundAttribution[];
}

/** The whole engine on one article: text → actors and mentions → statements. */
export function analyze(text: string): EngineAnalysis {
  const prepared = prepare(text);
  const found = findActors(prepared);
  const { statements, actors, unresolved } = findStatements(prepared, found);
  return { prepared, actors: [...found.actors, ...actors], mentions: found.mentions, statements, unresolved };
}
