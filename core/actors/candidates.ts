// One left-to-right pass over the tokens: lexicon names, institution names and capitalised name runs.
import type { ActorType } from '../types';
import { orgRun, owned } from './institutions';
import {
  ADMINISTRATION,
  AFFILIATIONS,
  DEMONYM_OF,
  GIVEN,
  HONORIFICS,
  NOT_NAME,
  PLACE_NAMES,
  STOP,
} from './lexicon';
import { joined, matchEntry, titleLengths } from './match';
import type { Token } from './tokens';

const AMPERSAND_WORDS = new Set(['Q&A', 'R&D', 'M&A', 'R&B', 'B&B', 'PB&J', 'P&L', 'D&D', 'S&L']);

/** A name the lexicons or an institution pattern identify. */
export interface Fixed {
  first: number;
  last: number;
  key: string;
  name: string;
  type: ActorType;
  /** A demonym adjective ("French"): kept only where it is part of a role. */
  demonym?: boolean;
}

/** Capitalised words that may be a person's name; `hon` is the honorific token before them ("Mr."). */
export interface NameRun {
  first: number;
  last: number;
  hon?: number;
  /** A lone sentence-initial word the text also prints in lower case ("Hope is fading"). */
  ambiguous?: boolean;
}

export interface Scan {
  fixed: Fixed[];
  runs: NameRun[];
}

const PARTICLES = new Set([
  'de',
  'da',
  'di',
  'von',
  'van',
  'der',
  'den',
  'del',
  'la',
  'le',
  'bin',
  'al',
  'ibn',
]);
// "We're not gonna take it": a contraction is never a name ("O'Brien" keeps its capital).
const CONTRACTION = /'(?:re|ve|ll|d|m|t)$/;

const SUFFIXES = new Set(['Jr', 'Sr', 'II', 'III']);
const PLACE_NAMES_FIRST = new Set([...PLACE_NAMES].map((p) => p.split(' ')[0]!));

