import type { Sentence } from '../../types';
import type { Entity } from './entities';

// "A publicist for Thicke's son, Robin, said": a relative a preposition holds, named after a
// comma (speakers.ts gives that name no words).
const KIN_WORDS =
  'son|daughter|wife|husband|brother|sister|father|mother|child|children|grandson|granddaughter|nephew|niece|cousin|partner|spouse|girlfriend|boyfriend|fiancee?|widow|widower';
export const KIN_IN_PHRASE = new RegExp(
  `\\b(?:for|of|to|with|from|by)\\s+[^,;"]{0,40}\\b(?:${KIN_WORDS})\\s*,\\s*$`,
  'i',
);
/** A word for a relative ("the wife of…"), who could be the one a clause after the phrase is about. */
export const KIN = new RegExp(`\\b(?:${KIN_WORDS})\\b`, 'i');

/**
 * Whether a candidate stands in a prepositional phrase and so is not the subject ("Rep. Adam B.
 * Schiff of California", "the views of economists…"). A person there is the source only after a
 * title ("Secretary of Homeland Security Jeh Johnson said"), never after a role ("a spokesman for
 * Zelensky said").
 */
export function afterPreposition(norm: string, sent: Sentence, e: Entity): boolean {
  const before = norm.slice(Math.max(sent.start, e.start - 40), e.start);
  // "a fellow at the Max Planck Institute in Munich, Germany, and co-author of the study, said":
  // the second place of "in <city>, <country>" is in the same phrase as the first.
  if (
    e.type !== 'person' &&
    /\b(?:in|at|from|of)\s+(?:the\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3},\s*$/.test(before)
  )
    return true;
  // Nor after any other preposition ("the woman accused of driving onto a sidewalk along the Las
  // Vegas Strip told police…"), but where a relative clause opens after the name, which it is the
  // antecedent of ("a more frontal attack on Trump, who has said…", "indignation among Republican
  // Jewish leaders, who had hoped…"). (Not the prepositions that also open a clause: "…before
  // Trump said…" has Trump its subject.)
  if (!/\b(?:of|from|at|in|for|with|to)\s+(?:the\s+)?$/.test(before))
    return PLACE_PREPOSITION.test(before) && !/^\s*,?\s*who\b/.test(norm.slice(e.end, e.end + 8));
  if (e.type !== 'person' || e.unnamed || ROLE_OF.test(before)) return true;
  return !/\b[A-Z][\w.'-]*\s+(?:of|for)\s+(?:the\s+)?$/.test(before);
}

const PLACE_PREPOSITION =
  /\b(?:on|along|near|outside|inside|across|into|onto|around|through|toward|towards|behind|beyond|within|about|among|between|against|over|under|amid|upon|throughout|via)\s+(?:the\s+)?$/;

const ROLE_OF =
  /\b(?:spokesman|spokeswoman|spokesperson|aide|aides|adviser|advisor|friend|lawyer|attorney|ally|allies|official|officials|member|members|representative|envoy|office|team|campaign|camp|government|administration|party|wife|husband|son|daughter|supporters?|critics?|rivals?)\s+(?:of|for|to|from|at|with)\s+(?:the\s+)?$/i;
