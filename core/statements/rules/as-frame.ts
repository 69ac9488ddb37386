// "As Comey noted, people involved in the case could still face sanctions.", "…is a classic
// scare tactic, as David Dayen noted in The Intercept.": an "as" clause with a reporting verb frames
// the clause it opens or closes, and its subject is that clause's source (PolNeAR train annotates
// such frames so). The passes before read the verb with no words (the parse hangs the main clause
// above it, not under it), and "put it" is no verb of saying to the cue lexicon. Like the trailing
// pass, this gives no speaker: the source phrase is resolved by its head in the tree
// (trees/heads.ts), or the attribution stays unresolved.
import type { Tree } from '../../attribution/tree';
import type { Ctx } from '../index';
import { cuePositions, type FoundAttribution } from '../spans';
import { FINITE, NOT_SOURCE, PERSONAL, clausal } from './trailing';

// The source phrase (one to six words, no comma, quote or clause), an auxiliary or adverb or two,
// the verb, and what may follow it before the clause ends: a time, a place or a medium ("in The
// Intercept", "last week"), or for "told" its listener.
const FRAME =
  /\b([Aa]s)\s+((?:[^\s,;:"“”()]+\s+){0,5}?[^\s,;:"“”()]+)\s+((?:(?:has|have|had|also|once|later|recently|previously|often|famously|rightly)\s+){0,2})(put it|pointed out|points out|said|says|noted|notes|wrote|writes|explained|explains|argued|argues|observed|observes|reported|reports|told [^\s,;:"“”()]+(?:\s+[^\s,;:"“”()]+)?)((?:\s+(?:on|in|at|during|last|this|earlier|later|recently|yesterday|today|before|after)\b[^,;:"“”()]{0,50})?)\s*([,:]|(?=[.!?]["”’]?\s*$))/dg;
// The same frame as the whole of a sentence's head before a quotation.
const FRAME_HEAD = new RegExp(`^\\s*["“]?\\s*(?:${FRAME.source})\\s*$`);

/**
 * Whether `head` (a sentence up to a quotation) is an "as" frame alone: "As Professor Foner put it:
 * “…”" is read by this pass, with its cue, rather than as a name before a colon.
 */
export const opensFrame = (head: string): boolean => FRAME_HEAD.test(head);

/**
 * Where a frame's words are: the rest of the sentence after it (`sep` the comma or colon that
 * closes the frame, at `close`), or the sentence before it (`sep` empty: the frame ends the
 * sentence).
 */
function framed(
  norm: string,
  sent: { start: number; end: number },
  at: number,
  close: number,
  sep: string,
): { start: number; end: number } | undefined {
  const before = norm.slice(sent.start, at);
  const last = sent.start + norm.slice(sent.start, sent.end).replace(/[\s.!?:;"”’]+$/, '').length;
  if (sep) {
    // Opening the sentence, or its second clause after "and" or "but": the words follow.
    if (
      !/^\s*["“]?\s*(?:(?:And|But|Yet|So|Still),?\s+)?$/.test(before) &&
      !/,\s+(?:and|but)\s+$/.test(before)
    )
      return undefined;
    let start = close + 1;
    while (start < sent.end && /\s/.test(norm[start]!)) start++;
    const quoted = /^["“]/.test(norm.slice(start, start + 1));
    const end = quoted ? sent.start + norm.slice(sent.start, sent.end).trimEnd().length : last;
    return end - start > 10 ? { start, end } : undefined;
  }
  // Closing the sentence, set off by a comma: ", as X noted." The words are the sentence before it.
  const comma = /,\s+$/.exec(before);
  if (!comma) return undefined;
  const start = sent.start + /^\s*(?:(?:And|But|Yet|So)\s+)?/.exec(before)![0].length;
  const end = at - comma[0].length;
  return end - start > 10 ? { start, end } : undefined;
}

/** "as"-clause frames whose verb no attribution in `used` already holds. */
export function asFrames(ctx: Ctx, used: FoundAttribution[], trees?: readonly Tree[]): FoundAttribution[] {
  const { norm } = ctx.doc;
  const taken = cuePositions(used);
  const out: FoundAttribution[] = [];
  for (const sent of ctx.doc.sentences) {
    const words = norm.slice(sent.start, sent.end);
    for (const m of words.matchAll(FRAME)) {
      const phrase = m[2]!.split(/\s+/);
      if (NOT_SOURCE.test(phrase[0]!) || phrase.some((w) => FINITE.test(w) || PERSONAL.test(w))) continue;
      // A phrase in lower case that names no one ("as expected", "as it turned out") is no source.
      if (!/^[A-Z]|^(?:the|a|an|one|many|some|critics|officials|experts|analysts)\b/.test(m[2]!)) continue;
      const at = sent.start + m.index!;
      const sourceStart = sent.start + m.indices![2]![0];
      const cueStart = sent.start + m.indices![4]![0];
      if (taken.has(cueStart)) continue;
      if (clausal(trees?.[sent.index], sourceStart, sourceStart + m[2]!.length)) continue;
      const span = framed(norm, sent, at, sent.start + m.indices![6]![0], m[6]!);
      if (!span) continue;
      const text = norm.slice(span.start, span.end);
      const quote = /^["“][^"“”]*["”][.,!?]?$/.test(text);
      const verb = m[4]!.startsWith('told') ? 'told' : m[4]!;
      out.push({
        kind: quote ? 'direct' : 'indirect',
        start: span.start,
        end: span.end,
        source: { start: sourceStart, end: sourceStart + m[2]!.length },
        cue: { start: cueStart, end: cueStart + verb.length },
        content: [span],
      });
    }
  }
  return out;
}
