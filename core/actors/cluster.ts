// People: one cluster per person, keyed by the folded surname and, when known, the folded given
// name, so "Daniel P. Driscoll", "Dan Driscoll", "Mr. Driscoll" and "Driscoll" are one actor while
// two people who share a surname stay apart.
import type { NameCand } from './classify';
import { genderOfRole } from './gender';
import {
  GENDER_OF_GIVEN,
  GIVEN,
  HONORIFIC_GENDER,
  KNOWN_BY_NAME,
  KNOWN_BY_SURNAME,
  foldName,
  foldWord,
  type Gender,
} from './lexicon';
import type { Token } from './tokens';

export interface Person {
  surname: string;
  given?: string;
  /** Full-name forms seen ("Sergei Lavrov"), for the canonical name. */
  full: string[];
  roles: string[];
  /** Token ranges of its mentions (honorific included). */
  spans: { first: number; last: number; address?: { first: number; last: number } }[];
}

const isInitial = (t: Token) => /^\p{Lu}\.$/u.test(t.text);
const SUFFIX = new Set(['Jr', 'Sr', 'II', 'III']);

function parts(toks: Token[], c: NameCand): { surname: string; given?: string } {
  // A known name in family-name-first order ("Xi Jinping") keeps its lexicon surname.
  const known = KNOWN_BY_NAME.get(
    foldName(
      toks
        .slice(c.first, c.last + 1)
        .map((t) => t.text)
        .join(' '),
    ),
  );
  if (known) return { surname: known.surname, given: known.given };
  // A Korean name keeps its family name first and hyphenates the given name, whose second part
  // stays lower case ("Ban Ki-moon", "Park Geun-hye"): "Mr. Ban" is the person, "Ki-moon" no
  // surname. Western double names capitalise both parts ("Holtz-Eakin").
  // (The tokens leave the hyphen out: "Ban" "Ki" "moon", the last two one character apart.)
  if (c.last === c.first + 2) {
    const [family, given1, given2] = [toks[c.first]!, toks[c.first + 1]!, toks[c.last]!];
    if (
      /^\p{Lu}\p{Ll}{1,4}$/u.test(family.text) &&
      /^\p{Lu}\p{Ll}+$/u.test(given1.text) &&
      /^\p{Ll}+$/u.test(given2.text) &&
      given2.start === given1.end + 1
    )
      return { surname: foldWord(family.text), given: foldWord(`${given1.text}-${given2.text}`) };
  }
  let last = c.last;
  while (last > c.first && (SUFFIX.has(toks[last]!.text) || isInitial(toks[last]!))) last--;
  const given = last > c.first && !isInitial(toks[c.first]!) ? foldWord(toks[c.first]!.text) : undefined;
  // "Donald Trump Jr." is not "Donald Trump".
  const suffix = c.last > last && SUFFIX.has(toks[c.last]!.text) ? ` ${toks[c.last]!.lower}` : '';
  return { surname: foldWord(toks[last]!.text) + suffix, given };
}

/** Same person: same surname and given names that agree ("Sergei"/"Sergey"), or one is unknown. */
function compatible(p: Person, surname: string, given?: string): boolean {
  return p.surname === surname && (!given || !p.given || p.given === given);
}

/** A person's gender from the given name ("Hillary") or a gendered role ("his wife"). */
function genderOfPerson(p: Person): Gender | undefined {
  const g = p.given ? GENDER_OF_GIVEN.get(p.given) : undefined;
  if (g) return g;
  const byRole = new Set(p.roles.map(genderOfRole).filter((x) => x !== undefined));
  return byRole.size === 1 ? [...byRole][0] : undefined;
}

/**
 * `paragraphOf` maps a sentence index to its paragraph, so that a bare surname can go to the one
 * namesake its paragraph names in full.
 */
