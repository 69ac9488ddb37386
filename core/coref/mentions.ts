// Candidate antecedents: the heads of noun phrases before a pronoun, and what the text says of each
// (gender, number, whether it is a person's name or role, how often it was named before), read from
// the trees alone.
import { base, type Tree } from '../attribution/tree';
import {
  FAMILY,
  GENDER_OF_FAMILY,
  genderOfGiven,
  genderOfHonorific,
  genderOfNoun,
  isTitle,
  nameKind,
  type Family,
  type Gender,
} from './lexicon';

/** How far back a pronoun looks, in sentences before its own, and at most how many candidates. */
export const WINDOW = 4;
export const MAX_CANDIDATES = 30;
/** The names mentioned most often before the window, offered too: the person a text is about. */
export const SALIENT = 3;

// Words inside a name or a fixed expression ("Maria" in "Maria Lopez", "Mr." in "Mr. Smith") are
// part of a mention, never its head.
const INSIDE = new Set(['compound', 'flat', 'fixed', 'goeswith', 'reparandum']);

export const familyOf = (tree: Tree, i: number): Family | undefined => {
  const t = tree.tokens[i];
  return t && t.upos === 'PRON' ? FAMILY.get(t.lower) : undefined;
};

/** A token's head, or -1 for a root or a head outside the sentence (a malformed parse). */
export function headOf(tree: Tree, i: number): number {
  const h = tree.tokens[i]!.head;
  return Number.isInteger(h) && h >= 0 && h < tree.tokens.length && h !== i ? h : -1;
}

/** The chain of heads above a token, nearest first, at most `max` long (a cycle stops it). */
export function headsAbove(tree: Tree, i: number, max: number): number[] {
  const out: number[] = [];
  for (let h = headOf(tree, i); h >= 0 && out.length < max && !out.includes(h); h = headOf(tree, h))
    out.push(h);
  return out;
}

/** A word that belongs to the name of its head: a part of it, or a form of address ("Mr." Smith). */
function insideName(tree: Tree, i: number): boolean {
  const t = tree.tokens[i]!;
  if (INSIDE.has(base(t.deprel)) || t.deprel === 'nmod:desc') return true;
  const h = headOf(tree, i);
  return h >= 0 && !!genderOfHonorific(t.text) && tree.tokens[h]!.upos === 'PROPN';
}

/** Whether a token heads a noun phrase that could name someone: a noun or a name, not inside another. */
export function isMentionHead(tree: Tree, i: number): boolean {
  const t = tree.tokens[i]!;
  return (t.upos === 'NOUN' || t.upos === 'PROPN') && !insideName(tree, i);
}

export interface Mention {
  sentence: number;
  token: number;
  /** The pronoun it is, when it is one. */
  family?: Family;
  gender?: Gender;
  /** Plural by its tag (NNS, NNPS, "they"). */
  plural: boolean;
  /** Heads a coordination ("Maria and John"): plural for "they", its first member for "she". */
  coordinated: boolean;
  /** A name with a known given name or a form of address ("Maria Lopez", "Mr. Smith"). */
  named: boolean;
  /** Its head or a word of its name names an office or a role ("the president", "Justice Scalia"). */
  role: boolean;
  /** A name the curated lists know as a person's, or as something else's ("Russia", "Monday"). */
  kind?: 'person' | 'other';
  /** How many words its name has (1 for a common noun). */
  words: number;
  /** The words of its name or its head, lower case: two mentions with one key are taken as one. */
  key: string;
  /** How many mentions with its key the text has made so far, itself included. */
  seen: number;
}

/** The name around a head: itself with its flat and compound parts and its forms of address. */
function nameWords(tree: Tree, i: number): number[] {
  return [i, ...tree.children[i]!.filter((c) => insideName(tree, c))].sort((a, b) => a - b);
}

