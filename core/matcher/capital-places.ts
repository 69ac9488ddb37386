// A capital city stands for its government ("Moscow said", "Washington's plan", "Washington and Kyiv"),
// except where the words around it make it the place: "Spokane, Washington", "the Washington area",
// "Washington State Department of Health", "east of Moscow" (sweep pages). Only these clear cases drop
// the mark; a bare city name stays its government.
import { adjacent, type Token } from './tokens';

// The capitals the knowledge base uses for governments, and their near neighbours in the news.
const CAPITALS = new Set(['Washington', 'Moscow', 'Kyiv', 'Kiev', 'London', 'Paris', 'Berlin', 'Brussels']);

// "the Washington area" and "Washington metro" (a traffic page), "Washington State Department of
// Health", "Washington state" (a health page), "the Moscow region" and "Moscow oblast" (a drone report).
const PLACE_NOUN = new Set([
  'area',
  'metro',
  'metropolitan',
  'region',
  'Region',
  'oblast',
  'Oblast',
  'suburbs',
  'state',
  'State',
]);
// Unless the state is the government's own: "Moscow state media", "Moscow state TV".
const STATE_OF_GOVERNMENT = new Set(['media', 'TV', 'television', 'news', 'broadcaster']);

// "east of Moscow" (a drone report), "outside Moscow", "near Washington", "in downtown Washington".
const PLACE_BEFORE =
  /(?:\b(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)(?:ern)? of|\boutside(?: of)?|\bnear|\bdowntown|\boutskirts of|\bsuburbs of)\s+$/i;

/** Whether the one-word capital at `i` is the city as a place, not its government. */
export function capitalAsPlace(text: string, tokens: Token[], i: number): boolean {
  const token = tokens[i]!;
  if (!CAPITALS.has(token.text)) return false;
  if (PLACE_BEFORE.test(text.slice(Math.max(0, token.start - 30), token.start))) return true;
  const next = tokens[i + 1];
  if (!token.possessive && next && adjacent(text, token, next) && PLACE_NOUN.has(next.text)) {
    const after = tokens[i + 2];
    const ofGovernment = after && adjacent(text, next, after) && STATE_OF_GOVERNMENT.has(after.text);
    if (!(/^state$/i.test(next.text) && ofGovernment)) return true;
  }
  return cityComma(text, tokens, i);
}

/**
 * "Spokane, Washington": a US state after its city. Not a list of capitals: "Kyiv, Washington and
 * Brussels" (the city before the comma is itself a known name, `plain`) or "London, Washington, Paris"
 * (the list goes on after it).
 */
function cityComma(text: string, tokens: Token[], i: number): boolean {
  const token = tokens[i]!;
  const city = tokens[i - 1];
  if (!city || !/^\p{Lu}\p{Ll}/u.test(city.text) || CAPITALS.has(city.text)) return false;
  if (!/^, ?$/.test(text.slice(city.end, token.start))) return false;
  if (city.possessive) return false;
  const rest = text.slice(token.end);
  // A list goes on: ", Paris", " and Paris", " or Paris".
  return !/^(?:'s|’s)?\s*(?:,\s*\p{Lu}|\s(?:and|or)\s)/u.test(rest) && !/^\s+(?:and|or)\b/.test(rest);
}
