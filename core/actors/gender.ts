// Whether an actor is a woman or a man, when the text or the lexicons say so: the statements stage
// uses it so that "she" never resolves to "David Gorski".
import type { Actor } from '../types';
import { GENDER_OF_GIVEN, HONORIFIC_GENDER, ROLE_GENDER, foldWord, words, type Gender } from './lexicon';

export type { Gender };

/**
 * Gender from a given name ("Hillary Clinton" f) or an honorific ("Mrs. Clinton" f). A name of one
 * word counts only where `alone` says the text calls the person by it alone ("Rachel said"); else
 * it may be a surname ("Lee said").
 */
export function genderOfName(name: string, alone = false): Gender | undefined {
  const ws = words(name);
  const hon = ws[0] && HONORIFIC_GENDER.get(ws[0]);
  if (hon) return hon;
  return ws.length > 1 || alone ? GENDER_OF_GIVEN.get(foldWord(ws[0]!)) : undefined;
}

/** Gender from a role whose last word carries one ("his wife", "White House spokeswoman"). */
export function genderOfRole(role: string): Gender | undefined {
  const ws = role.toLowerCase().split(/\s+/);
  return ROLE_GENDER.get(ws.slice(-2).join(' ')) ?? ROLE_GENDER.get(ws[ws.length - 1]!);
}

/**
 * 'f' or 'm' for a person whose name, forms of address and roles agree; undefined when nothing says
 * or the signals disagree ("Kelly Smith", or a "Mr." alias on a "Hillary" that a merge got wrong).
 */
export function genderOf(actor: Pick<Actor, 'type' | 'name' | 'aliases' | 'roles'>): Gender | undefined {
  if (actor.type !== 'person') return undefined;
  const seen = new Set<Gender>();
  // A person known by one name only ("Rachel") is called by their given name.
  const alone = words(actor.name).length === 1;
  for (const n of [actor.name, ...actor.aliases]) {
    const g = genderOfName(n, alone);
    if (g) seen.add(g);
  }
  for (const r of actor.roles) {
    const g = genderOfRole(r);
    if (g) seen.add(g);
  }
  return seen.size === 1 ? [...seen][0] : undefined;
}
