// Institutions: capitalised names with an institution keyword, and a country's own bodies.
import type { ActorType } from '../types';
import type { Fixed } from './candidates';
import { DEMONYM_OF, ORG_KEYWORDS, OWNED, STOP, type Entry } from './lexicon';
import { joined, matchEntry, titleLengths } from './match';
import type { Token } from './tokens';

// "Council on Foreign Relations", "Committee for a Responsible Federal Budget".
const ORG_CONNECTORS = new Set(['of', 'the', 'and', 'for', 'on', 'a']);

/**
 * A capitalised institution name: capitalised words (and "of", "the", "and" between them) holding an
 * institution keyword anywhere ("Carnegie Russia Eurasia Center", "Ministry of Defense",
 * "National Security and Defence Council"). A leading "The" stays for outlets ("The Washington Post").
 */
export function orgRun(toks: Token[], i: number): Fixed | undefined {
  const t0 = toks[i]!;
  if (!t0.cap || titleLengths(toks, i).length) return undefined;
  if (STOP.has(t0.text) && t0.text !== 'The') return undefined;
  // "Writing for the Los Angeles Times": a sentence-initial -ing verb opens no name.
  if (t0.initial && /^\p{Lu}\p{Ll}{3,}ing$/u.test(t0.text)) return undefined;
  let j = i;
  let lastCap = i;
  let kw = -1;
  while (j - i < 9) {
    const t = toks[j]!;
    if (j > i && !joined(t)) break;
    if (t.cap) {
      // "European Commission President Ursula von der Leyen": a title ends the institution.
      if (j > i && (STOP.has(t.text) || titleLengths(toks, j).length)) break;
      lastCap = j;
      if (ORG_KEYWORDS[t.text]) kw = j;
    } else if (!ORG_CONNECTORS.has(t.lower)) break;
    // "Committee for a Responsible Federal Budget": "a" only after "for".
    else if (t.lower === 'a' && toks[j - 1]?.lower !== 'for') break;
    else if (t.lower === 'and' && kw >= 0 && listAfterKeyword(toks, i, j)) break;
    else if (
      t.lower === 'and' &&
      toks[j + (toks[j + 1]?.lower === 'the' ? 2 : 1)] &&
      matchEntry(toks, j + (toks[j + 1]?.lower === 'the' ? 2 : 1))
    ) {
      // "Estonia and the European Union" (003) is a list, not one institution.
      break;
    }
    if (t.poss || j + 1 >= toks.length) break;
    j++;
  }
  // "Police Shooting" in a heading: words run straight on after the keyword belong to no name
  // ("Ministry of Defense" joins them with "of").
  if (kw >= 0 && !toks.slice(kw + 1, lastCap + 1).some((t) => ORG_CONNECTORS.has(t.lower))) lastCap = kw;
  if (kw < 0 || lastCap === i) return undefined;
  // "Adelle Nazarian of Breitbart News", "Blair Effron of Centerview Partners": two capitalised
  // words with no keyword before "of" are a person, not part of the outlet.
  const head = toks.slice(i, kw);
  const of = head.findIndex((t) => t.lower === 'of');
  if (of > 1 && !head.slice(0, of).some((t) => ORG_KEYWORDS[t.text])) return undefined;
  const type = ORG_KEYWORDS[toks[kw]!.text] as ActorType;
  let first = i;
  if (t0.text === 'The' && t0.initial && type !== 'organization') first++;
  const name = toks
    .slice(first, lastCap + 1)
    .map((t, k) => (k === 0 ? '' : toks[first + k]!.gap.replace(/'s\b/, '')) + t.text)
    .join('');
  return { first, last: lastCap, key: `org:${name.replace(/^The /, '').toLowerCase()}`, name, type };
}

/** "Russia's sovereign wealth fund", "Ukrainian military intelligence", "Russian forces". */
export function owned(toks: Token[], i: number, e: Entry, len: number): Fixed | undefined {
  const last = toks[i + len - 1]!;
  if (!e.key.startsWith('gov:') || !(last.poss || e.demonym)) return undefined;
  for (const o of OWNED) {
    const ok = o.words.every((w, k) => {
      const t = toks[i + len + k];
      return t?.lower === w && (t.sep === 'space' || (k === 0 && last.poss));
    });
    if (!ok) continue;
    const end = i + len + o.words.length - 1;
    if (toks[end]!.poss === false && toks[end + 1]?.cap && joined(toks[end + 1])) continue;
    if (!o.as) return { first: i, last: end, key: e.key, name: e.name, type: e.type };
    const name = `${DEMONYM_OF.get(e.key) ?? e.name} ${o.as}`;
    return { first: i, last: end, key: `inst:${name.toLowerCase()}`, name, type: o.type };
  }
  return undefined;
}

/**
 * "The New York Times and Boston Globe", "Republican Party and Clinton": after an institution's
 * keyword, "and" starts a list, unless the name joins two qualifiers under "of" or "for" ("Center
 * for Strategic and International Studies").
 */
function listAfterKeyword(toks: Token[], first: number, and: number): boolean {
  if (!toks.slice(first, and).some((t) => t.lower === 'of' || t.lower === 'for')) return true;
  for (let k = and + 1; k < toks.length && k - and < 6 && joined(toks[k]); k++) {
    const t = toks[k]!;
    if (t.lower === 'the' || ORG_KEYWORDS[t.text]) return true;
    if (!t.cap) break;
  }
  return false;
}