export function scan(toks: Token[], covered: (t: Token) => boolean): Scan {
  const fixed: Fixed[] = [];
  const runs: NameRun[] = [];
  const lowerWords = new Set(toks.filter((t) => !t.cap).map((t) => t.lower));
  // Title words the text also uses as a surname ("Larry King … Mr. King").
  const surnames = new Set(toks.filter((t, k) => k > 0 && surnameLikeWord(toks, k)).map((t) => t.text));
  let i = 0;
  while (i < toks.length) {
    const t = toks[i]!;
    if (covered(t)) {
      i++;
      continue;
    }
    if (!t.cap) {
      // A name news prose also prints in lower case: 'the "coalition of the willing"' (001).
      const known = matchEntry(toks, i);
      if (known?.entry.anyCase) {
        const { key, name, type } = known.entry;
        fixed.push({ first: i, last: i + known.len - 1, key, name, type });
        i += known.len;
      } else i++;
      continue;
    }
    // "AT&T", "P&G": capitals joined by an ampersand name a company, not the common pairs ("R&D").
    if (t.caps && t.text.includes('&') && !AMPERSAND_WORDS.has(t.text) && !matchEntry(toks, i)) {
      fixed.push({ first: i, last: i, key: `org:${t.lower}`, name: t.text, type: 'organization' });
      i++;
      continue;
    }
    const next = toks[i + 1];
    // "the Trump administration" is the government, not a mention of Trump.
    if (next?.lower === ADMINISTRATION && next.sep === 'space' && !t.poss && !STOP.has(t.text)) {
      fixed.push({
        first: i,
        last: i + 1,
        key: `gov:admin:${t.text.toLowerCase()}`,
        name: `${t.text} ${ADMINISTRATION}`,
        type: 'government',
      });
      i += 2;
      continue;
    }
    const org = orgRun(toks, i);
    const known = matchEntry(toks, i);
    if (org && (!known || org.last - org.first + 1 > known.len)) {
      fixed.push(org);
      i = org.last + 1;
      continue;
    }
    if (known) {
      // "Moscow's Ministry of Defense" (004): a country's institution, named for the country.
      const own =
        known.entry.key.startsWith('gov:') && toks[i + known.len - 1]!.poss
          ? orgRun(toks, i + known.len)
          : undefined;
      if (own && own.type === 'government' && /^ +$/.test(toks[own.first]!.gap)) {
        const dem = DEMONYM_OF.get(known.entry.key) ?? known.entry.name;
        const name = own.name.startsWith(dem) ? own.name : `${dem} ${own.name.replace(/^The /, '')}`;
        fixed.push({ first: i, last: own.last, key: `org:${name.toLowerCase()}`, name, type: own.type });
        i = own.last + 1;
        continue;
      }
      const inst = owned(toks, i, known.entry, known.len);
      if (inst) {
        fixed.push(inst);
        i = inst.last + 1;
        continue;
      }
      const { key, name, type, demonym } = known.entry;
      fixed.push({ first: i, last: i + known.len - 1, key, name, type, demonym });
      i += known.len;
      continue;
    }
    // "Sign up to The Nightly's newsletters" (000): a capitalised "The" inside a sentence opens a title.
    // In a Title Case heading every "The" is capitalised ("Hillary Clinton And The Media").
    if (
      t.text === 'The' &&
      !t.initial &&
      !t.headline &&
      next?.cap &&
      joined(next) &&
      !STOP.has(next.text) &&
      !matchEntry(toks, i + 1)
    ) {
      let j = i + 1;
      while (
        j + 1 < toks.length &&
        j - i < 3 &&
        !toks[j]!.poss &&
        toks[j + 1]!.cap &&
        joined(toks[j + 1]) &&
        !STOP.has(toks[j + 1]!.text)
      )
        j++;
      const name = toks
        .slice(i, j + 1)
        .map((x) => x.text)
        .join(' ');
      fixed.push({
        first: i,
        last: j,
        key: `org:${name.slice(4).toLowerCase()}`,
        name,
        type: 'organization',
      });
      i = j + 1;
      continue;
    }
    // "Miss Universe Alicia Machado": a pageant title, not an honorific and a name.
    const tl = titleLengths(toks, i);
    if (
      tl.length === 0 &&
      HONORIFICS.has(t.text) &&
      next?.cap &&
      // "Mr. President", "Mr. Speaker": a form of address with no name in it.
      (!titleLengths(toks, i + 1).length || surnames.has(next.text)) &&
      /^\.? *$/.test(next.gap) &&
      next.sentence === t.sentence &&
      !matchEntry(toks, i + 1)
    ) {
      const last = extendRun(toks, i + 1);
      runs.push({ first: i + 1, last, hon: i });
      i = last + 1;
      continue;
    }
    if (tl.length) {
      i += Math.max(...tl);
      continue;
    }
    // "Republican Donald Trump": the party label is a role, not part of the name.
    if (
      !t.cap ||
      t.caps ||
      NOT_NAME.has(t.text) ||
      AFFILIATIONS.has(t.text) ||
      CONTRACTION.test(t.text) ||
      t.text.length < 2
    ) {
      i++;
      continue;
    }
    let first = i;
    const last = extendRun(toks, i);
    // "the brothers Charles G. and David H. Koch": a name that ends on an initial before "and" takes
    // its surname from the name after it, so alone it is no one ("Charles G."); left out, as the
    // "Bill" of "Bill and Hillary Clinton" is.
    if (
      last > first &&
      /^\p{Lu}\.$/u.test(toks[last]!.text) &&
      toks[last + 1]?.lower === 'and' &&
      toks[last + 2]?.cap
    ) {
      i = last + 1;
      continue;
    }
    // A sentence's first word is capitalised anyway: it is a name only if the text never prints
    // it in lower case or it is a known given name ("Despite Trump's confidence", 001).
    // "Having said that, Smith…": a sentence-initial -ing form is a verb, whether or not the text
    // prints it in lower case elsewhere.
    const wordLike = (lowerWords.has(t.lower) || /^\p{Lu}\p{Ll}{3,}ing$/u.test(t.text)) && !GIVEN.has(t.text);
    const common = t.initial && wordLike;
    // "…Booed After Telling Jeb Bush To Pipe Down" (a heading run into the text): such a word right
    // before a known given name is no part of the name, wherever it stands.
    const lead = wordLike && GIVEN.has(toks[first + 1]?.text ?? '');
    if ((common || lead) && last > first) first++;
    runs.push({ first, last, ambiguous: common && first === last && first === i });
    i = last + 1;
  }
  return { fixed, runs };
}

