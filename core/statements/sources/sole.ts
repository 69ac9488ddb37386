// The one person a "he" or "she" can mean where the sentence before opens on someone it cannot.
import type { PreparedText, Sentence } from '../../types';
import { lastBefore, sameEntity, type Entity } from './entities';
import { quotedUntil } from './rivals';
import { PRONOUNS } from './speakers';

// How far back candidates are looked for, in entities: bounded work per pronoun.
const WINDOW = 40;

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
  let found: Entity | undefined;
  for (let i = lastBefore(entities, e.start), n = 0; i >= 0 && n < WINDOW; i--, n++) {
    const x = entities[i]!;
    if (x.start < prev.start) break;
    if (x.plural || x.joint || (x.type !== 'person' && !x.unnamed)) continue;
    if (x.gender && x.gender !== gender) continue;
    if (x.unnamed || !x.gender || PRONOUNS.test(x.name) || quotedUntil(doc, x.end, e.start)) return undefined;
    if (found && !sameEntity(found, x)) return undefined;
    found ??= x;
  }
  return found;
}
