// The curated lexicons, loaded once and indexed for token-by-token matching.
import type { ActorType } from '../types';
import names from '../../data/lexicons/names.json';
import variants from '../../data/lexicons/name-variants.json';
import orgs from '../../data/lexicons/organizations.json';
import knownPeople from '../../data/lexicons/people.json';
import places from '../../data/lexicons/places.json';
import titles from '../../data/lexicons/titles.json';

/** What a lexicon phrase stands for. `demonym` entries only count inside a role ("French President"). */
export interface Entry {
  key: string;
  name: string;
  type: ActorType;
  words: string[];
  anyCase?: boolean;
  after?: string[];
  needsThe?: boolean;
  demonym?: boolean;
}

const WORD = /(?:\p{Lu}\.){2,}|\p{L}[\p{L}\p{N}]*(?:'(?!s\b)\p{L}+)*|\p{N}+/gu;
export const words = (s: string): string[] => s.match(WORD) ?? [];

/** Government keys are shared across lexicons: "Moscow", "Russia" and "Russian" all name `gov:Russia`. */
export const govKey = (country: string) => `gov:${country}`;

function buildEntries(): Entry[] {
  const out: Entry[] = [];
  const add = (phrase: string, e: Omit<Entry, 'words'>) => out.push({ ...e, words: words(phrase) });
  for (const c of places.countries) {
    const base = { key: govKey(c.name), name: c.name, type: 'government' as const };
    for (const a of [...c.aliases, ...c.metonyms]) add(a, base);
    for (const d of c.demonym) add(d, { ...base, demonym: true });
    if (c.plural) add(c.plural, { key: `group:${c.plural}`, name: c.plural, type: 'group' });
  }
  for (const b of places.blocs) {
    const needsThe = 'needsThe' in b && b.needsThe === true;
    for (const a of b.aliases) add(a, { key: `group:${b.name}`, name: b.name, type: 'group', needsThe });
    for (const d of b.demonym) add(d, { key: `group:${b.name}`, name: b.name, type: 'group', demonym: true });
    add(b.plural, { key: `group:${b.plural}`, name: b.plural, type: 'group' });
  }
  for (const o of orgs.known) {
    const e = { key: `org:${o.name}`, name: o.name, type: o.type as ActorType };
    const extra = {
      anyCase: 'anyCase' in o && o.anyCase === true,
      after: 'after' in o ? o.after : undefined,
    };
    for (const a of o.aliases) add(a, { ...e, ...extra });
  }
  return out;
}

export const ENTRIES = buildEntries();
/** Entries by their first word (lower case), longest first. */
export const ENTRY_INDEX = new Map<string, Entry[]>();
for (const e of ENTRIES) {
  const k = e.words[0]!.toLowerCase();
  const list = ENTRY_INDEX.get(k) ?? [];
  list.push(e);
  ENTRY_INDEX.set(k, list);
}
for (const list of ENTRY_INDEX.values()) list.sort((a, b) => b.words.length - a.words.length);

/** Country by any demonym or name, for owned institutions ("Russia's sovereign wealth fund"). */
export const DEMONYM_OF = new Map<string, string>();
for (const c of places.countries) DEMONYM_OF.set(govKey(c.name), c.demonym[0] ?? c.name);

// No prototype: a word such as "constructor" or "toString" is no organisation keyword.
export const ORG_KEYWORDS: Record<string, string> = Object.assign(Object.create(null), orgs.keywords);
export const OWNED = orgs.owned.map((o) => ({
  words: o.head.split(' '),
  type: o.type as ActorType,
  as: 'as' in o ? (o.as as string) : o.head,
}));
export const ADMINISTRATION = orgs.administration;

export const TITLES: string[][] = titles.titles.map((t) => t.toLowerCase().split(/[ -]+/));
export const TITLE_FIRST = new Set(TITLES.map((t) => t[0]!));
export const MODIFIERS = new Set(titles.modifiers);
export const DETERMINERS = new Set(titles.determiners);
export const CONNECTORS = new Set(titles.connectors);
export const HONORIFICS = new Set(titles.honorifics);
export const ORG_HEADS = new Set(titles.orgHeads);
export const ADJECTIVAL = new Set(titles.adjectival);

export const GIVEN = new Set([...names.given.male, ...names.given.female, ...names.given.either]);
/** Party labels: a role before a name, never part of it ("Republican Donald Trump"). */
export const AFFILIATIONS = new Set(titles.affiliations);
/** Places that only locate ("Colorado", "Las Vegas"): a run that is exactly one is no person. */
export const PLACE_NAMES = new Set(places.placeNames);
/** Of PLACE_NAMES, the ones news prose also has speak for the people there ('Wall Street predicted…'). */
export const SPEAKING_PLACES = new Set(places.speakingPlaces);
export const STATE_ABBREVIATIONS = new Set(places.stateAbbreviations);
export const STOP = new Set(names.stop);
/** Never part of a person's name: STOP plus common capitalised nouns ("War" in a headline). */
export const NOT_NAME = new Set([...names.stop, ...names.notNames]);
export const ATTRIBUTIVE = new Set(names.attributiveNouns);
export const NOT_PERSON_LAST = new Set(names.notPersonLast);
export const PERSON_CUES: string[][] = names.personCues.map((c) => c.split(' '));

export const CITIES = places.cities.map((c) => c.name);
export const CITY_IN = new Map(
  places.cities.filter((c) => 'in' in c).map((c) => [c.name, (c as { in: string }).in]),
);
export const REGIONS = places.regions;
export const DEMONYMS = [
  ...places.countries.flatMap((c) => c.demonym),
  ...places.blocs.flatMap((b) => b.demonym),
];

const VARIANT = new Map<string, string>();
for (const g of variants.groups) for (const v of g) VARIANT.set(v, g[0]!);
const SPELLING = new Map(variants.spelling.map(([a, b]) => [a!, b!]));

/** Folds a name word for comparison: accents, case, transliteration and spelling variants. */
export function foldWord(w: string): string {
  // Nearly every word is ASCII letters and digits, which fold to their lower case alone.
  const f = isPlainAscii(w)
    ? w.toLowerCase()
    : w
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9]/g, '');
  return VARIANT.get(f) ?? SPELLING.get(f) ?? f;
}

