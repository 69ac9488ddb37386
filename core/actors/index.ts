import { sentenceAt } from '../text';
import type { Actor, ActorType, Mention, PreparedText } from '../types';
import { scan } from './candidates';
import { titleLengths } from './match';
import { classify } from './classify';
import { clusterPeople } from './cluster';
import { ATTRIBUTIVE, HONORIFICS } from './lexicon';
import { descriptionAfter } from './roles';
import { findTerms } from './terms';
import { tokenize, type Token } from './tokens';

export { genderOf, type Gender } from './gender';
export { actorNames } from './names';

export interface ActorResult {
  actors: Actor[];
  mentions: Mention[];
}

interface Pending {
  key: string;
  name: string;
  type: ActorType;
  start: number;
  end: number;
  modifier: boolean;
  roles: string[];
  /** Preferred canonical name for people (their fullest form). */
  full?: string[];
  /** A further surface form that is not the mention itself ("President Trump"). */
  alias?: string;
}

/**
 * Whether a name only qualifies what follows it: a possessive ("Putin's foreign policy aide"), a
 * hyphenated compound ("U.S.-backed"), an attributive noun ("US official") or a title or name
 * ("Kremlin spokesman Dmitry Peskov"). The statements stage does not take such a name as a speaker.
 */
function isModifier(toks: Token[], first: number, last: number, personStarts: Set<number>): boolean {
  const t = toks[last]!;
  const n = toks[last + 1];
  if (t.poss || toks[first]!.sep === 'hyphen') return true;
  if (!n || n.sentence !== t.sentence) return false;
  if (n.sep === 'hyphen') return true;
  if (n.sep !== 'space') return false;
  return ATTRIBUTIVE.has(n.lower) || titleLengths(toks, last + 1).length > 0 || personStarts.has(last + 1);
}

/** Finds the actors and key terms a text names and every mention of them. */
export function findActors(doc: PreparedText): ActorResult {
  const toks = tokenize(doc);
  const terms = findTerms(doc.norm);
  let ti = 0;
  const inTerm = (t: Token) => {
    while (ti < terms.length && terms[ti]!.end <= t.start) ti++;
    const h = terms[ti];
    return !!h && h.start < t.end;
  };
  const { fixed, runs } = scan(toks, inTerm);
  const cands = classify(toks, runs);
  const people = clusterPeople(toks, doc.text, cands, (i) => doc.sentences[i]?.paragraph ?? -1);

  const pending: Pending[] = [];
  const personStarts = new Set<number>();
  for (const p of people) for (const s of p.spans) personStarts.add(s.first);
  // Role spans: a demonym or institution inside one names that country or body ("French" in
  // "French President Emmanuel Macron" is France).
  const roleTokens = new Set<number>();
  for (const c of cands) for (const r of c.roles) for (let k = r.first; k <= r.last; k++) roleTokens.add(k);

  people.forEach((p, i) => {
    for (const s of p.spans) {
      pending.push({
        key: `person:${i}`,
        name: p.surname,
        type: 'person',
        start: toks[s.first]!.start,
        end: toks[s.last]!.end,
        modifier: isModifier(toks, s.first, s.last, personStarts),
        roles: p.roles,
        full: p.full,
        // The matcher needs such forms: a page that says only "President Trump" and "Trump".
        alias: s.address && doc.text.slice(toks[s.address.first]!.start, toks[s.last]!.end),
      });
    }
  });
  for (const f of fixed) {
    if (f.demonym && !roleTokens.has(f.first)) continue;
    const modifier =
      !!f.demonym || isModifier(toks, f.first, f.last, personStarts) || roleTokens.has(f.first);
    const described = f.type !== 'government' && !modifier ? descriptionAfter(toks, f.last) : undefined;
    pending.push({
      key: f.key,
      name: f.name,
      type: f.type,
      start: toks[f.first]!.start,
      end: toks[f.last]!.end,
      modifier,
      roles: described ? [doc.text.slice(toks[described.first]!.start, toks[described.last]!.end)] : [],
    });
  }
  for (const h of terms)
    pending.push({
      key: h.key,
      name: h.name,
      type: 'term',
      start: h.start,
      end: h.end,
      modifier: false,
      roles: [],
    });
  return build(doc, pending);
}

// A whole word: "Drake" and "Dräger" open on "Dr" and keep it.
const HONORIFIC = new RegExp(`^(?:${[...HONORIFICS].join('|')})(?:\\.\\s*|\\s+)`);

function canonical(group: Pending[], aliases: string[]): string {
  const p = group[0]!;
  if (p.type === 'person') {
    const full = p.full ?? [];
    // Only titled or bare surnames ("Mr. Zelenskyy"): the surname as printed.
    if (!full.length)
      return aliases.map((a) => a.replace(HONORIFIC, '')).sort((a, b) => a.length - b.length)[0] ?? p.name;
    // The fullest form; among equals the one printed most often.
    // Counted once, not per comparison: per comparison it was quadratic in the person's mentions.
    const counts = new Map<string, number>();
    for (const x of full) counts.set(x, (counts.get(x) ?? 0) + 1);
    const words = (s: string) => s.split(' ').length;
    return [...counts.keys()].sort((a, b) => words(b) - words(a) || counts.get(b)! - counts.get(a)!)[0]!;
  }
  if (p.key.startsWith('term:event:')) {
    const place = p.name.replace(/ (talks|summit)$/, '');
    return group.some((g) => g.name.endsWith(' summit')) ? `${place} summit` : `${place} talks`;
  }
  return p.name;
}

function build(doc: PreparedText, pending: Pending[]): ActorResult {
  pending.sort((a, b) => a.start - b.start || b.end - a.end);
  const groups = new Map<string, Pending[]>();
  const mentionsOf: { p: Pending }[] = [];
  let lastEnd = -1;
  for (const p of pending) {
    if (p.start < lastEnd) continue; // nested in a longer mention already kept
    lastEnd = p.end;
    const g = groups.get(p.key) ?? [];
    g.push(p);
    groups.set(p.key, g);
    mentionsOf.push({ p });
  }
  const actors: Actor[] = [];
  const idOf = new Map<string, string>();
  for (const [key, g] of groups) {
    const id = `a${actors.length}`;
    idOf.set(key, id);
    const aliases: string[] = [];
    for (const p of g) {
      for (const s of [doc.text.slice(p.start, p.end), p.alias])
        if (s && !aliases.includes(s)) aliases.push(s);
    }
    const name = canonical(g, aliases);
    if (!aliases.some((a) => a.toLowerCase() === name.toLowerCase())) aliases.unshift(name);
    const roles = [...new Set(g.flatMap((p) => p.roles))];
    actors.push({ id, name, type: g[0]!.type, aliases, roles, mentions: g.length });
  }
  const mentions: Mention[] = mentionsOf.map(({ p }) => {
    const m: Mention = {
      actorId: idOf.get(p.key)!,
      text: doc.text.slice(p.start, p.end),
      start: p.start,
      end: p.end,
      sentence: sentenceAt(doc.sentences, p.start)?.index ?? -1,
    };
    if (p.modifier) m.modifier = true;
    return m;
  });
  return { actors, mentions };
}
