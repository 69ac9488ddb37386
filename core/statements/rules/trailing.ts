// "…was not wearing a recording device, police said.", "…, people familiar with the talks say.",
// "…, Sen. Lindsey Graham (R-S.C.) told The Huffington Post on Thursday.": a reporting verb that
// ends its sentence after a short noun phrase set off by a comma reports the clause before the
// comma, and the phrase is its source. The passes before read this shape through the parse; this
// one reads it where the parse went wrong (a source phrase tagged as a verb, "people familiar/VBP
// with the talks"; a clause too long or tangled for the tree to hang the verb on). It runs after
// them, on reporting verbs they left without words, and gives no speaker: the source phrase is
// resolved by its head in the tree as any other (trees/heads.ts), or the attribution stays unresolved.
import { datelineLength } from '../../syntax/dateline';
import { tokenize } from '../../syntax/tokenize';
import type { Tree } from '../../attribution/tree';
import type { Cue } from '../cues/cues';
import type { Ctx } from '../index';
import { cuePositions, type FoundAttribution } from '../spans';

const VERB =
  /^(?:said|says|say|added|adds|reported|reports|wrote|writes|noted|notes|told|tells|explained|explains|argued|argues|insisted|insists|warned|warns|acknowledged|acknowledges|stated|states|claimed|claims|believe|believes|suggested|suggests|predicted|predicts|estimated|estimates|confirmed|confirms)$/;
// What may follow the verb before the sentence ends: a time or a place ("on Thursday", "last
// week", "in a statement"), or for "told" its listener ("told reporters", "told The Huffington Post
// on Thursday"). No comma, quote or second clause.
const TAIL =
  /^(?:\s+(?:on|last|this|in|at|during|after|before|to|late|early|earlier|later|yesterday|today|tonight|[A-Z][a-z]+day)\b[^,;:"“”]{0,60})?\s*[.!?]["”’]?\s*$/;
const TOLD_TAIL = /^\s+[^,;:"“”]{1,70}?[.!?]["”’]?\s*$/;
// The source phrase: one to eight words, no clause of its own.
const PHRASE =
  /,\s+((?:[^\s,;:"“”]+\s+){0,7}[^\s,;:"“”]+)\s+(?:(?:has|have|had|also|later|previously|earlier|then|again)\s+){0,2}$/;
export const NOT_SOURCE =
  /^(?:as|which|who|whom|whose|that|what|and|but|or|if|when|while|because|though|although|so|than|where|how|why)$/i;
export const FINITE =
  /^(?:is|was|are|were|be|been|being|will|would|could|should|can|may|might|must|did|does|do|has|have|had|said|says|say|as)$/i;
// The writer or the reader ("…, please read the two guides I wrote.") is no source here.
export const PERSONAL = /^(?:I|you|we|me|us|please)$/i;
// A phrase the parse opens with one of these is no noun phrase.
const NOT_OPENING = new Set(['VERB', 'AUX', 'ADV', 'ADP', 'SCONJ', 'CCONJ', 'PART', 'INTJ', 'PUNCT']);

/**
 * Whether the parse reads the phrase as a clause: it opens on no noun's word, or holds a past-tense
 * verb outside a relative clause ("…, Patriot failed as predicted").
 */
export function clausal(tree: Tree | undefined, start: number, end: number): boolean {
  if (!tree) return false;
  const toks = tree.tokens.filter((t) => t.start >= start && t.end <= end);
  if (!toks.length) return false;
  if (NOT_OPENING.has(toks[0]!.upos)) return true;
  let relative = false;
  for (const t of toks) {
    if (t.xpos === 'WP' || t.xpos === 'WDT') relative = true;
    if (!relative && (t.xpos === 'VBD' || t.xpos === 'MD')) return true;
  }
  return false;
}

/**
 * Where the words of a clause start after a wire dateline that opens its sentence ("WASHINGTON —",
 * "New York (AFP) –", as core/syntax reads one), or after its dash alone where the sentence
 * splitter cut after "RENO, Nev.": the dateline says where the story was filed.
 */
function afterDateline(clause: string): number {
  const dash = /^\s*--?\s+/.exec(clause);
  if (dash) return dash[0].length;
  const spans = tokenize(clause);
  const n = datelineLength(clause, spans);
  let at = n ? spans[n - 1]!.end : 0;
  while (at < clause.length && /\s/.test(clause[at]!)) at++;
  return at;
}

export function trailingAttributions(
  ctx: Ctx,
  cues: Cue[],
  used: FoundAttribution[],
  trees?: readonly Tree[],
): FoundAttribution[] {
  const { norm } = ctx.doc;
  const taken = cuePositions(used);
  const out: FoundAttribution[] = [];
  for (const cue of cues) {
    if (!VERB.test(cue.word) || taken.has(cue.start)) continue;
    const sent = cue.sentence;
    const tail = norm.slice(cue.end, sent.end);
    if (!(cue.word === 'told' || cue.word === 'tells' ? TOLD_TAIL : TAIL).test(tail)) continue;
    const head = norm.slice(sent.start, cue.start);
    const m = PHRASE.exec(head);
    if (!m) continue;
    const words = m[1]!.split(/\s+/);
    if (NOT_SOURCE.test(words[0]!) || words.some((w) => FINITE.test(w) || PERSONAL.test(w))) continue;
    const comma = sent.start + m.index;
    const clause = norm.slice(sent.start, comma);
    // A quotation is the direct passes' to read; a clause of two words is no report.
    if (/["“”]/.test(clause) || clause.trim().split(/\s+/).length < 3) continue;
    const lead = afterDateline(clause);
    const sourceStart = comma + m[0].indexOf(m[1]!);
    if (clausal(trees?.[sent.index], sourceStart, sourceStart + m[1]!.length)) continue;
    out.push({
      kind: 'indirect',
      start: sent.start + lead,
      end: comma,
      source: { start: sourceStart, end: sourceStart + m[1]!.length },
      cue: { start: cue.start, end: cue.end },
      content: [{ start: sent.start + lead, end: comma }],
    });
  }
  return out;
}
