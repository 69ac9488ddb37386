// The words core/coref reads: its own pronoun forms and gendered nouns (data/lexicons/coref.json),
// the given names, forms of address, role nouns and titles core/actors already curates, and the
// verbs of saying of the statements stage.
import coref from '../../data/lexicons/coref.json';
import speech from '../../data/lexicons/speech-verbs.json';
import titles from '../../data/lexicons/titles.json';
import {
  CITIES,
  ENTRY_INDEX,
  GENDER_OF_GIVEN,
  GIVEN,
  HONORIFIC_GENDER,
  KNOWN_BY_SURNAME,
  NOT_PERSON_LAST,
  ORG_KEYWORDS,
  PLACE_NAMES,
  ROLE_GENDER,
  STOP,
  foldWord,
  type Gender,
} from '../actors/lexicon';
import { stem } from '../attribution/stem';

export type { Gender };

/** The pronouns resolved: "he" and "she" are one person of a known gender, "they" a group or an unknown. */
export type Family = 'he' | 'she' | 'they';

export const FAMILY = new Map<string, Family>();
for (const [f, forms] of Object.entries(coref.pronouns)) for (const w of forms) FAMILY.set(w, f as Family);

export const GENDER_OF_FAMILY: Record<Family, Gender | undefined> = { he: 'm', she: 'f', they: undefined };

const NOUN_GENDER = new Map<string, Gender>([
  ...ROLE_GENDER,
  ...coref.gendered.m.map((w) => [w, 'm'] as const),
  ...coref.gendered.f.map((w) => [w, 'f'] as const),
]);

/** The gender a common noun carries ("mother" f, "king" m), if any. */
export const genderOfNoun = (lower: string): Gender | undefined => NOUN_GENDER.get(lower);

/** The gender a form of address carries ("Mrs." f), with or without its full stop. */
export const genderOfHonorific = (text: string): Gender | undefined =>
  HONORIFIC_GENDER.get(text.replace(/\.$/, ''));

/** The gender a given name usually carries ("Maria" f), none for unisex or unknown names. */
export const genderOfGiven = (text: string): Gender | undefined => GENDER_OF_GIVEN.get(foldWord(text));

const TITLE_WORDS = new Set(titles.titles.filter((t) => !/[ -]/.test(t)).map((t) => t.toLowerCase()));

/** A one-word title ("president", "minister"): a noun that names a person's office. */
export const isTitle = (lower: string) => TITLE_WORDS.has(lower);

const SAYING = new Set([...speech.that, ...speech.participles].map((v) => stem(v.toLowerCase())));

/** Whether a verb reports speech or thought ("said", "tells", "warning"), by its rough stem. */
export const isSaying = (lower: string) => SAYING.has(stem(lower));

const CITY = new Set(CITIES);

/**
 * What the curated lists say of a name (its words as written): a person ("Angela Merkel", a known
 * surname, any given name), not a person (a country, an institution, "Monday", "Victoria Station"),
 * or nothing.
 */
export function nameKind(words: string[]): 'person' | 'other' | undefined {
  const last = words.at(-1);
  if (!last) return undefined;
  const lower = words.map((w) => w.toLowerCase());
  const entry = ENTRY_INDEX.get(lower[0]!)?.find(
    (e) => e.words.length === words.length && e.words.every((w, i) => w.toLowerCase() === lower[i]),
  );
  if (entry) return entry.type === 'person' ? 'person' : 'other';
  if (NOT_PERSON_LAST.has(last) || ORG_KEYWORDS[last]) return 'other';
  if (words.length === 1 && (STOP.has(last) || PLACE_NAMES.has(last) || CITY.has(last))) return 'other';
  if (KNOWN_BY_SURNAME.has(foldWord(last)) || GIVEN.has(words[0]!)) return 'person';
  return undefined;
}
