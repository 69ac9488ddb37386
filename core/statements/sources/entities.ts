import type { Actor, ActorType, SpeakerType } from '../../types';
import type { ActorResult } from '../../actors';
import givenGender from '../../../data/lexicons/given-gender.json';
import pronouns from '../../../data/lexicons/pronouns.json';
import { genderOf as actorGenderOf } from '../../actors';
import { genderOfName as actorGenderOfName } from '../../actors/gender';

/** Something that can be the source of a statement, at one place in the text. */
export interface Entity {
  start: number;
  end: number;
  name: string;
  id?: string;
  type: ActorType;
  speakerType: SpeakerType;
  /** An unnamed source ("a US official"), never folded into a named actor. */
  unnamed?: boolean;
  /** Head noun of an unnamed source ("official"), used to resolve "the official". */
  head?: string;
  /** Offset of the head noun of an unnamed source. */
  headAt?: number;
  /** "the official", "the academic": refers back to an earlier source. */
  definite?: boolean;
  plural?: boolean;
  /**
   * A name the actors stage did not list, read next to a verb; 'titled' when a title came with it
   * ("Sen. Smith said"). Checked against the actors stage's evidence before it may speak.
   */
  guess?: 'titled' | 'bare';
  /** The name only qualifies what follows ("the union's refusal", "US official"): never the speaker. */
  modifier?: boolean;
  /** From "Mr"/"Ms" in an alias, so "she" never goes to a man known as "Mr Trump". */
  gender?: 'm' | 'f';
  /** Two named sources joined by "and", speaking as one group ("France and Germany"). */
  joint?: boolean;
}

export function speakerTypeOf(type: ActorType): SpeakerType {
  return type === 'term' ? 'organization' : type;
}

const FEMALE = new Set(pronouns.female);
const MALE = new Set(pronouns.male);
// Given names two packages agree on (scripts/train/given.ts), after the curated ones.
const LONG_FEMALE = new Set(givenGender.female.split(' '));
const LONG_MALE = new Set(givenGender.male.split(' '));

/**
 * Gender from the actors stage's evidence (given names, honorifics, "his wife"), else from a first
 * name in `pronouns.json` ("Kellyanne Conway"); undefined when nothing says.
 */
export function genderOfName(name: string): 'm' | 'f' | undefined {
  const g = actorGenderOfName(name);
  if (g) return g;
  const first = /^\s*(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.?\s+)?([A-Z][a-z]+)/.exec(name)?.[1] ?? '';
  if (FEMALE.has(first)) return 'f';
  if (MALE.has(first)) return 'm';
  // The long lists only for a name with a surname after it: alone, "Warren" or "Scott" is one.
  const given = /^\s*([A-Z][a-z]+)\s+(?:[A-Z]\.\s+)?[A-Z]/.exec(name)?.[1] ?? '';
  return LONG_FEMALE.has(given) ? 'f' : LONG_MALE.has(given) ? 'm' : undefined;
}

/**
 * The actor's gender where its name and roles agree. A role's word may say one thing and the given
 * name another ("Trump spokesman Hope Hicks": the press calls women spokesmen too): then the text
 * does not say, and "she said" is left to the other tests rather than ruled out.
 */
function genderOf(a: Actor): 'm' | 'f' | undefined {
  if (a.type !== 'person') return undefined;
  const named = genderOfName(a.name);
  const all = actorGenderOf(a);
  if (all && named && all !== named) return undefined;
  return all ?? named;
}

/** Named actors' mentions as entities; terms (plans, places, events) never speak. */
export function namedEntities(found: ActorResult, inText?: Map<string, 'm' | 'f'>): Entity[] {
  const byId = new Map(found.actors.map((a) => [a.id, a]));
  // Once an actor, not once a mention: the names, aliases and roles are read for each.
  const genders = new Map(found.actors.map((a) => [a.id, genderOf(a)]));
  const out: Entity[] = [];
  for (const m of found.mentions) {
    const a = byId.get(m.actorId);
    if (!a || a.type === 'term') continue;
    const gender = genders.get(a.id) ?? (a.type === 'person' ? inText?.get(a.id) : undefined);
    out.push({
      start: m.start,
      end: m.end,
      name: a.name,
      id: a.id,
      type: a.type,
      speakerType: speakerTypeOf(a.type),
      plural: a.type === 'group',
      ...(m.modifier ? { modifier: true } : {}),
      ...(gender ? { gender } : {}),
    });
  }
  return out;
}

/**
 * Merges named and unnamed entities, sorted by start. Where they overlap the longer one wins, so
 * "Ukrainian officials" (unnamed) is not read as the named "Ukraine", while "Kremlin spokesman
 * Dmitry Peskov" keeps the person.
 */
export function mergeEntities(named: Entity[], unnamed: Entity[]): Entity[] {
  const all = [...named, ...unnamed].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Entity[] = [];
  for (const e of all) {
    const prev = out[out.length - 1];
    if (prev && e.start < prev.end) {
      // A named actor that holds the phrase's head noun is the phrase ("The Trump administration");
      // one in its modifiers or complement is not ("Members of Congress", "a Trump aide", "a
      // spokesman for Volodymyr Zelensky": never the person's own words).
      if (
        prev.unnamed &&
        !e.unnamed &&
        prev.headAt !== undefined &&
        prev.headAt >= e.start &&
        prev.headAt < e.end
      )
        out[out.length - 1] = e;
      else if (
        !prev.unnamed &&
        e.unnamed &&
        e.end - e.start > prev.end - prev.start &&
        prev.type !== 'person'
      ) {
        out[out.length - 1] = e;
      }
      continue;
    }
    out.push(e);
  }
  return out;
}

