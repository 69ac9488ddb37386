import type { SynToken } from '../syntax';
import { childrenOf } from '../syntax/children';

/**
 * One parsed sentence with what every later decision asks of it: each token's children and the
 * tokens its subtree spans. Built once per sentence, so the attribution passes never walk the tree
 * again.
 */
export interface Tree {
  tokens: SynToken[];
  children: number[][];
  /** Leftmost and rightmost token index of each token's subtree (inclusive). */
  lo: number[];
  hi: number[];
  /** Whether a token stands between quotation marks of its paragraph. */
  quoted: boolean[];
  /**
   * The type of the actor whose name a token is part of ("person", "organization", "government",
   * "group", "term"), from the actors stage; "" for any other word.
   */
  actor: string[];
}

export function buildTree(
  tokens: SynToken[],
  quoted: (pos: number) => boolean,
  actorAt: (start: number, end: number) => string = () => '',
): Tree {
  const n = tokens.length;
  const children = childrenOf(tokens);
  const lo: number[] = [];
  const hi: number[] = [];
  for (let i = 0; i < n; i++) {
    lo.push(i);
    hi.push(i);
  }
  // Extents bottom-up: a token's order in a post-order walk; an explicit stack keeps deep trees
  // (a 150-token chain) off the call stack, and a visited mark keeps a malformed cycle finite.
  const state = new Uint8Array(n);
  const stack: number[] = [];
  for (let r = 0; r < n; r++) {
    if (state[r]) continue;
    stack.push(r);
    while (stack.length) {
      const t = stack[stack.length - 1]!;
      if (state[t] === 0) {
        state[t] = 1;
        for (const c of children[t]!) if (!state[c]) stack.push(c);
        continue;
      }
      stack.pop();
      if (state[t] === 2) continue;
      state[t] = 2;
      for (const c of children[t]!) {
        if (state[c] !== 2) continue;
        if (lo[c]! < lo[t]!) lo[t] = lo[c]!;
        if (hi[c]! > hi[t]!) hi[t] = hi[c]!;
      }
    }
  }
  return {
    tokens,
    children,
    lo,
    hi,
    quoted: tokens.map((t) => quoted(t.start)),
    actor: tokens.map((t) => actorAt(t.start, t.end)),
  };
}

/** The basic relation without its subtype: "nsubj:pass" → "nsubj". */
export const base = (deprel: string) => {
  const i = deprel.indexOf(':');
  return i < 0 ? deprel : deprel.slice(0, i);
};

/** A tensed verb or modal by its tag: what makes a clause finite. */
export const isTensed = (t: SynToken) => /^(?:VBD|VBZ|VBP|MD)$/.test(t.xpos);

/** Whether word `i` heads a finite clause: tensed itself, or with an auxiliary ("she's experienced"). */
export const headsFinite = (tree: Tree, i: number) =>
  isTensed(tree.tokens[i]!) || tree.children[i]!.some((c) => base(tree.tokens[c]!.deprel) === 'aux');

/** The tags of the words a noun phrase is made of, its determiner with them. */
export const NOUN_PHRASE_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/** The tags of a noun phrase's own words: noun, name, adjective and number (no determiner). */
export const NOMINAL = /^(?:NOUN|PROPN|ADJ|NUM)$/;

export const isVerb = (t: SynToken) => t.upos === 'VERB' || (t.xpos.startsWith('VB') && t.upos !== 'AUX');

/** The chain of heads above a token, nearest first, at most `max` long. */
export function ancestors(tree: Tree, i: number, max = 12): number[] {
  const out: number[] = [];
  let h = tree.tokens[i]!.head;
  while (h >= 0 && out.length < max && !out.includes(h)) {
    out.push(h);
    h = tree.tokens[h]!.head;
  }
  return out;
}

const BARE = new Set(['obl', 'obj', 'nmod', 'dep']);

/**
 * "The Pentagon rejected the claims as false, and both independent analysts and sources in the camp
 * told Polygraph.info…" (a real news page): a noun phrase that no preposition opens, standing
 * between a conjoined verb's "and" and the verb, is that verb's own subject whatever the parse
 * called it, so the first verb's subject is no source for it.
 */
export function ownSubjectMisread(tree: Tree, pred: number): boolean {
  if (base(tree.tokens[pred]!.deprel) !== 'conj') return false;
  const kids = tree.children[pred]!;
  const isCc = (k: number) => base(tree.tokens[k]!.deprel) === 'cc';
  // The "and" hangs on the verb or, in a misread parse, opens the noun phrase itself.
  const cc = kids.find((k) => k < pred && isCc(k));
  return kids.some((c) => {
    const t = tree.tokens[c]!;
    return (
      c < pred &&
      ((cc !== undefined && c > cc) || isCc(tree.lo[c]!)) &&
      (t.upos === 'NOUN' || t.upos === 'PROPN') &&
      BARE.has(base(t.deprel)) &&
      !tree.children[c]!.some((g) => g < c && base(tree.tokens[g]!.deprel) === 'case')
    );
  });
}
