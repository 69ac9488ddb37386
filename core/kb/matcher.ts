// Build-time bridge from the knowledge base to the page matcher (core/matcher): which aliases of which
// actors may mark a page. Kept apart from build.ts so the KB stays byte-identical whatever the matcher
// does, and the word list that informs it never reaches the extension.
import names from '../../data/lexicons/names.json';
import titles from '../../data/lexicons/titles.json';
import { compileMatcher, type MatcherData } from '../matcher/compile';
import type { Kb } from './schema';

/**
 * The matcher for `kb`. `isCommonWord` gets a lower-cased word and says whether it is ordinary English
 * ("will", "post", "reform"), so such an alias never marks a page on its own.
 */
export function matcherForKb(kb: Kb, isCommonWord: (word: string) => boolean): MatcherData {
  // Unnamed sources ("a senior US official") are descriptions, not names: if the merge ever let one
  // into an actor's aliases, marking it on a page would attach that actor's card to any official.
  const unnamed = new Set(
    kb.statements.filter((s) => s.speakerType === 'anonymous').map((s) => s.speakerName.toLowerCase()),
  );
  return compileMatcher(
    kb.actors.map((a) => ({
      id: a.id,
      type: a.type,
      aliases: [a.name, ...a.aliases].filter((alias) => !unnamed.has(alias.toLowerCase()) && sane(alias)),
    })),
    isCommonWord,
    NOT_GIVEN,
    GIVEN_NAMES,
  );
}

// Capitalised words that are no given name before a surname alone, so "President Trump", "Mr Lavrov",
// "Republican Trump", "Former Chancellor Merz", "When Putin…", "On Monday Zelensky…" stay marked while
// "Barron Trump" does not (core/matcher/surnames.ts). Every word of a multi-word title counts
// ("Foreign Minister Lavrov"). About 3 KB of matcher.json.
export const NOT_GIVEN = [
  ...titles.honorifics,
  ...titles.titles.flatMap((t) => t.split(/[\s-]+/)),
  ...titles.modifiers,
  ...titles.affiliations,
  ...names.stop,
];

// In a title-case headline every word is capitalised ("Republicans Are Following Trump to Nowhere"), so
// there only a known given name stops a surname: "Tom Ford on Dressing Melania Trump". About 6 KB.
export const GIVEN_NAMES = Object.values(names.given).flat();

function sane(alias: string): boolean {
  // "MrTrump" (a run-together artefact in the corpus) is no way a page writes a name.
  if (/\p{Ll}\p{Lu}/u.test(alias) && !/^(Mc|Mac|De|La|Le|O')/u.test(alias)) return false;
  // "Ukraine and Europe" is two actors read as one group: as an alias it would give a page's "Ukraine
  // and Europe agreed" one card for both. ("National Security and Defence Council" has more words.)
  return !/^\S+ and \S+$/u.test(alias);
}
