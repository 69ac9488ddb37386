// Roles as the text gives them: a title before the name ("Russian Foreign Minister Sergei Lavrov")
// or an appositive beside it ("Jeff Tolbert, a spokesman for Mr Driscoll, said";
// "Ukraine's ambassador to the U.S., Olga Stefanishyna, said").
import { titleLengths } from './match';
import { AFFILIATIONS, CONNECTORS, DETERMINERS, MODIFIERS, ORG_HEADS, STOP } from './lexicon';
import type { Token } from './tokens';

export interface RoleSpan {
  /** Token indices, inclusive. */
  first: number;
  last: number;
}

const inside = (t: Token | undefined) => !!t && (t.sep === 'space' || t.sep === 'hyphen');

/** A title phrase ending exactly at token j; returns its first token. */
function titleEndingAt(toks: Token[], j: number): number | undefined {
  let best: number | undefined;
  for (let k = j; k >= Math.max(0, j - 4); k--) {
    if (k < j && !inside(toks[k + 1])) break;
    if (titleLengths(toks, k).includes(j - k + 1)) best = k;
  }
  return best;
}

/**
 * The role right before a name: a title phrase ending just before it, widened leftwards over
 * modifiers ("special", "Former"), capitalised qualifiers ("U.S. Army", "Kremlin") and at most one
 * possessive or determiner ("Trump's son-in-law", "his Russian counterpart").
 */
export function roleBefore(toks: Token[], nameFirst: number): RoleSpan | undefined {
  const end = nameFirst - 1;
  const t = toks[nameFirst];
  if (end < 0 || !t) return undefined;
  // "Gov. Earl Ray Tomblin", "Sen. Zell Miller": an abbreviated title's period joins it to the name.
  const abbreviated = /^\. +$/.test(t.gap) && /^[A-Z][a-z]{1,4}$/.test(toks[end]!.text);
  if (!inside(t) && !abbreviated) return undefined;
  // "Republican Donald Trump", "Wisconsin Republican Paul Ryan": a party label is a role too.
  let k =
    titleEndingAt(toks, end) ??
    (AFFILIATIONS.has(toks[end]!.text) && !toks[end]!.text.endsWith('s') ? end : undefined);
  if (k === undefined) return undefined;
  while (k > 0) {
    const cur = toks[k]!;
    const p = toks[k - 1]!;
    if (p.sentence !== cur.sentence) break;
    if (p.poss) {
      if (p.cap && /^ +$/.test(cur.gap)) k--;
      break;
    }
    if (!inside(cur)) break;
    if (DETERMINERS.has(p.lower) && p.lower !== 'the' && p.lower !== 'a' && p.lower !== 'an') {
      k--;
      break;
    }
    const title = titleEndingAt(toks, k - 1);
    if (title !== undefined) {
      k = title;
      continue;
    }
    // "2012 Republican presidential nominee Mitt Romney": without its year the role says he is the
    // nominee of the corpus's own campaign.
    if (MODIFIERS.has(p.lower) || /^(?:1[89]|20)\d\d$/.test(p.text)) {
      k--;
      continue;
    }
    if (p.cap && !STOP.has(p.text)) {
      k--;
      continue;
    }
    break;
  }
  return { first: k, last: end };
}

/** Whether tokens first..last hold a title phrase before any person name in `names`. */
function headFirst(toks: Token[], first: number, last: number, names: Set<number>): boolean {
  for (let k = first; k <= last; k++) {
    if (names.has(k)) return false;
    const l = titleLengths(toks, k);
    if (l.length) {
      const after = k + Math.max(...l);
      // "Secretary of State Marco Rubio" after a comma is the next item of a list, not a role.
      return !(after <= last && names.has(after));
    }
  }
  return false;
}

const ROLE_WORD = (t: Token) =>
  DETERMINERS.has(t.lower) ||
  CONNECTORS.has(t.lower) ||
  MODIFIERS.has(t.lower) ||
  t.cap ||
  titleLengths([t], 0).length > 0;

