import type { Actor, PreparedText, Sentence } from '../../types';
import { singular, type Entity } from './entities';
import { sentenceSubject } from './sentence-subject';
import type { EntityList } from './speakers';

// News's abbreviated titles, as the description spells them out.
const SPELLED: Record<string, string> = {
  sen: 'senator',
  rep: 'representative',
  gov: 'governor',
  gen: 'general',
  pres: 'president',
  sec: 'secretary',
};
const words = (t: string) =>
  t
    .split(/[^A-Za-z]+/)
    .filter(Boolean)
    .map((w) => SPELLED[w.toLowerCase()] ?? singular(w));

const DETERMINERS = new Set(['the', 'this', 'that']);

/**
 * Whether a known person holds a description as a title the text gives them: "the president" and
 * "the senator" for "President Obama" and "Sen. Marco Rubio", "the Florida senator" only where the
 * text calls Rubio a Florida senator, never another senator.
 */
export function titler(actors: Actor[]): (who: Entity, description: string) => boolean {
  const byId = new Map(actors.map((a) => [a.id, a]));
  return (who, description) => {
    const a = who.id ? byId.get(who.id) : undefined;
    if (!a || a.type !== 'person') return false;
    const held = new Set([...a.roles, ...a.aliases].flatMap(words));
    const wanted = words(description).filter((w) => !DETERMINERS.has(w));
    return wanted.length > 0 && wanted.every((w) => held.has(w));
  };
}

/**
 * "Florida Sen. Marco Rubio… The Florida senator sought to calm his supporters": a definite
 * description opening its sentence, which the subject that opens the sentence before holds as a
 * title, is that subject, as "he" would be, unless someone else named in either sentence holds the
 * title too ("Sen. Ted Cruz met Sen. Marco Rubio. The senator said…").
 */
export function titledSubject(
  doc: PreparedText,
  entities: EntityList,
  e: Entity,
  sent: Sentence,
): Entity | undefined {
  const titled = entities.titled;
  if (!titled || !e.head || e.plural) return undefined;
  if (sentenceSubject(doc, entities, sent)?.start !== e.start) return undefined;
  const prev = doc.sentences[sent.index - 1];
  if (!prev || sent.paragraph - prev.paragraph > 1) return undefined;
  const subj = sentenceSubject(doc, entities, prev);
  if (!subj?.id || subj.unnamed || !titled(subj, doc.norm.slice(e.start, e.end))) return undefined;
  for (const x of entities) {
    if (x.start >= e.start) break;
    if (x.end <= prev.start) continue;
    if (x.id && x.id !== subj.id && !x.unnamed && titled(x, e.head)) return undefined;
  }
  return { ...subj, start: e.start, end: e.end };
}