/** The last token of a capitalised name run that starts at i ("Daniel P. Driscoll", "Ursula von der Leyen"). */
function extendRun(toks: Token[], i: number): number {
  let j = i;
  while (j + 1 < toks.length && !toks[j]!.poss) {
    const n = toks[j + 1]!;
    if (!joined(n)) break;
    // "Ted Cruz South Carolina" in a heading: a state or city ends the name.
    if (placeAt(toks, j + 1)) break;
    if (
      n.cap &&
      !n.caps &&
      !NOT_NAME.has(n.text) &&
      !AFFILIATIONS.has(n.text) &&
      !CONTRACTION.test(n.text) &&
      !titleLengths(toks, j + 1).length &&
      !matchEntry(toks, j + 1)
    ) {
      j++;
      continue;
    }
    if (surnameLikeWord(toks, j + 1)) {
      j++;
      continue;
    }
    // "Vann R. Newkirk II": a generation's numeral, in capitals, ends a name of two words or more.
    if (j > i && n.caps && n.sep === 'space' && SUFFIXES.has(n.text)) {
      j++;
      break;
    }
    // "Eva Resnick-Day": a capitalised word hyphened to a two-word name is the second half of a
    // double surname, even a word that alone ends a name ("Day", a weekday's word); without it the
    // hyphen made the name a modifier ("U.S.-backed") and its speaker was lost.
    if (j > i && n.sep === 'hyphen' && n.cap && !n.caps && !toks[j]!.poss && !placeAt(toks, j + 1)) {
      j++;
      continue;
    }
    // "Ban Ki-moon", "Kim Jong-un": a short lower-case syllable hyphened to a two-word name.
    if (j > i && n.sep === 'hyphen' && /^\p{Ll}{2,4}$/u.test(n.text) && !toks[j]!.poss) {
      j++;
      break;
    }
    if (PARTICLES.has(n.text)) {
      let k = j + 1;
      while (k < toks.length && PARTICLES.has(toks[k]!.text) && joined(toks[k])) k++;
      if (toks[k]?.cap && joined(toks[k])) {
        j = k;
        continue;
      }
    }
    break;
  }
  return j;
}

/**
 * A given name followed by a one-word title, organisation or country that ends the name ("Pete King
 * said", "Michael Bloomberg, the former mayor", "Martin Luther King Jr."): there the word is a
 * surname.
 */
function surnameLikeWord(toks: Token[], k: number): boolean {
  const g = toks[k - 1]!;
  const n = toks[k]!;
  // "Virginia Senate" is no one: a given name that is also a place does not start this.
  if (
    !GIVEN.has(g.text) ||
    PLACE_NAMES.has(g.text) ||
    !n.cap ||
    n.caps ||
    STOP.has(n.text) ||
    AFFILIATIONS.has(n.text)
  )
    return false;
  const after = toks[k + 1];
  // "Martin Luther King Jr.": a suffix may follow.
  if (after && after.cap && joined(after) && !SUFFIXES.has(after.text)) return false;
  if (titleLengths(toks, k).includes(1)) return true;
  const entry = matchEntry(toks, k);
  // "NASCAR chief Brian France": a country too, but not its adjective.
  return !!entry && entry.len === 1 && !entry.entry.demonym && !entry.entry.needsThe;
}

/** Whether a place of `placeNames` ("South Carolina", "Texas") starts at token k. */
function placeAt(toks: Token[], k: number): boolean {
  const a = toks[k];
  if (!a || !PLACE_NAMES_FIRST.has(a.text)) return false;
  const b = toks[k + 1];
  return PLACE_NAMES.has(a.text) || (!!b && joined(b) && PLACE_NAMES.has(`${a.text} ${b.text}`));
}
