// Whether a capitalised run next to a reporting verb, which the actors stage did not list, can be
// taken as a person. The actors stage's own evidence decides (its stop words, given names, places
// and institution words), so the two stages never disagree about what a name looks like: "Having
// said that", "With Democratic leaders worried" and "Harvard Law School has argued" are no people.
import {
  foldWord,
  GIVEN,
  NOT_NAME,
  NOT_PERSON_LAST,
  ORG_HEADS,
  ORG_KEYWORDS,
  PLACE_NAMES,
  STOP,
  TITLES,
} from '../../actors/lexicon';
import pronouns from '../../../data/lexicons/pronouns.json';

const FEMALE = new Set(pronouns.female);
const MALE = new Set(pronouns.male);

// Role nouns that end a title before a name ("police Chief Kerr Putney", "campaign manager Robby
// Mook"); the last words of the actors stage's titles that are no role are left out.
const ROLE_LAST = new Set(
  TITLES.map((t) => t[t.length - 1]!).filter(
    (w) => !/^(?:america|usa|universe|world|war|state|defense|treasury|staff)$/.test(w),
  ),
);

/**
 * Whether an appositive after a name says it is a person: an age ("Pat Lee, 25, said") or a role
 * noun in its first words ("said Pat Lee, executive vice president for policy at…").
 */
export function roleAfter(norm: string, end: number): boolean {
  const m = /^\s*,\s*(?:(\d{1,3})\s*,|((?:[\w-]+\s+){0,6}[\w-]+)\b)/.exec(norm.slice(end, end + 60));
  if (!m) return false;
  if (m[1]) return true;
  return (m[2] ?? '').split(/\s+/).some((w) => /^[a-z]/.test(w) && ROLE_LAST.has(w));
}

/** Whether a role noun stands right before `start` ("Police Chief | Kerr Putney said"). */
export function roleBefore(norm: string, start: number): boolean {
  const w = /([A-Za-z-]+)\s+$/.exec(norm.slice(Math.max(0, start - 30), start))?.[1];
  return !!w && ROLE_LAST.has(w.toLowerCase());
}

const INITIAL = /^(?:\p{Lu}\.)+$/u;

/**
 * `words` is the name as printed; `titled` says a form of address or title came with it ("Sen.
 * Smith"). Without a title the run needs a known given name first and a surname after it ("Melanie
 * said" alone is too weak: a one-word run is as often a place, a team or a nickname).
 */
export function plausibleName(words: string[], titled: boolean): boolean {
  if (!words.length) return false;
  // Stop words anywhere; a word that only looks like a name ("New", "War") only first, since it
  // is a surname often enough ("Kristen Day").
  if (NOT_NAME.has(words[0]!)) return false;
  for (const w of words) {
    if (STOP.has(w) || ORG_HEADS.has(w.toLowerCase()) || w in ORG_KEYWORDS) return false;
    // "Harvard Law School", "Grand Central Station".
    if (/^(?:School|College|Academy|Law|Court|Church|Museum|Hospital|Club)$/.test(w)) return false;
  }
  if (PLACE_NAMES.has(words.join(' ')) || NOT_PERSON_LAST.has(words[words.length - 1]!)) return false;
  if (titled) return true;
  if (words.length < 2) return false;
  // A surname must follow the initials or given name ("G.K." alone is a name cut short).
  if (INITIAL.test(words[words.length - 1]!)) return false;
  const first = words[0]!;
  return (
    GIVEN.has(first) ||
    GIVEN.has(foldWord(first)) ||
    FEMALE.has(first) ||
    MALE.has(first) ||
    INITIAL.test(first)
  );
}

// A text names at most this many surnames alone that the actors stage missed; past it they are
// dropped, so the look-ups below stay a few passes over the text at most.
const MAX_SURNAMES = 32;

/**
 * Whether a surname printed alone ("…,” said Bolton") is named in full somewhere in the text with a
 * known given name ("John Bolton"): then the lone surname is that person. Each surname is looked
 * up once per text, and the scan stops at the second given name.
 */
export function namedInFull(norm: string, cache: Map<string, boolean>, surname: string): boolean {
  const seen = cache.get(surname);
  if (seen !== undefined) return seen;
  if (cache.size >= MAX_SURNAMES) return false;
  // Two given names with the surname ("Hillary Clinton", "Bill Clinton") leave it unclear.
  const given = new Set<string>();
  for (let i = norm.indexOf(surname); i >= 0 && given.size < 2; i = norm.indexOf(surname, i + 1)) {
    if (/\p{L}/u.test(norm[i + surname.length] ?? '')) continue;
    const m = /(\p{Lu}[\p{L}'-]*)\s+(?:\p{Lu}\.\s+)?$/u.exec(norm.slice(Math.max(0, i - 30), i));
    if (m && plausibleName([m[1]!, surname], false)) given.add(m[1]!);
  }
  const found = given.size === 1;
  cache.set(surname, found);
  return found;
}