/** Whether two entities are the same speaker: the same actor, or the same name where no actor stands. */
export const sameEntity = (a: Entity, b: Entity): boolean => (a.id ? a.id === b.id : a.name === b.name);

/** Index of the last entity that starts before `pos` (entities sorted by start), or -1. */
export function lastBefore(entities: readonly Entity[], pos: number): number {
  let lo = 0;
  let hi = entities.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (entities[mid]!.start < pos) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

/** Files `e` under `key`, or null there once a second person claims it. */
function claim(out: Map<string, Entity | null>, key: string, e: Entity): void {
  const seen = out.get(key);
  if (seen === undefined) out.set(key, e);
  else if (seen && seen.id !== e.id) out.set(key, null);
}

/** Known people by the last word of their names and aliases; null where two people share it. */
export function surnames(entities: Entity[], actors: Actor[]): Map<string, Entity | null> {
  const out = new Map<string, Entity | null>();
  const byId = new Map(entities.filter((e) => e.id).map((e) => [e.id!, e]));
  for (const a of actors) {
    if (a.type !== 'person') continue;
    const e = byId.get(a.id);
    if (!e) continue;
    const gender = genderOf(a);
    for (const form of [a.name, ...a.aliases]) {
      const last = /([A-Z][\w'-]+)$/.exec(form.trim())?.[1];
      if (!last) continue;
      // Also under the surname and the person's gender ("Clinton|f"), for a pronoun that tells
      // namesakes apart.
      for (const k of gender ? [last, `${last}|${gender}`] : [last]) claim(out, k, e);
    }
  }
  return out;
}

/**
 * Known people by each whole name and alias they go by in the text, lower-cased ("bill clinton",
 * "hillary"); null where two people share one. A speaker label that is one of them names its speaker
 * even where its surname is two people's ("Bill Clinton: Hillary 'Better Qualified…'").
 */
export function fullNames(entities: Entity[], actors: Actor[]): Map<string, Entity | null> {
  const out = new Map<string, Entity | null>();
  const byId = new Map(entities.filter((e) => e.id && !e.modifier).map((e) => [e.id!, e]));
  for (const a of actors) {
    const e = a.type === 'person' ? byId.get(a.id) : undefined;
    if (!e) continue;
    for (const form of new Set([a.name, ...a.aliases].map((f) => f.trim().toLowerCase())))
      claim(out, form, e);
  }
  return out;
}

/**
 * The one person a speaker label names by its last word ("SEN. TIM KAINE" → Kaine, "John McCain" →
 * McCain), from `surnames`' map: keyed as names are printed, which a label in capitals does not
 * show ("MCCAIN"). A surname two people share names no one.
 */
export function labelSurname(
  bySurname: Map<string, Entity | null> | undefined,
  label: string,
): Entity | undefined {
  const last = label.split(/\s+/).pop()!;
  const printed = bySurname?.get(last);
  if (printed !== undefined) return printed ?? undefined;
  const lower = last.toLowerCase();
  for (const [k, v] of bySurname ?? [])
    if (!k.includes('|') && k.toLowerCase() === lower) return v ?? undefined;
  return undefined;
}

/** A role or description as a key: lower case, one space, no determiner or possessive before it. */
export const roleKey = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:the|a|an|his|her|their|its) /, '');

/**
 * "Republican presidential candidate Donald Trump … The Republican presidential candidate said…":
 * each role the actors stage read for a person (a title before the name, an appositive after it),
 * with the one person who holds it and where they are first named; null where two people share it.
 * A description that is word for word a role only one person holds, named before it, is that
 * person, not an unnamed source.
 */
export function roleHolders(
  entities: Entity[],
  actors: Actor[],
): Map<string, { who: Entity; first: number } | null> {
  const first = new Map<string, number>();
  const byId = new Map<string, Entity>();
  for (const e of entities) {
    if (!e.id || e.modifier) continue;
    if (!first.has(e.id) || e.start < first.get(e.id)!) first.set(e.id, e.start);
    byId.set(e.id, e);
  }
  const out = new Map<string, { who: Entity; first: number } | null>();
  for (const a of actors) {
    const e = byId.get(a.id);
    if (a.type !== 'person' || !e) continue;
    for (const r of a.roles) {
      const k = roleKey(r);
      // One word says too little ("leader", "official"); a role as long as a clause is no title.
      if (!k.includes(' ') || k.length > 60) continue;
      const seen = out.get(k);
      if (seen === undefined) out.set(k, { who: e, first: first.get(a.id)! });
      else if (seen && seen.who.id !== a.id) out.set(k, null);
    }
  }
  return out;
}

/** A word in lower case without a plural ending, as descriptions and roles are compared. */
export const singular = (w: string): string => w.toLowerCase().replace(/ies$/, 'y').replace(/s$/, '');

/**
 * What `EntityList.describes` answers: in "Trump spoke in Michigan. The Republican is also
 * encouraging… He says…" the description is the speaker's role, while in "…, said Mr. Rhodes. The
 * president's Pacific roots also came into play. In Honolulu, he told…" it is someone else. A
 * description names the person the text is about unless their roles say otherwise.
 */
export function describer(actors: Actor[]): (who: Entity, head: string) => boolean {
  const byId = new Map(actors.map((a) => [a.id, a]));
  let top: Actor | undefined;
  for (const a of actors) if (a.type === 'person' && (!top || a.mentions > top.mentions)) top = a;
  const words = (t: string) => t.split(/[^A-Za-z]+/).map(singular);
  return (who, head) => {
    const h = singular(head);
    if (words(who.name).includes(h)) return true;
    const a = who.id ? byId.get(who.id) : undefined;
    if (!a) return false;
    if ([...a.aliases, ...a.roles].some((r) => words(r).includes(h))) return true;
    return a === top && a.type === 'person';
  };
}
