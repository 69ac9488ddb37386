// The person whose thing opens the sentence before a "he" or "she": "Hillary Clinton's victory in
// Texas is paying off big in delegates. With 222 delegates at stake, she is assured…".
import type { PreparedText, Sentence } from '../../types';
import { canSpeak } from '../trees/described';
import { lastBefore, sameEntity, type Entity } from './entities';
import { PRONOUNS } from './speakers';

// How far back candidates are looked for, in entities: bounded work per pronoun.
const WINDOW = 40;
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
  const lead = /^(?:(?:But|And|Yet|Still|Now),?\s+)?/.exec(doc.norm.slice(prev.start, prev.start + 12))![0];
  let found: Entity | undefined;
  for (let i = lastBefore(entities, e.start), n = 0; i >= 0 && n < WINDOW; i--, n++) {
    const x = entities[i]!;
    if (x.start < prev.start) break;
    if (x.plural || x.joint || (x.type !== 'person' && !x.unnamed)) continue;
    if (x.gender && x.gender !== gender) continue;
    if (x.unnamed || PRONOUNS.test(x.name)) return undefined;
    if (found && !sameEntity(found, x)) return undefined;
    found = x;
  }
  if (!found || found.start !== prev.start + lead.length || found.type !== 'person') return undefined;
  const possessed = POSSESSED.exec(doc.norm.slice(found.end, found.end + 60));
  if (!possessed || possessed[1]!.split(/\s+/).some((w) => canSpeak(w))) return undefined;
  return found;
}
