import type { SynToken } from './analyze';
import { childrenOf, extent } from './children';

/** What stands between a subject and its verb. */
const BEFORE_VERB = new Set(['advmod', 'aux', 'aux:pass']);

/** Relations that make a verb's subject. */
const SUBJECT = /^(?:nsubj|csubj|expl)/;

/**
 * A finite verb has a subject. The parser sometimes hangs the noun phrase right before one from
 * something earlier ("Democrats" as a conjunct of "the investigation", "a majority of Americans" as
 * the object of "said", "Trump campaign spokesman Jason Miller" as an oblique) and leaves the verb
 * with none, so the verb's words lose their speaker. Such a phrase is the verb's subject: a finite
 * verb (VBD, VBZ, VBP, or any form after an auxiliary) with no subject, not a relative clause's
 * (whose subject is its relative word) nor a conjunct's (which shares the first verb's), and right
 * before it a noun phrase that has no preposition of its own and is no other verb's subject. A finite verb hung as `acl` from a
 * verb (a relation only nouns take) after "and" becomes that verb's conjunct. Changes `tokens` in
 * place.
 */
export function missingSubjects(tokens: SynToken[]): void {
  const n = tokens.length;
  if (n < 3) return;
  const kids = childrenOf(tokens);
  for (let v = 1; v < n; v++) {
    const verb = tokens[v]!;
    // Finite by its tense or by an auxiliary before it ("Trump has vowed", "officials will say").
    const tensed = /^VB[DZP]$/.test(verb.xpos);
    const auxiliary = kids[v]!.some((c) => c < v && tokens[c]!.deprel.startsWith('aux'));
    if (verb.upos !== 'VERB' || (!tensed && !auxiliary)) continue;
    // An auxiliary or a relative clause's or a conjunct's verb takes its subject elsewhere.
    if (verb.deprel === 'conj' || verb.deprel === 'acl:relcl' || verb.deprel.startsWith('aux')) continue;
    if (kids[v]!.some((c) => SUBJECT.test(tokens[c]!.deprel))) continue;
    const subject = phraseBefore(tokens, kids, v);
    if (subject === undefined) continue;
    // "says President Barack Obama and the party's leaders should call…": before an auxiliary the
    // whole coordination may be the subject, which a conjunct alone would cut in two; a tensed verb
    // after "and" is more often a clause of its own ("…the investigation and Democrats accused").
    if (!tensed && tokens[subject]!.deprel === 'conj') continue;
    const passive = kids[v]!.some((c) => tokens[c]!.deprel === 'aux:pass');
    const oldHead = tokens[subject]!.head;
    const wasObject = tokens[subject]!.deprel === 'obj' && tokens[oldHead]?.upos === 'VERB';
    tokens[subject] = { ...tokens[subject]!, head: v, deprel: passive ? 'nsubj:pass' : 'nsubj' };
    kids[oldHead]?.splice(kids[oldHead]!.indexOf(subject), 1);
    kids[v]!.push(subject);
    // "…and Democrats accused": the conjunction the phrase held as a conjunct joins the verb now.
    const cc = kids[subject]!.find((c) => c < subject && tokens[c]!.deprel === 'cc');
    if (cc !== undefined) tokens[cc] = { ...tokens[cc]!, head: v };
    // "suggesting the second debate erased all memory…": what was the object of a verb before is
    // the subject of that verb's complement clause.
    if (wasObject && !dominates(tokens, v, oldHead)) {
      tokens[v] = { ...tokens[v]!, head: oldHead, deprel: 'ccomp' };
      continue;
    }
    const joined = cc !== undefined || tokens[extent(kids, subject)[0] - 1]?.upos === 'CCONJ';
    if (verb.deprel === 'acl' && tokens[verb.head]?.upos === 'VERB' && joined)
      tokens[v] = { ...verb, deprel: 'conj' };
  }
}

/**
 * The head of the noun phrase that ends right before `v`: from the word before it up through a
 * name's later words (`flat`) and "of" phrases (`nmod`, "a majority of Americans") and
 * appositions ("spokesman Jason Miller") to the phrase's head, which must not be a preposition's
 * object, another verb's subject, or above `v` in the tree.
 */
function phraseBefore(tokens: SynToken[], kids: number[][], v: number): number | undefined {
  // Past the verb's own adverbs and auxiliaries ("the union also stepped in", "Trump has vowed").
  let start = v;
  while (start > 0 && tokens[start - 1]!.head === v && BEFORE_VERB.has(tokens[start - 1]!.deprel)) start--;
  if (start === 0) return undefined;
  const prev = tokens[start - 1]!;
  if (prev.upos !== 'NOUN' && prev.upos !== 'PROPN' && prev.upos !== 'PRON') return undefined;
  // "deep emissions cuts": a word the parser made part of the verb's own noun phrase says the verb is a
  // noun the tagger mistook; there is no clause to mend.
  if (prev.head === v && prev.deprel !== 'nsubj' && prev.deprel !== 'obj') return undefined;
  // "enact deep emissions cuts", "called climate change a hoax": after a common noun a present-tense
  // "verb" is as often a noun the tagger misread, so only a name or a pronoun is taken before one.
  if (/^VB[ZP]$/.test(tokens[v]!.xpos) && start === v && prev.upos === 'NOUN') return undefined;
  let at = start - 1;
  let climbedOf = false;
  for (let steps = 0; steps < 8; steps++) {
    const t = tokens[at]!;
    const h = t.head;
    if (h < 0 || h >= at) break;
    // One "of" phrase at most ("a majority of Americans", "eight of 10 voters"): a longer chain of
    // phrases is more often one the verb does not belong to.
    const ofPhrase =
      t.deprel === 'nmod' &&
      !climbedOf &&
      kids[at]!.some((c) => tokens[c]!.lower === 'of' && tokens[c]!.deprel === 'case');
    if (t.deprel !== 'flat' && t.deprel !== 'appos' && !ofPhrase) break;
    if (ofPhrase) climbedOf = true;
    const head = tokens[h]!;
    if (head.upos !== 'NOUN' && head.upos !== 'PROPN' && head.upos !== 'PRON' && head.upos !== 'NUM') break;
    at = h;
  }
  const head = tokens[at]!;
  if (SUBJECT.test(head.deprel) || head.deprel === 'root') return undefined;
  if (kids[at]!.some((c) => tokens[c]!.deprel === 'case')) return undefined;
  // The phrase must end right before the verb and not hold it.
  if (extent(kids, at)[1] !== start - 1) return undefined;
  return dominates(tokens, at, v) ? undefined : at;
}

/** Whether `i` is above `j` in the tree (a malformed cycle ends the walk). */
function dominates(tokens: SynToken[], i: number, j: number): boolean {
  for (
    let a = tokens[j]?.head ?? -1, steps = 0;
    a >= 0 && a < tokens.length && steps < tokens.length;
    steps++
  ) {
    if (a === i) return true;
    a = tokens[a]!.head;
  }
  return false;
}
