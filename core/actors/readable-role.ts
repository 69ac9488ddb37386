// A role as a card header can show it: what the text states the actor is, readable without the
// sentence around it. The engine reads roles generously (a title before the name, an appositive after
// it), which is right for finding people but leaves, across a corpus, headline fragments, relations to
// someone else and run-on clauses. This keeps a readable form of each role, or none.
import {
  AFFILIATIONS,
  DEMONYMS,
  DETERMINERS,
  ENTRY_INDEX,
  MODIFIERS,
  PLACE_NAMES,
  TITLES,
  foldWord,
} from './lexicon';

/** A header has room for about this much; a longer role is a clause, not a role. */
export const MAX_ROLE = 60;

// Words of titles, without the small words inside some ('secretary of the treasury').
const TITLE_WORDS = new Set(TITLES.flat().filter((w) => !['of', 'the', 'and', 'in'].includes(w)));
const DEMONYM_SET = new Set(DEMONYMS.map((d) => d.toLowerCase()));
const PRONOUN_OWNERS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your', 'whose']);
// "her opponent", "Republican opponent", "his Democratic presidential challenger": who the person is
// to someone else, not what they are.
const RELATIONS = new Set([
  'opponent',
  'opponents',
  'rival',
  'challenger',
  'counterpart',
  'foe',
  'nemesis',
  'successor',
  'predecessor',
]);
// "husband", "Wife", "sister": family words say what someone is only with whose ("Trump's daughter").
const FAMILY = new Set([
  'husband',
  'wife',
  'son',
  'daughter',
  'father',
  'mother',
  'brother',
  'sister',
  'son-in-law',
  'daughter-in-law',
  'nephew',
  'niece',
  'widow',
  'widower',
]);
// "analysts said", "the GOP nominee had some explaining to do", "Republican candidates aren't that
// far apart": an appositive that runs into the sentence's own verb.
const FINITE = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'has',
  'have',
  'had',
  'do',
  'does',
  'did',
  'will',
  'would',
  'can',
  'could',
  'should',
  'must',
  'may',
  'might',
  'said',
  'says',
  'say',
  'told',
  'tells',
  'needs',
  'wants',
]);
const CONNECTOR = /^(?:of|for|from|to|at|in|on|with|and|who|since)$/i;
// Words ending in -s that are singular ("boss", "press" end in -ss and pass anyway).
const SINGULAR_S = new Set(['news', 'chorus', 'alias', 'campus', 'series', 'status', 'bus', 'gas', 'atlas']);

const WORDS = /[^\s]+/g;
const bare = (w: string) => w.replace(/^[“"'‘(]+|[”"'’),.;:!?]+$/g, '');

/** A word left of a role's title that only a heading or a sentence start capitalises ("Enter President"). */
function strayCapital(w: string, known: (folded: string) => boolean): boolean {
  const b = bare(w);
  if (!/^\p{Lu}/u.test(b)) return false;
  const lower = b.toLowerCase();
  if (MODIFIERS.has(lower) || TITLE_WORDS.has(lower) || DETERMINERS.has(lower)) return false;
  if (AFFILIATIONS.has(b) || DEMONYM_SET.has(lower) || PLACE_NAMES.has(b) || ENTRY_INDEX.has(lower))
    return false;
  // Acronyms and initialisms ("GOP", "U.S.", "DNC"), possessive owners ("Trump's", "Canada's").
  if (/^(?:\p{Lu}\.?){2,}$/u.test(b) || /['’]s$/.test(b)) return false;
  return !b.split('-').every((part) => known(foldWord(part)));
}

const isTitle = (w: string) => TITLE_WORDS.has(bare(w).toLowerCase());

/** The word a role is about: its last title word ("Texas Senator"), else the word before "of", "from"… */
function head(ws: string[]): string {
  const last = bare(ws[ws.length - 1]!);
  if (isTitle(last)) return last;
  const cut = ws.findIndex((w, i) => i > 0 && CONNECTOR.test(bare(w)));
  return bare(ws[(cut > 0 ? cut : ws.length) - 1]!);
}

const plural = (w: string) =>
  /^\p{L}{3,}s$/u.test(w) && !/(?:ss|us|is)$/i.test(w) && !SINGULAR_S.has(w.toLowerCase());

/**
 * The readable form of a role, or undefined when it is not one. `known` tells whether a folded word
 * is a name the corpus knows (an actor's name), which a capitalised word before a title may be
 * ("Trump campaign manager") where a heading's word may not ("Enter President").
 */
export function readableRole(
  role: string,
  known: (folded: string) => boolean = () => false,
): string | undefined {
  let r = role.replace(/\s+/g, ' ').trim();
  // "the Republican frontrunner who has inflamed America…": the role ends where a clause starts.
  // ("that" is left alone: "the Democratic nominee that year" is no clause, and is refused below.)
  r = r.replace(/\s*(?:,|\s--?\s|\s[–—]\s|\b(?:who|which|whose|whom)\b).*$/u, '');
  r = r.replace(/(?:[\s,;:]|(?<!\b\p{Lu})\.)+$/u, '').replace(/^(?:a|an|the)\s+/i, '');
  if (!r || r.length > MAX_ROLE) return undefined;
  const ws = r.match(WORDS)!;
  const lower = ws.map((w) => bare(w).toLowerCase());
  // "his running mate", "our next president": a relation to someone the sentence names.
  if (PRONOUN_OWNERS.has(lower[0]!) || lower[0] === 'fellow') return undefined;
  // "the state's current governor", "the party's nominee": whose is left in the sentence.
  if (/^\p{Ll}[\p{L}-]*['’]s$/u.test(bare(ws[0]!))) return undefined;
  if (lower.some((w) => FINITE.has(w) || w === 'that' || w.endsWith("n't") || w.endsWith('n’t')))
    return undefined;
  const h = head(ws);
  const hl = h.toLowerCase();
  if (RELATIONS.has(hl)) return undefined;
  // "running mate", "wife": whose, or nothing ("Clinton's running mate", "Trump's daughter" stay).
  if ((FAMILY.has(hl) || hl === 'mate') && !ws.slice(0, -1).some((w) => /^\p{Lu}/u.test(bare(w))))
    return undefined;
  // "his supporters", "PBS Moderators", "House candidates": a role of one person names one person.
  if (plural(h)) return undefined;
  // A heading or a sentence start ran into the title: "Enter President Trump", "Donald Trump Finally
  // Endorses House Speaker Paul Ryan", "Canada's Cape Breton Will Welcome American Refugees Fleeing
  // President Trump".
  const title = ws.findIndex(isTitle);
  if (ws.slice(0, title < 0 ? ws.length : title).some((w) => strayCapital(w, known))) return undefined;
  return r;
}
