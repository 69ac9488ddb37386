// Build-time half of the matcher: decides, for every alias in the knowledge base, whether it may mark
// a page on its own. The result is a small list the content script loads; the English word list that
// informs it stays out of the extension.
import { tokenize } from './tokens';

export interface MatchEntry {
  id: string;
  type: string;
  aliases: string[];
}

/**
 * - `ok`: marks wherever it appears ("Vladimir Putin", "Lavrov", "28-point plan").
 * - `context`: a surname that is also an English word ("Trump"): needs its capital, must not open a
 *   sentence, and the page must name the same actor in a safer form somewhere ("President Trump").
 * - `caps`: a short all-capitals alias ("US", "EU"): not inside an all-capitals headline.
 */
export type Guard = 'ok' | 'context' | 'caps';

export interface MatcherData {
  v: 1;
  ids: string[];
  /** [alias tokens joined by a space, index into ids, guard] */
  aliases: [string, number, Guard][];
  /**
   * Lower-cased words that may stand right before a person's surname alone without being another
   * person's given name ("President", "Mr", "Monday"); see surnames.ts. The build always sets it
   * (core/kb/matcher.ts); absent, as in tests of other rules, the surname rule is off.
   */
  notGiven?: string[];
  /** Common given names ("Melania", "Ivanka"): in a title-case headline only these count as one. */
  givenNames?: string[];
}

const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'its',
  'his',
  'her',
  'their',
  'this',
  'that',
  'these',
  'those',
  'our',
]);

export function compileMatcher(
  entries: MatchEntry[],
  isCommonWord: (w: string) => boolean,
  notGiven: string[] = [],
  givenNames: string[] = [],
): MatcherData {
  const rules = new Map<string, { entry: number; guard: Guard } | null>();
  entries.forEach((entry, index) => {
    const surnames = new Set(
      entry.type === 'person'
        ? entry.aliases
            .map((a) => tokenize(a))
            .filter((t) => t.length > 1)
            .map((t) => t[t.length - 1]!.text)
        : [],
    );
    for (const alias of entry.aliases) {
      const tokens = tokenize(alias).map((t) => t.text);
      while (tokens.length > 1 && DETERMINERS.has(tokens[0]!.toLowerCase())) tokens.shift();
      const guard = guardFor(tokens, entry.type, surnames, isCommonWord);
      if (!guard) continue;
      const key = tokens.join(' ');
      const prev = rules.get(key);
      // One alias naming two actors ("Driscoll" for two people) marks neither: a wrong card is worse
      // than none.
      if (prev === undefined) rules.set(key, { entry: index, guard });
      else if (prev && prev.entry !== index) rules.set(key, null);
    }
  });
  const aliases: [string, number, Guard][] = [];
  for (const [key, rule] of rules) if (rule) aliases.push([key, rule.entry, rule.guard]);
  const data: MatcherData = { v: 1, ids: entries.map((e) => e.id), aliases };
  if (notGiven.length) data.notGiven = [...new Set(notGiven.map((w) => w.toLowerCase()))].sort();
  if (givenNames.length) data.givenNames = [...new Set(givenNames)].sort();
  return data;
}

function guardFor(
  tokens: string[],
  type: string,
  surnames: Set<string>,
  isCommonWord: (w: string) => boolean,
): Guard | undefined {
  if (!tokens.length) return undefined;
  const capitalised = tokens.some((t) => /^\p{Lu}/u.test(t) || /\p{N}/u.test(t));
  // Lower-case descriptions ("the alliance", "the funds", "officials") are the text's anaphora, not
  // names; only a key term of two or more words ("security guarantees") may mark a page.
  if (!capitalised) return type === 'term' && tokens.length > 1 ? 'ok' : undefined;
  if (tokens.length > 1) return 'ok';
  const word = tokens[0]!;
  if (/^[\p{Lu}.]+$/u.test(word) && word.replace(/\./g, '').length <= 3) {
    // "X" (the platform) is one letter: never alone.
    return word.replace(/\./g, '').length >= 2 ? 'caps' : undefined;
  }
  if (!isCommonWord(word.toLowerCase())) return 'ok';
  // "Will", "Post", "Reform" never mark alone; a person's surname may, with context ("Trump").
  return surnames.has(word) ? 'context' : undefined;
}
