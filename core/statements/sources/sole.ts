// The one person a "he" or "she" can mean where the sentence before opens on someone it cannot.
import type { PreparedText, Sentence } from '../../types';
import { lastBefore, sameEntity, type Entity } from './entities';
import { quotedUntil } from './rivals';
import { PRONOUNS } from './speakers';

// How far back candidates are looked for, in entities: bounded work per pronoun.
export const WINDOW = 40;

/**
 * "But Mrs. Clinton will face the same partisan fire Mr. Obama has. He noted that…" (a news
 * analysis): the sentence before opens on someone the pronoun cannot mean (a woman for "he", a
 * body or a group), so the pronoun goes back to the one person of its gender named in that sentence
 * or before it in its own, when no one else who could be meant is named there: no second person of
 * that gender or of none known, no earlier pronoun, no one quoted (a name in quotation marks counts
 * as someone who could be meant, so the reading stays unclear rather than guessed).
 */
export function soleOfGender(
  doc: PreparedText,
  entities: Entity[],
  e: Entity,
  sent: Sentence,
  gender: 'm' | 'f',
): Entity | undefined {
  const prev = doc.sentences[sent.index - 1];
  if (!prev || sent.paragraph - prev.paragraph > 1) return undefined;
  return onlyPersonSince(doc, entities, e, prev.start, gender, true);
}

/**
 * The one person named from `from` up to the pronoun `e` who could be its "he" or "she" (at their
 * last mention there); undefined when none is, or someone else could be too: a second person of
 * that gender, a source the text only describes, a pronoun, and with `known` also a person of no
 * known gender or one named inside quotation marks. Bounded work: the last `WINDOW` entities only.
 */
export function onlyPersonSince(
  doc: PreparedText,
  entities: Entity[],
  e: Entity,
  from: number,
  gender: 'm' | 'f',
  known: boolean,
): Entity | undefined {
  let found: Entity | undefined;
  for (let i = lastBefore(entities, e.start), n = 0; i >= 0 && n < WINDOW; i--, n++) {
    const x = entities[i]!;
    if (x.start < from) break;
    if (x.plural || x.joint || (x.type !== 'person' && !x.unnamed)) continue;
    if (x.gender && x.gender !== gender) continue;
    if (x.unnamed || PRONOUNS.test(x.name)) return undefined;
    if (known && (!x.gender || quotedUntil(doc, x.end, e.start))) return undefined;
    if (found && !sameEntity(found, x)) return undefined;
    found ??= x;
  }
  return found;
}
