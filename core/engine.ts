import { findActors } from './actors';
import { findStatements } from './statements';
import { prepare } from './text';
import type { DocumentAnalysis } from './types';

/** The whole engine on one article: text → actors and mentions → statements. */
export function analyze(text: string): DocumentAnalysis {
  const prepared = prepare(text);
  const found = findActors(prepared);
  const { statements, actors } = findStatements(prepared, found);
  return { prepared, actors: [...found.actors, ...actors], mentions: found.mentions, statements };
}
