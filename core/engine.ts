import { actorNames, findActors } from './actors';
import { attribute, treesOf, type Learned, type Models } from './attribution';
import { CONFIDENCE, MODELS, PREDICATE_FLOOR } from './attribution/models';
import { doubleApostrophes, findStatements, type StatementResult } from './statements';
import { decide, type ConfidenceModel } from './statements/decide/confidence';
import type { FoundAttribution } from './statements/spans';
import { analyzeSyntax } from './syntax';
import { prepare } from './text';
import type { ActorResult } from './actors';
import type { DocumentAnalysis, PreparedText } from './types';

export interface EngineAnalysis extends DocumentAnalysis {
  /**
   * Attributions the text makes whose source it does not make clear ("he said" far from any name),
   * or whose speaker the engine is not sure enough of: spans only, never statements or cards. The
   * attribution benchmark reads them with the statements.
   */
  unresolved: FoundAttribution[];
}

/** Tokens, tags and trees, then what the attribution models find in them; nothing if that fails. */
function learned(prepared: PreparedText, models: Models, found: ActorResult): Learned | undefined {
  try {
    const doc = doubleApostrophes(prepared);
    const named = actorNames(found);
    const trees = treesOf(doc, analyzeSyntax(doc.norm, doc.sentences, named), named);
    return { trees, found: attribute(trees, models, PREDICATE_FLOOR) };
  } catch {
    return undefined;
  }
}

/** Every stage but the last decision: statements with what their confidence is judged on. */
export function analyzeUndecided(
  text: string,
  models: Models = MODELS,
): { prepared: PreparedText; found: ActorResult; result: StatementResult } {
  const prepared = prepare(text);
  const found = findActors(prepared);
  return { prepared, found, result: findStatements(prepared, found, learned(prepared, models, found)) };
}

/**
 * The whole engine on one article: text → actors and mentions → tokens, tags and trees →
 * attributions → statements, each with a confidence; those under the cards' threshold are kept as
 * unresolved attributions.
 */
export function analyze(
  text: string,
  models: Models = MODELS,
  confidence: ConfidenceModel = CONFIDENCE,
): EngineAnalysis {
  const { prepared, found, result } = analyzeUndecided(text, models);
  const { kept, dropped } = decide(result.statements, result.features ?? new Map(), confidence);
  const unresolved = [...result.unresolved, ...dropped].sort((a, b) => a.start - b.start);
  return {
    prepared,
    actors: [...found.actors, ...result.actors],
    mentions: found.mentions,
    statements: kept,
    unresolved,
  };
}