function mentionAt(trees: Tree[], sentence: number, token: number): Mention {
  const tree = trees[sentence]!;
  const t = tree.tokens[token]!;
  const family = familyOf(tree, token);
  const coordinated = tree.children[token]!.some((c) => base(tree.tokens[c]!.deprel) === 'conj');
  const m = { sentence, token, coordinated, named: false, role: false, words: 1, key: '', seen: 0 };
  if (family) return { ...m, family, gender: GENDER_OF_FAMILY[family], plural: family === 'they' };
  const words = nameWords(tree, token).map((w) => tree.tokens[w]!);
  let gender: Gender | undefined;
  let named = false;
  const honorific = words.map((w) => genderOfHonorific(w.text)).find(Boolean);
  if (honorific) [gender, named] = [honorific, true];
  else if (t.upos === 'PROPN') {
    const given = words.find((w) => w.upos === 'PROPN');
    const g = given && genderOfGiven(given.text);
    if (g) [gender, named] = [g, true];
  } else gender = genderOfNoun(t.lower);
  return {
    ...m,
    gender,
    plural: t.xpos === 'NNS' || t.xpos === 'NNPS',
    named,
    role: words.some((w) => isTitle(w.lower.replace(/\.$/, ''))),
    kind:
      t.upos === 'PROPN' ? nameKind(words.filter((w) => w.upos === 'PROPN').map((w) => w.text)) : undefined,
    words: words.length,
    key: words.map((w) => w.lower).join(' '),
  };
}

/** A document's mentions, by sentence, and the names most often mentioned before each sentence. */
export interface DocIndex {
  sentences: Mention[][];
  /** Before sentence s: the last mention of each of the SALIENT names mentioned most (twice or more). */
  salient: Mention[][];
  at: (sentence: number, token: number) => Mention | undefined;
}

const INDEX = new WeakMap<Tree[], DocIndex>();

/** The document's mentions, found once per tree array (in one pass, so linear in its length). */
export function indexOf(trees: Tree[]): DocIndex {
  const known = INDEX.get(trees);
  if (known) return known;
  const sentences: Mention[][] = [];
  const salient: Mention[][] = [];
  const count = new Map<string, number>();
  const last = new Map<string, Mention>();
  let top: string[] = [];
  trees.forEach((tree, s) => {
    salient.push(top.filter((k) => count.get(k)! >= 2).map((k) => last.get(k)!));
    const ms: Mention[] = [];
    for (let i = 0; i < tree.tokens.length; i++) {
      if (!familyOf(tree, i) && !isMentionHead(tree, i)) continue;
      const m = mentionAt(trees, s, i);
      ms.push(m);
      if (m.family) continue;
      m.seen = (count.get(m.key) ?? 0) + 1;
      count.set(m.key, m.seen);
      if (tree.tokens[i]!.upos !== 'PROPN') continue;
      last.set(m.key, m);
      // Most mentioned first; of two as often, the later.
      top = [m.key, ...top.filter((k) => k !== m.key)]
        .sort((a, b) => count.get(b)! - count.get(a)!)
        .slice(0, SALIENT);
    }
    sentences.push(ms);
  });
  const at = (s: number, t: number) => sentences[s]?.find((m) => m.token === t);
  const index = { sentences, salient, at };
  INDEX.set(trees, index);
  return index;
}

/**
 * The candidate antecedents of the pronoun at trees[sentence].tokens[token], nearest first: mention
 * heads and earlier forms of the same pronoun, in its own sentence before it and in the WINDOW
 * sentences before that (at most MAX_CANDIDATES), then the most mentioned names before those.
 */
export function candidatesOf(trees: Tree[], sentence: number, token: number): Mention[] {
  const family = familyOf(trees[sentence]!, token);
  const index = indexOf(trees);
  const out: Mention[] = [];
  const keys = new Set<string>();
  for (let s = sentence; s >= 0 && s >= sentence - WINDOW && out.length < MAX_CANDIDATES; s--) {
    const ms = index.sentences[s]!;
    for (let k = ms.length - 1; k >= 0 && out.length < MAX_CANDIDATES; k--) {
      const m = ms[k]!;
      if (s === sentence && m.token >= token) continue;
      if (m.family && m.family !== family) continue;
      out.push(m);
      keys.add(m.key);
    }
  }
  const before = index.salient[Math.max(0, sentence - WINDOW)] ?? [];
  for (const m of before) if (!keys.has(m.key)) out.push(m);
  return out;
}

/** Whether a candidate could be what the pronoun means, by gender and number alone. */
export function compatible(family: Family, m: Mention): boolean {
  const g = GENDER_OF_FAMILY[family];
  if (family === 'they') return m.plural || m.coordinated || (!m.gender && !m.named);
  return !m.plural && (!m.gender || m.gender === g);
}

/** Whether a candidate is known to be a person: by its name, its role, its gender or as "he"/"she". */
export const personLike = (m: Mention) => m.named || m.role || !!m.gender || m.kind === 'person';
