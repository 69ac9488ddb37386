// A person's surname alone may be another person's name: "Barron Trump" is not Donald Trump (a sweep
// page on the Trump family). Marking it would open the wrong person's card, so a surname alone is not
// marked right after a capitalised word unless that word is known not to be someone else's given name.
import { adjacent, isAllCaps, type Token } from './tokens';

/**
 * The words a surname may stand after, per actor: the actor's own name parts ("Donald", "Sergey",
 * "Volodymyr" from "Donald Trump", …) and the one-word names of places and bodies ("Russian Lavrov",
 * "Kremlin", "Ukraine"), which are no given names.
 */
export interface SurnameIndex {
  /** Single-word aliases that end a longer alias of the same actor: the actor's surname. */
  surnames: Set<string>;
  /** Per entry index, the words of its longer aliases. */
  ownParts: Map<number, Set<string>>;
  /** One-word aliases that are not surnames. */
  plainNames: Set<string>;
}

export function indexSurnames(aliases: [string, number, unknown][]): SurnameIndex {
  const ownParts = new Map<number, Set<string>>();
  const lastWords = new Set<string>();
  for (const [key, entry] of aliases) {
    const words = key.split(' ');
    if (words.length < 2) continue;
    let parts = ownParts.get(entry);
    if (!parts) ownParts.set(entry, (parts = new Set()));
    for (const w of words) parts.add(w);
    lastWords.add(`${entry} ${words[words.length - 1]}`);
  }
  const surnames = new Set<string>();
  const plainNames = new Set<string>();
  for (const [key, entry] of aliases) {
    if (key.includes(' ')) continue;
    if (lastWords.has(`${entry} ${key}`)) surnames.add(key);
    else plainNames.add(key);
  }
  return { surnames, ownParts, plainNames };
}

/**
 * Whether the one-word match at `i` (alias of `entry`) is a surname that another person's given name
 * precedes. `free` holds the lower-cased words that are no given name: titles, honorifics, party
 * labels, sentence openers, days and months ("President", "Mr", "Sen", "Republican", "When", "Monday").
 * Unknown capitalised words count as given names, also at a sentence start: a wrong card is worse than
 * a missed mark.
 */
export function otherPersonsSurname(
  text: string,
  tokens: Token[],
  i: number,
  entry: number,
  index: SurnameIndex,
  free: Set<string>,
  given: Set<string>,
): boolean {
  const token = tokens[i]!;
  if (!index.surnames.has(token.text)) return false;
  const prev = tokens[i - 1];
  if (!prev || prev.possessive || !adjacent(text, prev, token)) return false;
  // "US Trump" or a headline's "TRUMP" are no given names; only "Barron"-shaped words are.
  if (!/^\p{Lu}/u.test(prev.text) || isAllCaps(prev.text)) return false;
  if (index.ownParts.get(entry)?.has(prev.text) || index.plainNames.has(prev.text)) return false;
  // "Then-President Trump", "Ex-Chancellor Merz": the role is the hyphenated word's last part.
  const head = prev.text.split('-').pop()!.toLowerCase();
  if (free.has(head) || free.has(prev.text.toLowerCase())) return false;
  // A title-case headline capitalises its verbs and nouns: "Judge Blocks Trump Administration", "China
  // Warns Trump", "Critics Say Trump Appointees…" (sweep: nytimes-2, yahoo-3). There only a known given
  // name is one ("Dress Melania Trump as First Lady", yahoo-2).
  return titleCase(text, tokens, i) ? given.has(prev.text) : true;
}

/** Whether the words either side of "<prev> <surname>" are capitalised too, as a headline's are. */
function titleCase(text: string, tokens: Token[], i: number): boolean {
  const capital = (t: Token | undefined) => !!t && /^\p{Lu}\p{Ll}/u.test(t.text);
  const before = tokens[i - 2];
  const after = tokens[i + 1];
  if (capital(before) && !before!.possessive && adjacent(text, before!, tokens[i - 1]!)) return true;
  return capital(after) && adjacent(text, tokens[i]!, after!);
}
