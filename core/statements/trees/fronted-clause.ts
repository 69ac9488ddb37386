import type { PreparedText } from '../../types';
import { sentenceAt } from '../../text';
import { isTensed, type Tree } from '../../attribution/tree';

// A subordinate clause that opens the sentence, with no comma before its reporting verb: "While the
// president has repeatedly said…", "When Rubio thanked Miami and said…". ("As the Post reported,
// …" is left out: there the main clause is what was reported.)
// So is an absolute "with" ("With a majority saying they distrust her, even allies questioned…") and
// a relative in an opening phrase ("And in an election year in which a majority of Americans say
// they do not trust Mrs. Clinton, even some allies questioned…").
const OPENING =
  /^\s*"?\s*(?:(?:But|And|Yet|So)\s+)?(?:(?:When|Whenever|While|Whilst|Because|Although|Though|Even though|Even as|Since|Before|After|Once|Until|Unless|If|With)\s[^,;:"]*|(?:in|on|at|during|amid|for)\s[^,;:"]*\b(?:in|on|at|during)\s+which\s[^,;:"]*)$/i;
// What a main clause's subject is made of, up to its verb: "his administration", "27 percent of
// those who named a candidate" (whose "named" is verb enough: the comma ends the opening clause).
const SUBJECT = /^(?:DT|PDT|PRP|PRP\$|JJ|JJR|JJS|NN|NNS|NNP|NNPS|CD|POS|EX|RB)$/;

/**
 * "While the president has repeatedly said he opposes sending Americans to fight, his
 * administration carves out exceptions": a reporting verb inside a clause that opens the sentence
 * reports no more than that clause holds; after the comma the main clause, with a subject and verb
 * of its own, is the reporter's. Read from the tags (the parse often misplaces such a clause):
 * where the words run past that comma, the offset to end them at; else undefined.
 */
export function frontedClauseEnd(
  doc: PreparedText,
  tree: Tree,
  cue: { start: number },
  c: { start: number; end: number },
): number | undefined {
  const sent = sentenceAt(doc.sentences, cue.start);
  if (!sent || !OPENING.test(doc.norm.slice(sent.start, cue.start))) return undefined;
  const toks = tree.tokens;
  for (let i = 0; i + 2 < toks.length; i++) {
    const t = toks[i]!;
    if (t.start <= c.start || t.end > c.end) continue;
    if (tree.quoted[i]) continue;
    // The words' own clauses joined to it are theirs: "…said he opposes it, and that he…".
    if (t.text !== ',' || /^(?:and|but|or|which|who|that|because|while)$/.test(toks[i + 1]!.lower)) continue;
    let j = i + 1;
    while (
      j < toks.length &&
      j <= i + 8 &&
      (SUBJECT.test(toks[j]!.xpos) || /^(?:of|who)$/.test(toks[j]!.lower)) &&
      !tree.quoted[j]
    )
      j++;
    const verb = toks[j];
    if (j === i + 1 || !verb) continue;
    // The tagger may read a past tense as a participle after a noun ("a man yelled “Stay there!”",
    // "allies questioned why…"); it is the verb where words, a question or a quotation follow, not
    // "by" as in "a measure backed by…".
    const said = verb.xpos === 'VBN' && /^(?:"|:|that|why|whether|how|what)$/.test(toks[j + 1]?.lower ?? '');
    if (!isTensed(verb) && !said) continue;
    let end = t.start;
    while (end > c.start && /\s/.test(doc.norm[end - 1]!)) end--;
    return end > c.start ? end : undefined;
  }
  return undefined;
}
