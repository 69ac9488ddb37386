// A known name inside a longer name that is not the same actor: "East Germany" is not Germany, "British
// Airways" not the United Kingdom, "Future US Inc" not the United States. Each rule comes from a false
// mark found by `npm run sweep` on the saved real pages (../shared/pages); the page is named with it.
import { adjacent, type Token } from './tokens';

// A compass word before a place names another place: "then Communist East Germany" (aclu), "Eastern
// Europe" and "Central Europe" (several pages). Not "New": headlines write "New German law mandates…"
// and "New US sanctions", where the country is meant.
const OTHER_PLACE = new Set([
  'North',
  'South',
  'East',
  'West',
  'Northern',
  'Southern',
  'Eastern',
  'Western',
  'Central',
]);

// A head noun after a name makes it part of another organisation's or place's name: "British Airways"
// (bug-1255978), "British Museum", "British Empire", "British Journal of Industrial Relations" and "British
// Virgin Islands" / "British Antarctic Territory" (wikipedia-2, article-author-tag), "British Retail
// Consortium", "The Moscow Times", "Washington Examiner" and "Washington County" (e4c6a3b4),
// "Washington University". Airlines and Columbia are their obvious siblings ("British Columbia").
const NAME_HEAD = new Set([
  'Airways',
  'Airlines',
  'Museum',
  'Empire',
  'Journal',
  'Islands',
  'Territory',
  'Consortium',
  'Times',
  'Examiner',
  'County',
  'University',
  'Columbia',
]);

/**
 * Whether a head noun closes a run of up to three capitalised words right after the match: "British
 * Airways", and "British Virgin Islands", "British Indian Ocean Territory" (wikipedia-2).
 */
function headFollows(text: string, tokens: Token[], last: number): boolean {
  for (let j = last + 1; j <= last + 3 && j < tokens.length; j++) {
    const t = tokens[j]!;
    if (tokens[j - 1]!.possessive || !adjacent(text, tokens[j - 1]!, t) || !/^\p{Lu}/u.test(t.text))
      return false;
    if (NAME_HEAD.has(t.text)) return true;
  }
  return false;
}

// A company suffix, even after a comma: "Live Science is part of Future US Inc", "© Future US, Inc."
// (3c5bf8db).
const COMPANY = /^,?\s?(Inc|Ltd|LLC|Corp|plc|GmbH)\b/;

/** Whether the match of tokens i..last is only a part of a longer name (see the rules above). */
export function insideLongerName(text: string, tokens: Token[], i: number, last: number): boolean {
  const prev = tokens[i - 1];
  if (prev && OTHER_PLACE.has(prev.text) && !prev.possessive && adjacent(text, prev, tokens[i]!)) return true;
  if (!tokens[last]!.possessive && headFollows(text, tokens, last)) return true;
  if (!tokens[last]!.possessive && COMPANY.test(text.slice(tokens[last]!.end))) return true;
  // "a professor at the University of Washington" (two pages): the university, not the government.
  const before = tokens[i - 2];
  return !!before && before.text === 'University' && prev?.text === 'of';
}

// "US" is also "us" set in capitals: a button's "Follow US" (e100c961, wccftech), and "Contact US",
// "Join US" beside it in the same menus.
const TAKES_US = new Set([
  'Follow',
  'Contact',
  'Join',
  'About',
  'Email',
  'Call',
  'Tell',
  'Help',
  'Visit',
  'Find',
]);

/** Whether a short capitals alias is really another word: the pronoun "us", or a currency's "US". */
export function capsNotAName(text: string, tokens: Token[], i: number, last: number): boolean {
  const token = tokens[i]!;
  const prev = tokens[i - 1];
  if (token.text === 'US' && prev && TAKES_US.has(prev.text) && adjacent(text, prev, token)) return true;
  // A price in US dollars: "$799 US", "Price of $130 US" (e100c961), "US$50". Only after a price: "27
  // EU members" and "3 US soldiers" are the union and the country.
  const price = prev && /^\p{N}/u.test(prev.text) && /\$\s?$/.test(text.slice(0, prev.start));
  if (price && adjacent(text, prev, token)) return true;
  return /^\$/.test(text.slice(tokens[last]!.end));
}