export function clusterPeople(
  toks: Token[],
  text: string,
  runs: NameCand[],
  paragraphOf: (sentence: number) => number = () => -1,
): Person[] {
  // A Title Case heading runs names and words together ("Kushner Meet Putin In Moscow"): there
  // each word stands alone, but for a given name and the word after it when that word alone is
  // the subject of a speech verb in the text ("Hillary Clinton Goes After…" over "…, Clinton
  // said"): a full name the story then goes on to call by its surname.
  const spokeAlone = new Set(
    runs.filter((c) => c.cue && c.first === c.last && !c.ambiguous).map((c) => toks[c.first]!.text),
  );
  const cands = runs.flatMap((c) => {
    if (!(c.last > c.first && !c.evidence && toks[c.first]!.headline)) return [c];
    const named = GIVEN.has(toks[c.first]!.text) && spokeAlone.has(toks[c.first + 1]!.text);
    const out: NameCand[] = [];
    for (let k = c.first; k <= c.last; k++) {
      if (named && k === c.first) out.push({ ...c, last: k + 1, hon: undefined, evidence: true });
      else if (!(named && k === c.first + 1)) out.push({ ...c, first: k, last: k, hon: undefined });
    }
    return out;
  });
  const people: Person[] = [];
  // "Harry Hurt III … Hurt said": a bare surname is the one person the text names with it and a
  // generation's suffix, when no one is named with it bare and it is no well-known figure's
  // ("Donald Trump Jr." leaves "Trump" to his father); two such ("Charles Elliott Jr." and "III")
  // leave it no one's.
  const suffixedOnly = (surname: string): Person | undefined => {
    if (KNOWN_BY_SURNAME.has(surname)) return undefined;
    const fits = people.filter((p) => p.surname.startsWith(`${surname} `));
    return fits.length === 1 ? fits[0] : undefined;
  };
  const lastSeen = new Map<Person, number>();
  const roleText = (r: { first: number; last: number }) =>
    text.slice(toks[r.first]!.start, toks[r.last]!.end);
  const attach = (p: Person, c: NameCand, first = c.first) => {
    const address = first === c.first ? c.address : undefined;
    p.spans.push({ first: c.hon !== undefined && first === c.first ? c.hon : first, last: c.last, address });
    for (const r of c.roles) {
      const t = roleText(r);
      if (!p.roles.includes(t)) p.roles.push(t);
    }
  };
  // Paragraphs where each person was named in full, and where mentioned at all.
  const namedIn = new Map<Person, Set<number>>();
  const seenIn = new Map<Person, Set<number>>();
  // Who has been mentioned so far, and whom a bare surname was first given to while no namesake
  // had been mentioned yet.
  const introduced = new Set<Person>();
  const established = new Map<string, Person>();
  const find = (surname: string, given: string | undefined, gender?: Gender, at = -1): Person | undefined => {
    // "Mrs. Clinton" is not Bill Clinton.
    const fits = people.filter(
      (p) => compatible(p, surname, given) && !(gender && genderOfPerson(p) && genderOfPerson(p) !== gender),
    );
    if (!fits.length && !given) return suffixedOnly(surname);
    if (fits.length <= 1) return fits[0];
    const exact = fits.filter((p) => given && p.given === given);
    if (exact.length === 1) return exact[0];
    const shown = fits.filter((p) => introduced.has(p));
    if (!given && shown.length === 1 && !established.has(surname)) established.set(surname, shown[0]!);
    // Two people share the surname and nothing tells them apart: a bare "Clinton" beside Hillary and
    // Bill Clinton stays unresolved rather than guessed. One exception: a public figure named
    // beside relatives of the other gender ("Donald Trump" and "Melania Trump") keeps the bare
    // surname, as news prose names the relatives in full.
    const known = KNOWN_BY_SURNAME.get(surname);
    const figure = known && fits.find((p) => p.given === known.given);
    const g = figure && genderOfPerson(figure);
    if (figure && g && fits.every((p) => p === figure || (genderOfPerson(p) && genderOfPerson(p) !== g)))
      return figure;
    // "Bill Clinton called the law crazy. … Clinton said": when this paragraph or the one before
    // names exactly one of them in full, and the others are not mentioned there, that one is meant
    // (news wires set each sentence as a paragraph: "Jeb Bush says…\n\nBush says…").
    const here = paragraphOf(at);
    if (here < 0) return undefined;
    const near = (m: Map<Person, Set<number>>, p: Person) =>
      !!m.get(p)?.has(here) || !!m.get(p)?.has(here - 1);
    const local = fits.filter((p) => near(namedIn, p));
    if (local.length === 1 && fits.every((p) => p === local[0] || !near(seenIn, p))) return local[0];
    if (given) return undefined;
    // "Sen. Ted Cruz … Cruz said … his father, Rafael Cruz, … Cruz said": a bare surname the text
    // gave one person before it named any namesake stays theirs, as news names the namesakes in
    // full from then on; not where a namesake is mentioned in this paragraph or the one before.
    const first = established.get(surname);
    return first && fits.includes(first) && fits.every((p) => p === first || !near(seenIn, p))
      ? first
      : undefined;
  };
  // A compound surname printed alone ("Mr. Peña Nieto", "Mr. Holtz-Eakin", "Mr. Van Voorhis") is
  // the person whose full name ends with it ("Enrique Peña Nieto"), not a namesake with another
  // given name.
  const byLastWord = new Map<string, Set<Person>>();
  const lastWord = (s: string) => s.slice(s.lastIndexOf(' ') + 1);
  // `full` gets every printing of a full name (canonical() counts them); the checks below need only
  // the distinct forms, or 1 MB of one repeated "Sergei Lavrov said" is quadratic.
  const forms = new Map<Person, Set<string>>();
  const endsAForm = (p: Person, printed: string) =>
    [...(forms.get(p) ?? [])].some((f) => f.endsWith(` ${printed}`));
  const addFull = (p: Person, printed: string) => {
    p.full.push(printed);
    forms.set(p, (forms.get(p) ?? new Set()).add(printed));
    const k = lastWord(printed);
    byLastWord.set(k, (byLastWord.get(k) ?? new Set()).add(p));
  };
  const tailOf = (printed: string): Person | undefined => {
    const near = [...(byLastWord.get(lastWord(printed)) ?? [])];
    const fits = near.filter((q) => endsAForm(q, printed));
    return fits.length === 1 ? fits[0] : undefined;
  };
  const create = (surname: string, given: string | undefined): Person => {
    const p: Person = { surname, given, full: [], roles: [], spans: [] };
    people.push(p);
    return p;
  };

  // Full names with evidence found the clusters, then titled surnames ("Chancellor Merz" with no
  // full name); every run is then assigned in text order, so a bare surname goes to the person of
  // that surname named most recently. Runs without evidence may only repeat someone known
  // ("Trump pushes Zelensky and Putin" in a headline).
  // A full name whose surname alone is the subject of a speech verb elsewhere is a person too
  // ("Kirill Dmitriev … Dmitriev told Axios").
  const spoke = new Set(
    cands.filter((c) => c.cue && c.first === c.last && !c.ambiguous).map((c) => parts(toks, c).surname),
  );
  for (const c of cands) {
    if (c.last > c.first && !c.evidence && !toks[c.first]!.headline && spoke.has(parts(toks, c).surname))
      c.evidence = true;
  }
  for (const c of cands) {
    if (!c.evidence || c.last === c.first) continue;
    const { surname, given } = parts(toks, c);
    const printed = text.slice(toks[c.first]!.start, toks[c.last]!.end);
    const p =
      tailOf(printed) ??
      people.find((q) => q.surname === surname && (q.given === given || !q.given || !given)) ??
      create(surname, given);
    p.given ??= given;
    // "Mr. Peña Nieto" after "Enrique Peña Nieto" is no fuller form.
    if (!endsAForm(p, printed)) addFull(p, printed);
  }
  // Per surname: the genders its forms of address give ("Mr. Obama") and where a full name first
  // appears.
  const addressedAs = new Map<string, Set<Gender>>();
  const firstFull = new Map<string, number>();
  for (const c of cands) {
    const { surname } = parts(toks, c);
    const hon = c.hon !== undefined ? HONORIFIC_GENDER.get(toks[c.hon]!.text) : undefined;
    if (hon) addressedAs.set(surname, (addressedAs.get(surname) ?? new Set()).add(hon));
    if (c.last > c.first && c.evidence && !firstFull.has(surname)) firstFull.set(surname, c.first);
  }
  for (const c of cands) {
    if (c.last !== c.first || (c.ambiguous && !c.evidence)) continue;
    const { surname } = parts(toks, c);
    const known = KNOWN_BY_SURNAME.get(surname);
    const same = people.filter((q) => q.surname === surname);
    // With no one of that surname named in full, a bare "Trump" is the well-known figure. Beside
    // named people of the other gender only, it is the figure when a form of address says so
    // ("Michelle Obama … Mr. Obama") or it comes first, while "Amy Schumer … Schumer tweeted" stays
    // Amy's.
    const g = known?.given ? GENDER_OF_GIVEN.get(known.given) : undefined;
    const addressed = !!g && !!addressedAs.get(surname)?.has(g);
    const others = same.every((q) => genderOfPerson(q) && genderOfPerson(q) !== g);
    // "Trump said so. Melania Trump said nothing.": a bare surname before the namesake is named
    // cannot be her.
    const cataphoric = c.first < (firstFull.get(surname) ?? Infinity);
    if (
      known &&
      !same.some((q) => q.given === known.given) &&
      (!same.length || (g && (addressed || cataphoric) && others))
    )
      addFull(create(surname, known.given), known.name);
    else if (!same.length && c.evidence && !suffixedOnly(surname)) create(surname, undefined);
  }
  for (const c of [...cands].sort((a, b) => a.first - b.first)) {
    if (c.ambiguous && !c.evidence) continue;
    const { surname, given } = parts(toks, c);
    const at = toks[c.first]!.start;
    const gender = c.hon !== undefined ? HONORIFIC_GENDER.get(toks[c.hon]!.text) : undefined;
    let p =
      (c.last > c.first ? tailOf(text.slice(toks[c.first]!.start, toks[c.last]!.end)) : undefined) ??
      find(surname, given, gender, toks[c.first]!.sentence);
    let used = c;
    if (!p && c.last > c.first && !c.evidence) {
      // "Despite Trump" kept its first word: only the known surname is the mention.
      p = find(surname, undefined);
      used = { ...c, first: c.last, hon: undefined };
    }
    if (!p) continue;
    attach(p, used);
    introduced.add(p);
    lastSeen.set(p, at);
    const para = paragraphOf(toks[used.first]!.sentence);
    seenIn.set(p, (seenIn.get(p) ?? new Set()).add(para));
    if (used.last > used.first) namedIn.set(p, (namedIn.get(p) ?? new Set()).add(para));
  }
  return people.filter((p) => p.spans.length > 0);
}
