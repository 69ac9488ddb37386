// Which capitalised runs are people: a run needs evidence beyond its capitals, so "Air Force One",
// "Supreme Allied" or a headline's "Renewed Attacks" never become a person.
import type { NameRun } from './candidates';
import {
  ADJECTIVAL,
  AFFILIATIONS,
  GIVEN,
  KNOWN_BY_NAME,
  MODIFIERS,
  NOT_NAME,
  NOT_PERSON_LAST,
  ORG_KEYWORDS,
  PERSON_CUES,
  PLACE_NAMES,
  STATE_ABBREVIATIONS,
  foldName,
} from './lexicon';
import { joined, titleLengths } from './match';
import { ownedTitleAfter, roleAfter, roleAhead, roleBefore, type RoleSpan } from './roles';
import type { Token } from './tokens';

const NUMBER_WORD =
  /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands)$/;
// Endings of English adjectives and participles ("Understated", "Defiant", "Furious").
const ADJECTIVE_ENDING = /[a-z](?:ed|ing|ful|ous|ive|less|ant|ent|ic|al)$/;

export interface NameCand extends NameRun {
  roles: RoleSpan[];
  /** Enough evidence to start a new person; without it the run can only repeat a known one. */
  evidence: boolean;
  /** Followed by a verb only people take ("Dmitriev told Axios"). */
  cue: boolean;
  /** A bare capitalised title right before the name, a form of address ("President Trump"). */
  address?: RoleSpan;
}

// Words right before a full name that only a person follows ("said Oleksandr Bevz", "Editing by
// Mark Trevelyan").
const PERSON_BEFORE = new Set(['said', 'says', 'told', 'added', 'wrote', 'asked', 'by']);

/** "Vaughn Cockayne can be reached at…" (002): words only a person is the subject of. */
function cueAfter(toks: Token[], last: number): boolean {
  return PERSON_CUES.some((cue) =>
    cue.every((w, k) => {
      const t = toks[last + 1 + k];
      return t?.lower === w && t.sentence === toks[last]!.sentence && (k > 0 || /^,? *$/.test(t.gap));
    }),
  );
}

/**
 * "Johnnie Wilson, of Springfield, Va., said…", "Cory James, 22, of Flint, Mich., said…": where a
 * person lives (and their age) set off by commas, then a verb only people take.
 */
function residentAfter(toks: Token[], last: number): boolean {
  const sent = toks[last]!.sentence;
  let k = last + 1;
  const at = (i: number) => (toks[i]?.sentence === sent ? toks[i] : undefined);
  if (/^\d{1,3}$/.test(at(k)?.text ?? '') && /^, *$/.test(toks[k]!.gap)) k++;
  const prep = at(k);
  if (!prep || !/^, *$/.test(prep.gap) || !/^(?:of|from)$/.test(prep.lower)) return false;
  k++;
  let places = 0;
  while (
    at(k)?.cap &&
    (places === 0 ? / $/.test(toks[k]!.gap) : /^\.?,? *$/.test(toks[k]!.gap)) &&
    places < 4
  ) {
    k++;
    places++;
  }
  const verb = at(k);
  return (
    places > 0 &&
    !!verb &&
    /^\.?, *$/.test(verb.gap) &&
    PERSON_CUES.some((cue) => cue.every((w, j) => at(k + j)?.lower === w))
  );
}

/** "Franson Reneus, 18, said…": an age set off by commas right after a name is a person's. */
function ageAfter(toks: Token[], last: number): boolean {
  const age = toks[last + 1];
  const next = toks[last + 2];
  return (
    !!age &&
    !!next &&
    age.sentence === toks[last]!.sentence &&
    next.sentence === age.sentence &&
    /^, *$/.test(age.gap) &&
    /^\d{1,3}$/.test(age.text) &&
    Number(age.text) <= 110 &&
    /^, *$/.test(next.gap) &&
    // "Gates 12, 14 and 16": a list of numbers is no age.
    !/^\d/.test(next.text)
  );
}

