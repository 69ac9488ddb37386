// The one person a "he" or "she" can mean where the sentence before opens on someone it cannot.
import type { PreparedText, Sentence } from '../../types';
import { lastBefore, sameEntity, type Entity } from './entities';
import { quotedUntil } from './rivals';
import { PRONOUNS } from './speakers';

// How far back candidates are looked for, in entities: bounded work per pronoun.
export const WINDOW = 40;

/** Whether `x` is one a "he" or "she" of `gender` may mean: one person, named or described. */
const mayBe = (x: Entity, gender: 'm' | 'f') =>
  !x.plural && !x.joint && (x.type === 'person' || !!x.unnamed) && !(x.gender && x.gender !== gender);

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
    if (!mayBe(x, gender)) continue;
    if (x.unnamed || PRONOUNS.test(x.name)) return undefined;
    if (known && (!x.gender || quotedUntil(doc, x.end, e.start))) return undefined;
    if (found && !sameEntity(found, x)) return undefined;
    found ??= x;
  }
  return found;
}

/**
 * "After a few tries, I reached Valerie Smith by phone. Smith still found it difficult… She had
 * represented him since 1978… “When I started…,” she said" (a real news page): a paragraph that
 * names one person of the pronoun's gender, and no one else who could be meant, before its first
 * "he" or "she" of that gender; every such pronoun in it up to this one is that person. The last
 * resort of the resolver, after the sentence before and the speakers before have said nothing.
 */
export function soleInParagraph(
  doc: PreparedText,
  entities: Entity[],
  e: Entity,
  sent: Sentence,
  gender: 'm' | 'f',
): Entity | undefined {
  const from = doc.paragraphs[sent.paragraph]?.start ?? sent.start;
  const own = gender === 'm' ? /^he$/i : /^she$/i;
  let found: Entity | undefined;
  let first = e.start;
  let pronoun = e.start;
  let participant = false;
  for (let i = lastBefore(entities, e.start), n = 0; i >= 0; i--, n++) {
    const x = entities[i]!;
    if (x.start < from) break;
    if (n >= 2 * WINDOW) return undefined;
    if (PRONOUNS.test(x.name)) {
      if (own.test(x.name)) pronoun = x.start;
      continue;
    }
    if (!mayBe(x, gender)) continue;
    if (x.unnamed || !x.gender || quotedUntil(doc, x.end, e.start)) return undefined;
    if (found && !sameEntity(found, x)) return undefined;
    found ??= x;
    first = x.start;
    // Named as a participant at least once, not only as an owner ("compared Michelle Obama’s
    // appearance to…", where the paragraph is about someone the actors stage did not name).
    participant ||= !x.modifier;
  }
  return found && participant && first < pronoun ? found : undefined;
}