/** The span of an appositive after a name: from ", " to the next comma or the sentence end. */
function appositiveAfter(toks: Token[], nameLast: number): RoleSpan | undefined {
  const first = nameLast + 1;
  const t = toks[first];
  const name = toks[nameLast]!;
  if (!t || t.sentence !== name.sentence || !/^, *$/.test(t.gap) || name.poss) return undefined;
  if (!ROLE_WORD(t) || CONNECTORS.has(t.lower)) return undefined;
  let last = first;
  while (last + 1 < toks.length && last - first < 16) {
    const n = toks[last + 1]!;
    if (n.sentence !== t.sentence || /[,;:()"]/.test(n.gap) || / - /.test(n.gap)) break;
    last++;
  }
  const closer = toks[last + 1];
  if (closer && closer.sentence === t.sentence && !/^, *$/.test(closer.gap)) return undefined;
  return last - first < 16 ? { first, last } : undefined;
}

/**
 * An appositive after the name, between commas (or up to the sentence end): "Rustem Umerov, the
 * secretary of Ukraine's National Security and Defence Council, initially said".
 */
export function roleAfter(toks: Token[], nameLast: number, names: Set<number>): RoleSpan | undefined {
  const span = appositiveAfter(toks, nameLast);
  if (!span || !headFirst(toks, span.first, Math.min(span.last, span.first + 5), names)) return undefined;
  return span;
}

/**
 * An appositive after the name whose title a named owner holds: "Sonya A. Zoghlin, Carlineo's
 * attorney, told…". Evidence of a person, as a title is; not a role a card shows (roleAfter takes
 * no name inside its first words, where a list's next item would be).
 */
export function ownedTitleAfter(toks: Token[], nameLast: number, names: Set<number>): boolean {
  const span = appositiveAfter(toks, nameLast);
  if (!span) return false;
  let owner = span.first;
  while (owner < span.last && names.has(owner) && !toks[owner]!.poss) owner++;
  if (owner === span.last || !names.has(owner) || !toks[owner]!.poss) return false;
  return titleLengths(toks, owner + 1).length > 0;
}

/**
 * What an organisation is, as an appositive: "The Coalition of the Willing, a group of Ukraine's
 * strongest supporters, issued…"; "The Institute for the Study of War, a Washington-based think tank,".
 */
export function descriptionAfter(toks: Token[], nameLast: number): RoleSpan | undefined {
  const span = appositiveAfter(toks, nameLast);
  if (!span || !DETERMINERS.has(toks[span.first]!.lower)) return undefined;
  for (let k = span.first; k <= Math.min(span.last, span.first + 5); k++)
    if (ORG_HEADS.has(toks[k]!.lower)) return span;
  return undefined;
}

/** An appositive before the name: "Ukraine's ambassador to the U.S., Olga Stefanishyna, said". */
export function roleAhead(
  toks: Token[],
  nameFirst: number,
  nameLast: number,
  names: Set<number>,
): RoleSpan | undefined {
  const t = toks[nameFirst]!;
  const after = toks[nameLast + 1];
  if (!/^, *$/.test(t.gap) || !after || !/^, *$/.test(after.gap) || toks[nameLast]!.poss) return undefined;
  let k = nameFirst - 1;
  if (k < 0 || toks[k]!.sentence !== t.sentence) return undefined;
  while (k > 0) {
    const cur = toks[k]!;
    const p = toks[k - 1]!;
    if (
      p.sentence !== cur.sentence ||
      !(inside(cur) || (p.poss && /^ +$/.test(cur.gap))) ||
      !ROLE_WORD(p) ||
      names.has(k - 1)
    )
      break;
    if (p.initial && STOP.has(p.text) && !DETERMINERS.has(p.lower)) break;
    k--;
  }
  while (k < nameFirst - 1 && CONNECTORS.has(toks[k]!.lower)) k++;
  if (names.has(k) || !headFirst(toks, k, nameFirst - 1, names)) return undefined;
  return { first: k, last: nameFirst - 1 };
}
