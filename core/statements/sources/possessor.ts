// The person whose thing opens the sentence before a "he" or "she": "Hillary Clinton's victory in
// Texas is paying off big in delegates. With 222 delegates at stake, she is assured…".
import type { PreparedText, Sentence } from '../../types';
import { canSpeak } from '../trees/described';
import { lastBefore, sameEntity, type Entity } from './entities';
import { onlyPersonSince, WINDOW } from './sole';

// The words a possessive's phrase opens with, up to its head: "’s victory", "’s renewed endorsement".
const POSSESSED = /^['’]s?\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)/;

/**
 * A sentence that opens on a person's possession ("Clinton’s website is very different.", "Trump’s
 * attempt not to engage in personal attacks did not last long.") is about that person, whom a
 * "he" or "she" at the start of the next then means, when no one else who could be is named in
 * either sentence before the pronoun (another person of that gender or of none known, a pronoun,
 * someone described). Not where the thing is a person itself ("Trump's lawyer", "Donald Trump's
 * eldest daughter"): the pronoun may mean them.
 */
export function possessorOpening(
  doc: PreparedText,
  entities: Entity[],
  e: Entity,
  sent: Sentence,
  gender: 'm' | 'f',
): Entity | undefined {
  const prev = doc.sentences[sent.index - 1];
  if (!prev || sent.paragraph - prev.paragraph > 1) return undefined;
  const only = onlyPersonSince(doc, entities, e, prev.start, gender, false);
  if (!only) return undefined;
  // That person's mention opens the sentence before.
  const lead = /^(?:(?:But|And|Yet|Still|Now),?\s+)?/.exec(doc.norm.slice(prev.start, prev.start + 12))![0];
  const at = lastBefore(entities, prev.start + lead.length + 1);
  const opening = entities[at];
  if (!opening || opening.start !== prev.start + lead.length || !sameEntity(opening, only)) return undefined;
  // Within the entities `onlyPersonSince` reads.
  if (lastBefore(entities, e.start) - at >= WINDOW) return undefined;
  if (opening.type !== 'person') return undefined;
  const possessed = POSSESSED.exec(doc.norm.slice(opening.end, opening.end + 60));
  if (!possessed || possessed[1]!.split(/\s+/).some((w) => canSpeak(w))) return undefined;
  return opening;
}
