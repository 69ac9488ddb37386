// Who else a pronoun could mean: a person the text names near it who fits it as well as the
// antecedent the resolver chose (coref.ts), so the text does not make clear whose words they are.
import type { PreparedText, Sentence } from '../../types';
import { lastBefore, sameEntity, type Entity } from './entities';
import type { Said } from './coref';

/**
 * Whether a person who could be meant is named earlier in the pronoun's own sentence, outside
 * quotation marks, when the antecedent chosen stands before the sentence: in "Mr. Cruz's success
 * … reflects how he has … since he announced his candidacy" the pronoun is Cruz's, whoever the
 * sentence before was about. A pronoun that only closes an attribution ("Mr Putin's final position
 * will hinge on…, he said", 000) is the reporter's source, never the person talked about.
 */
export function rivalInClause(
  doc: PreparedText,
  entities: Entity[],
  e: Entity,
  sent: Sentence,
  chosen: Entity,
  gender: 'm' | 'f',
): boolean {
  if (roleRightBefore(doc, entities, e, sent, chosen, gender)) return true;
  if (/[,"]\s*$/.test(doc.norm.slice(Math.max(sent.start, e.start - 3), e.start))) return false;
  if (addressSince(doc, sent.start, e, chosen, gender)) return true;
  return rivalSince(doc, entities, e, sent.start, chosen, gender, true);
}

/**
 * Whether a form of address the actors stage could not tie to one person ("Mr. Cruz" where three
 * Cruzes are named, "Mr. Clinton" where only Hillary Clinton is) stands from `from` up to the
 * pronoun, outside quotations, for someone other than `chosen` who could be meant.
 */
function addressSince(
  doc: PreparedText,
  from: number,
  e: Entity,
  chosen: Entity,
  gender: 'm' | 'f',
): boolean {
  const surname = chosen.name.split(/\s+/).pop();
  // The name without a possessive ("Mr. Obama's eyes welled" names Obama).
  const address =
    gender === 'm'
      ? /\bMr\.?\s+([A-Z][\w-]*(?:'(?!s\b)[\w-]+)?)/g
      : /\b(?:Mrs|Ms)\.?\s+([A-Z][\w-]*(?:'(?!s\b)[\w-]+)?)/g;
  for (const m of doc.norm.slice(from, e.start).matchAll(address)) {
    if (m[1] !== surname && !quotedUntil(doc, from + m.index + m[0].length, e.start)) return true;
  }
  return false;
}

/**
 * Whether the sentence before the pronoun's, when the chosen antecedent is named before it, holds a
 * form of address for someone else who could be meant: in "Charismatic and soulful, Mr. Clinton was
 * among the most gifted of modern presidents. He thought of his speeches as…" (PolNeAR) he is
 * likelier Mr. Clinton than whoever was quoted two paragraphs before, so he stays no one's.
 */
export function addressBefore(
  doc: PreparedText,
  e: Entity,
  sent: Sentence,
  chosen: Entity,
  gender: 'm' | 'f',
): boolean {
  const prev = doc.sentences[sent.index - 1];
  if (!prev || sent.paragraph - prev.paragraph > 1 || chosen.start >= prev.start) return false;
  // Named there too ("Mr. Trump made a third attempt to deflect Mr. Khan's criticism. And he
  // continued…"), the chosen one stands as the resolver read the sentence.
  const surname = chosen.name.split(/\s+/).pop() ?? '';
  const words = doc.norm.slice(prev.start, prev.end).split(/[^\w-]+/);
  if (words.includes(surname)) return false;
  return addressSince(doc, prev.start, e, chosen, gender);
}

/**
 * Whether a person other than `chosen` who could be meant stands right before the pronoun with
 * only a role set off by commas between: in "While the campaign did not appeal to Julie Graham, a
 * health officer, she said she did not…" (a real news page) she is the one the sentence is about,
 * whoever spoke before. Not a relative clause ("Trump, who has insulted women…, she replied").
 */
function roleRightBefore(
  doc: PreparedText,
  entities: Entity[],
  e: Entity,
  sent: Sentence,
  chosen: Entity,
  gender: 'm' | 'f',
): boolean {
  for (let i = lastBefore(entities, e.start), n = 0; i >= 0 && n < 4; i--, n++) {
    const x = entities[i]!;
    if (x.start < sent.start) break;
    if (x.modifier || !couldBe(x, gender)) continue;
    if (sameEntity(x, chosen)) return false;
    return /^\s*,\s+(?!who\b|whom\b|whose\b|which\b)[^,;"()]{2,80},\s*$/.test(doc.norm.slice(x.end, e.start));
  }
  return false;
}

/** Whether `x` is one named person the pronoun's gender allows. */
const couldBe = (x: Entity, gender: 'm' | 'f') =>
  x.type === 'person' && !x.unnamed && !x.plural && (!x.gender || x.gender === gender);

/**
 * Whether what ends at `from` stands inside a quotation that closes before `to`: who a speaker
 * talks about, not who speaks ("“If Donald Trump becomes the president I'll be stopped,” he said").
 */
export const quotedUntil = (doc: PreparedText, from: number, to: number) =>
  (doc.norm.slice(from, to).match(/"/g)?.length ?? 0) % 2 === 1;

/**
 * Whether a person other than `chosen` who could be "he" or "she" is named from `from` up to the
 * pronoun, outside quotations; a possessive ("Mr Putin's final position…") counts only where
 * `possessives` says so.
 */
function rivalSince(
  doc: PreparedText,
  entities: Entity[],
  e: Entity,
  from: number,
  chosen: Entity,
  gender: 'm' | 'f',
  possessives: boolean,
  history: Said[] = [],
): boolean {
  const isChosen = (x: Entity) => sameEntity(x, chosen);
  for (let i = lastBefore(entities, e.start), n = 0; i >= 0 && n < RIVAL_WINDOW; i--, n++) {
    const x = entities[i]!;
    if (x.start < from) break;
    if ((x.modifier && !possessives) || !couldBe(x, gender)) continue;
    if (isChosen(x)) continue;
    if (quotedUntil(doc, x.end, e.start)) continue;
    if (chosen.type === 'person' && !chosen.unnamed && talkedAbout(history, x, isChosen)) continue;
    return true;
  }
  return false;
}

/**
 * Whether `x` is named inside what the chosen speaker was just reported to say: someone talked
 * about, not a second speaker ("Simmons, an Obama supporter, said most of his family thought
 * Obama had no shot. “…,” he said." is Simmons again).
 */
function talkedAbout(history: Said[], x: Entity, same: (s: Entity) => boolean): boolean {
  for (let i = history.length - 1; i >= 0 && history[i]!.pos >= x.start - 2000; i--) {
    const w = history[i]!.words;
    if (w && w.start <= x.start && x.end <= w.end && same(history[i]!.speaker)) return true;
  }
  return false;
}

// How far back a rival is looked for, in entities: bounded work per pronoun.
const RIVAL_WINDOW = 40;

/**
 * Whether another person who could be "she" or "he" is named between the start of the sentence
 * before and the pronoun, when the chosen antecedent's gender is unknown: in "Pat Lee met Jordan
 * Reyes. She said…" either could be meant, so neither is. A possessive is no rival: in "Mr Putin's
 * final position will hinge on…, he said" (000) Putin is what is talked about.
 */
export function rivalNear(
  doc: PreparedText,
  entities: Entity[],
  e: Entity,
  sent: Sentence,
  chosen: Entity,
  gender: 'm' | 'f',
  history: Said[],
): boolean {
  const prev = doc.sentences[sent.index - 1];
  const from = prev && sent.paragraph - prev.paragraph <= 1 ? prev.start : sent.start;
  return rivalSince(doc, entities, e, from, chosen, gender, false, history);
}
