import type { SynToken } from './analyze';
import { childrenOf } from './children';

// Verbs that take a listener and then what was said to them ("told a meeting of leaders that…",
// "assured the crowd that…"): after one, a "that" clause is what was said, not a relative clause
// of the listener.
export const TELLING =
  /^(?:tell|tells|told|telling|(?:re)?assur(?:e|es|ed|ing)|warn(?:s|ed|ing)?|remind(?:s|ed|ing)?|inform(?:s|ed|ing)?|notif(?:y|ies|ied|ying)|convinc(?:e|es|ed|ing)|persuad(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|advis(?:e|es|ed|ing)|caution(?:s|ed|ing)?|alert(?:s|ed|ing)?)$/;

/** What a clause holds besides its subject that leaves it no gap for a relative pronoun to fill. */
const FILLED = new Set(['obj', 'ccomp', 'xcomp', 'cop', 'nsubj:pass', 'csubj', 'expl', 'iobj']);

/** Relations by which a noun stays part of the phrase it belongs to ("a meeting of … leaders"). */
const IN_PHRASE = new Set(['nmod', 'compound', 'flat', 'appos', 'amod', 'nmod:poss']);

/**
 * A relative clause has a gap: its "that" stands for a missing subject or object. The parser
 * sometimes hangs a "that" clause with its own subject and its object or complement in place from
 * the noun before it ("he told a meeting of Pacific Island leaders that few people understood the
 * stakes", "Sanders' accusations that the campaign is violating the law"), making the "that" a second
 * subject. Such a clause is a complement: what a telling verb's listener was told (re-hung as
 * that verb's `ccomp`), else the content of its noun (`acl`); its "that" is the `mark`. Changes
 * `tokens` in place; a tree the parser made valid is left as it is.
 */
export function thatComplements(tokens: SynToken[]): void {
  const n = tokens.length;
  if (n < 4) return;
  const kids = childrenOf(tokens);
  for (let v = 0; v < n; v++) {
    const verb = tokens[v]!;
    if (verb.deprel !== 'acl:relcl') continue;
    const that = kids[v]!.find((c) => tokens[c]!.lower === 'that' && tokens[c]!.deprel === 'nsubj');
    if (that === undefined || that > v) continue;
    const own = kids[v]!.some((c) => c > that && c < v && tokens[c]!.deprel.startsWith('nsubj'));
    if (!own || !kids[v]!.some((c) => FILLED.has(tokens[c]!.deprel))) continue;
    // The clause must open right after its noun's phrase: "that" is its first word.
    if (kids[v]!.some((c) => c < that)) continue;
    tokens[that] = { ...tokens[that]!, upos: 'SCONJ', xpos: 'IN', deprel: 'mark' };
    const teller = tellingVerb(tokens, verb.head);
    tokens[v] =
      teller === undefined ? { ...verb, deprel: 'acl' } : { ...verb, head: teller, deprel: 'ccomp' };
  }
}

/** The telling verb whose listener the noun at `noun` is part of, if any. */
function tellingVerb(tokens: SynToken[], noun: number): number | undefined {
  let at = noun;
  for (let steps = 0; steps < 6; steps++) {
    const t = tokens[at];
    if (!t) return undefined;
    if (IN_PHRASE.has(t.deprel)) {
      at = t.head;
      continue;
    }
    if (t.deprel !== 'obj' && t.deprel !== 'iobj' && t.deprel !== 'obl') return undefined;
    const head = tokens[t.head];
    return head && TELLING.test(head.lower) ? t.head : undefined;
  }
  return undefined;
}
