import type { PreparedText } from '../../types';
import type { Entity } from './entities';
import { PRONOUNS, type EntityList } from './speakers';

// A verb of saying or thinking whose clause a pronoun opens ("… say they want", "… said that he"):
// forms that are seldom nouns ("a false claim that he…" is no speaker's clause).
const CLAUSE_VERB =
  /([A-Za-z][\w'’-]*)\s+(?:(?:has|have|had|also|previously|already|repeatedly|later|then)\s+){0,2}(?:say|says|said|think|thinks|believe|believes|believed|argue|argues|argued|insist|insists|insisted|feel|feels|felt|know|knows|knew|claimed|hoped|feared|agreed|indicated|suggested|acknowledged|conceded|admitted|noted|stated|asserted|maintained|warned|explained)\s+(?:that\s+)?$/;
// "… has told WeWork executives he wants…": the same after "told" and its listener.
const TOLD_CLAUSE =
  /([A-Za-z][\w'’-]*)\s+(?:(?:has|have|had)\s+)?(?:told|tells)\s+((?:[\w'’&-]+(?:\.[\w'’&-]+)*\s+){1,4}?)(?:that\s+)?$/;
// Words before such a verb that are not its subject: adverbs, auxiliaries, relatives, pronouns.
const NOT_SUBJECT =
  /^(?:also|again|later|then|often|still|never|always|once|just|even|now|has|have|had|would|will|could|can|may|might|must|should|did|does|do|and|but|or|who|which|that|he|she|they|we|i|you|it)$|ly$/i;

/**
 * "A Reuters poll has lower numbers (44 percent of Americans say they want the House to impeach)":
 * a pronoun opening the clause of a verb of saying is that verb's subject's, however near another
 * name stands before (real news pages). The entity that subject is; null when no entity is all of
 * it (a share "of Americans", a noun no entity stands for): then the text does not make it clear.
 * Undefined when the pronoun opens no such clause.
 */
export function clauseSubject(doc: PreparedText, entities: EntityList, e: Entity): Entity | null | undefined {
  const from = Math.max(0, e.start - 80);
  const before = doc.norm.slice(from, e.start);
  const told = CLAUSE_VERB.test(before) ? null : TOLD_CLAUSE.exec(before);
  const m = told ?? CLAUSE_VERB.exec(before);
  if (!m || NOT_SUBJECT.test(m[1]!)) return undefined;
  // "Smith told Jones he was fired": a person told may be the one the pronoun means as well.
  if (told) {
    const at = from + told.index + told[0].lastIndexOf(told[2]!);
    const listener = entities.some(
      (y) => y.type === 'person' && y.start >= at && y.start < at + told[2]!.length,
    );
    if (listener || /^(?:him|her|them|me|us|you)\b/i.test(told[2]!)) return null;
  }
  // "Allies say that he does not see…": a singular pronoun after a plural subject means someone else.
  const plural = /^they$/i.test(e.name);
  if (plural !== /[^s]s$/i.test(m[1]!)) return undefined;
  const end = from + m.index + m[1]!.length;
  const x = entities.find((y) => y.start < end && y.end >= end);
  if (
    !x ||
    PRONOUNS.test(x.name) ||
    /\bof\s+(?:the\s+)?$/i.test(doc.norm.slice(Math.max(0, x.start - 8), x.start))
  )
    return null;
  return x;
}