export function classify(toks: Token[], runs: NameRun[]): NameCand[] {
  const names = new Set<number>();
  for (const r of runs) for (let k = r.first; k <= r.last; k++) names.add(k);
  // "Victoria Station", "Minsk Agreement": a place, building or law, whatever its first word.
  // "in Boulder, Colorado, the…": a run that is exactly a place's name is no person.
  const text = (r: NameRun) =>
    toks
      .slice(r.first, r.last + 1)
      .map((t) => t.text)
      .join(' ');
  // "Justice Department" after the title "Justice": a lone institution or place word is no surname.
  const lone = (r: NameRun) =>
    r.first === r.last && (!!ORG_KEYWORDS[toks[r.first]!.text] || NOT_PERSON_LAST.has(toks[r.first]!.text));
  const people = runs.filter(
    (r) =>
      (r.last === r.first || !NOT_PERSON_LAST.has(toks[r.last]!.text)) &&
      (r.hon !== undefined || (!PLACE_NAMES.has(text(r)) && !lone(r) && !townOfState(toks, r.last))),
  );
  // "Lawmakers Rip Donald Trump": in a heading a verb may run into the name; the name starts at
  // its given name.
  // "Marco Rubio Responds To Question About Wage": a long heading run that opens with a given name
  // ends after the surname.
  const pairs = new Set(
    people.filter((r) => r.last === r.first + 1 && !toks[r.first]!.headline).map((r) => text(r)),
  );
  // Surnames the text gives a person in full, opening on a given name ("Thomas Perez").
  const fullSurnames = new Set(
    people.filter((r) => r.last > r.first && GIVEN.has(toks[r.first]!.text)).map((r) => toks[r.last]!.text),
  );
  const cut = people.map((r) => {
    // Before the surname of someone the text names in full, these are no given name of a second
    // person (who would leave the bare surname no one's): an adjective that opens the sentence,
    // capitalised as every first word is ("Understated Perez raises political profile"); a role's
    // modifier, a number or a word never part of a name, wherever it stands ("Top Sanders
    // strategists acknowledged…", "Six Trump supporters ran…", "secretary of State Clinton"); a
    // place, or the end of one the run was cut from ("the Wisconsin Trump campaign", "a fellow New
    // Hampshire Sanders veteran").
    const w = toks[r.first]!;
    const opener = toks[r.first - 1]?.sentence !== w.sentence;
    const before = toks[r.first - 1];
    const cutFrom = !opener && !!before && PLACE_NAMES.has(`${before.text} ${w.text}`);
    const noName =
      cutFrom ||
      PLACE_NAMES.has(w.text) ||
      (opener && ADJECTIVE_ENDING.test(w.text)) ||
      MODIFIERS.has(w.lower) ||
      NOT_NAME.has(w.text) ||
      NUMBER_WORD.test(w.lower);
    if (
      r.hon === undefined &&
      r.last === r.first + 1 &&
      !GIVEN.has(w.text) &&
      noName &&
      fullSurnames.has(toks[r.last]!.text)
    )
      return { ...r, first: r.last };
    // "Maricopa County Recorder Helen Purcell", "New York City Public Advocate Trish James": a
    // given name after two or more capitalised words that are none opens the name, and the words
    // before are a title no list knows ("Norbert Leo Butz", one word before, stays whole).
    if (r.hon === undefined && !GIVEN.has(toks[r.first]!.text)) {
      for (let k = r.first + 2; k < r.last; k++)
        if (GIVEN.has(toks[k]!.text) && !GIVEN.has(toks[k - 1]!.text)) return { ...r, first: k };
    }
    if (!toks[r.first]!.headline || r.hon !== undefined) return r;
    // "Marco Rubio Responds" when the text names "Marco Rubio" elsewhere.
    const two = { ...r, last: r.first + 1 };
    if (GIVEN.has(toks[r.first]!.text))
      return r.last - r.first > 2 || (r.last > two.last && pairs.has(text(two))) ? two : r;
    for (let k = r.first + 1; k < r.last; k++) if (GIVEN.has(toks[k]!.text)) return { ...r, first: k };
    return r;
  });
  const out = cut.map((r): NameCand => {
    const roles: RoleSpan[] = [];
    const first = r.hon ?? r.first;
    // "fellow candidate Texas Senator Ted Cruz": a run right before a title qualifies that title;
    // the role before it belongs to the name after.
    const qualifier =
      !!toks[r.last + 1] && joined(toks[r.last + 1]) && titleLengths(toks, r.last + 1).length > 0;
    let before = r.hon === undefined && !qualifier ? roleBefore(toks, r.first) : undefined;
    // "an official Node.js release": a lone lower-case title that is also an adjective is no title.
    if (
      before &&
      before.first === before.last &&
      !toks[before.first]!.cap &&
      ADJECTIVAL.has(toks[before.first]!.lower)
    )
      before = undefined;
    if (before) roles.push(before);
    // "Republican Nomination", "Democrats Abroad": a party label gives a role but is no evidence
    // that the words after it name a person.
    const partyOnly = !!before && before.last === before.first && AFFILIATIONS.has(toks[before.first]!.text);
    const after = roleAfter(toks, r.last, names);
    if (after) roles.push(after);
    const ahead = before ? undefined : roleAhead(toks, first, r.last, names);
    if (ahead) roles.push(ahead);
    const multi = r.last > r.first;
    const cue = cueAfter(toks, r.last) || residentAfter(toks, r.last) || ageAfter(toks, r.last);
    const t = toks[r.first]!;
    const prev = toks[first - 1];
    // A heading's capitalised words run on after a title ("GOP Candidates To Address Clean
    // Energy"): there a title is evidence only before a given name.
    const titled = !!before && !partyOnly && (!t.headline || GIVEN.has(t.text));
    let evidence = r.hon !== undefined || titled || (roles.length > (partyOnly ? 1 : 0) && !t.headline);
    // "“What happened?” Carroll said.": a given name alone, followed by a verb only people take, in
    // fiction, conversation and human-interest news where people go by their first names.
    if (!multi && !t.headline && r.hon === undefined && GIVEN.has(t.text)) evidence ||= cue;
    // "The United Nations High Commissioner for Human Rights said": a run that a capitalised name
    // carries on with "for" or "of" is the end of that name, whatever verb follows the whole.
    const nameGoesOn =
      (prev?.lower === 'for' || prev?.lower === 'of') &&
      !!toks[first - 2]?.cap &&
      toks[first - 2]!.sentence === t.sentence;
    if (multi && !t.headline) {
      evidence ||=
        GIVEN.has(t.text) ||
        (cue && !nameGoesOn) ||
        KNOWN_BY_NAME.has(
          foldName(
            toks
              .slice(r.first, r.last + 1)
              .map((x) => x.text)
              .join(' '),
          ),
        );
      evidence ||= !!prev && prev.sentence === t.sentence && PERSON_BEFORE.has(prev.lower);
      evidence ||= ownedTitleAfter(toks, r.last, names);
      // "…, according to Mykhailo Podolyak."
      evidence ||= prev?.lower === 'to' && toks[first - 2]?.lower === 'according';
    }
    // A signature under a quotation: "“I'm so ashamed…” ― Jacklyn Ashley", ending its line (which
    // reads as a heading, being a short capitalised line of its own).
    const next = toks[r.last + 1];
    evidence ||=
      multi &&
      r.hon === undefined &&
      /["”]\s*[-―—–]+\s*$/.test(t.gap) &&
      (!next || /\n/.test(next.gap) || /^,/.test(next.gap));
    const address =
      before &&
      toks[before.first]!.cap &&
      titleLengths(toks, before.first).includes(before.last - before.first + 1)
        ? before
        : undefined;
    // Written out rather than spread: runs come in two shapes (with `hon`, with `ambiguous`), whose
    // spread took the engine's slow generic copy, and one shape for every candidate keeps the
    // passes after this on fast paths (the actor stage is a sixth faster).
    return {
      first: r.first,
      last: r.last,
      hon: r.hon,
      ambiguous: r.ambiguous,
      roles,
      evidence,
      cue,
      address,
    };
  });
  // "envoys Steve Witkoff and Jared Kushner": a name joined by "and" to a titled name is a person too.
  const endsAt = new Map(out.map((c) => [c.last, c]));
  for (const c of out) {
    const before = endsAt.get(c.first - 2);
    if (
      !c.evidence &&
      c.last > c.first &&
      toks[c.first - 1]?.lower === 'and' &&
      before?.evidence &&
      before.roles.length
    )
      c.evidence = true;
  }
  return out;
}

/**
 * "Sumter, South Carolina", "Nashua, N.H.": a name followed by a comma and a state, and nothing
 * joined after the state, is a town ("Smith, Iowa's secretary of state" is not).
 */
function townOfState(toks: Token[], last: number): boolean {
  const c = toks[last + 1];
  if (!c || c.sentence !== toks[last]!.sentence || !/^, *$/.test(c.gap)) return false;
  for (const len of [1, 2]) {
    const state = toks.slice(last + 1, last + 1 + len);
    if (state.length < len || state.some((t, k) => k > 0 && !joined(t))) continue;
    const name = state.map((t) => t.text).join(' ');
    const after = toks[last + 1 + len];
    const ends = !after || after.sentence !== c.sentence || !joined(after);
    const abbr = len === 1 && STATE_ABBREVIATIONS.has(name);
    if (ends && !state[len - 1]!.poss && (PLACE_NAMES.has(name) || abbr)) return true;
  }
  return false;
}
