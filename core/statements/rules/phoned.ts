import type { Span } from '../../types';
import type { Tree } from '../../attribution/tree';

// Words of when after an object: "called his lawyer yesterday".
const WHEN =
  /^(?:yesterday|today|tonight|tomorrow|last|this|early|late|again|back|later|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
// Prepositions of where, when and with whom a call was made.
const CIRCUMSTANCE = /^(?:on|at|in|after|before|during|from|with|about|to)$/;

/**
 * "Smith called his lawyer on Monday", "She called her friend": "called" with one object and
 * nothing said of it is a call made, not a stance. What names or judges the object comes after it
 * ("called Clinton a liar", "called him crooked", "called the plan unworkable", "called her vote in
 * favor of the war a mistake", "called the plan “a disaster”"), or before it ("a law that critics
 * called anti-gay", "his ''negatives,'' he called them"); a request comes as "to" and a verb
 * ("called Congress to act"), and "called for", "called on" ask for something.
 */
export function phoned(
  norm: string,
  tree: Tree | undefined,
  names: readonly Span[],
  verb: Span,
  words: Span,
): boolean {
  if (!tree || norm.slice(verb.start, verb.end) !== 'called') return false;
  if (/"/.test(norm.slice(verb.end, Math.min(norm.length, words.end + 4)))) return false;
  const v = tree.tokens.findIndex((t) => t.start === verb.start);
  if (v < 0) return false;
  // The object fronted by a relative or "as" clause, or a quotation before the subject (read from
  // the words: the tagger may take "critics" for a verb there).
  for (let k = v - 1; k >= 0 && k >= v - 4; k--) {
    const t = tree.tokens[k]!;
    if (/^(?:that|which|what|as)$/.test(t.lower) || /^[,"]$/.test(t.text)) return false;
  }
  const toks = tree.tokens.filter((t) => t.start >= verb.end && t.end <= words.end);
  const at = (n: number) => toks[n];
  if (!at(0)) return false;
  const pronoun = at(0)!.upos === 'PRON' && at(0)!.xpos !== 'PRP$';
  let i = 0;
  if (pronoun) i = 1;
  else {
    if (at(i)!.upos === 'DET' || at(i)!.xpos === 'PRP$') i++;
    while (at(i)?.upos === 'ADJ') i++;
    const head = i;
    while (at(i) && (at(i)!.upos === 'NOUN' || at(i)!.upos === 'PROPN')) i++;
    if (i === head) return false;
    // A name run on by another ("called Clinton Crooked Hillary"): the second names the first.
    const name = names.find((n) => n.start === at(head)!.start);
    if (at(i - 1)!.upos === 'PROPN' && (name ? name.end < at(i - 1)!.end : i - head > 2)) return false;
  }
  const next = at(i);
  // A pronoun alone may stand for what was named before it; only a circumstance after it says call.
  if (!next || /^[.;]$/.test(next.text)) return !pronoun;
  if (WHEN.test(next.text)) return true;
  if (!CIRCUMSTANCE.test(next.lower)) return false;
  if (next.lower === 'to' && at(i + 1)?.upos === 'VERB') return false;
  // …and nothing named after the circumstance ("…in favor of the war a mistake").
  return !toks.slice(i + 1).some((t) => /^(?:a|an)$/.test(t.lower) || t.upos === 'ADJ');
}