function isPlainAscii(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57))) return false;
  }
  return true;
}

export type Gender = 'f' | 'm';
/**
 * The gender a given name usually carries ("Hillary" f, "Bill" m), by folded name so variant
 * spellings agree; unisex names ("Kelly") have none.
 */
export const GENDER_OF_GIVEN = new Map<string, Gender>([
  ...names.given.male.map((g) => [foldWord(g), 'm'] as const),
  ...names.given.female.map((g) => [foldWord(g), 'f'] as const),
]);
/** "Mrs." is a woman, "Mr." a man. */
export const HONORIFIC_GENDER = new Map<string, Gender>([
  ...titles.honorificGender.m.map((h) => [h, 'm'] as const),
  ...titles.honorificGender.f.map((h) => [h, 'f'] as const),
]);
/** Role nouns that carry a gender ("his wife", "spokeswoman"). */
export const ROLE_GENDER = new Map<string, Gender>([
  ...titles.gendered.m.map((r) => [r, 'm'] as const),
  ...titles.gendered.f.map((r) => [r, 'f'] as const),
]);

/** A comparison key for a whole name ("The Washington Times" = "Washington Times"). */
export function foldName(s: string): string {
  return words(s)
    .map(foldWord)
    .filter((w, i) => !(i === 0 && w === 'the'))
    .join(' ');
}

/** Well-known people by folded surname: a bare "Trump" is Donald Trump even with no full name in the text. */
export interface KnownPerson {
  name: string;
  surname: string;
  given?: string;
}
export const KNOWN_BY_SURNAME = new Map<string, KnownPerson>();
export const KNOWN_BY_NAME = new Map<string, KnownPerson>();
for (const p of knownPeople.people) {
  const ws = words(p.name);
  const surnameText = 'surname' in p ? (p.surname as string) : ws[ws.length - 1]!;
  const surname = words(surnameText).map(foldWord).join(' ');
  const rest = ws.filter((w) => !words(surnameText).includes(w));
  const k: KnownPerson = { name: p.name, surname, given: rest[0] ? foldWord(rest[0]) : undefined };
  KNOWN_BY_SURNAME.set(surname, k);
  KNOWN_BY_NAME.set(foldName(p.name), k);
}
