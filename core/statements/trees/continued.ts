import type { Span, Statement } from '../../types';
import { sentenceAt } from '../../text';
import type { Ctx } from '../index';
import { SpanIndex } from '../near';
import { contentSpan, type FoundAttribution } from '../spans';
import { quoteIndexAt } from '../cues/quotes';

/**
 * A quote that goes on after its attribution is that attribution's second part: "“It's finished,”
 * she said of the election. “In my head, anyway.”" or "“I would,” she said, “I would, Donald.”".
 * The rules pass such a part on to a speaker they resolved (direct.ts); for an attribution whose
 * source they could not resolve it joins the content here, so whoever later names the source names
 * it for both parts, and an attribution without a card still reads all its words. The conditions
 * are the rules' own: in the same sentence, nothing between that could bring in another speaker;
 * in the next, a sentence that is nothing but the quote, with no clause after the cue that starts
 * someone else talking.
 */
export function continueQuotes(ctx: Ctx, statements: Statement[], unresolved: FoundAttribution[]): void {
  const { doc, quotes } = ctx;
  const { norm } = doc;
  const taken = new SpanIndex<Span>();
  for (const x of [...statements, ...unresolved]) {
    taken.add({ start: x.start, end: x.end });
    for (const c of x.content ?? []) taken.add(c);
  }
  for (const u of unresolved) {
    if (u.kind !== 'direct' || !u.cue || !u.source || u.bare) continue;
    const at = quoteIndexAt(quotes, u.start);
    const q = at >= 0 && quotes[at]!.end >= u.end ? quotes[at] : undefined;
    const next = q && quotes[at + 1];
    if (!q || !next || next.paragraph !== q.paragraph || next.unclosed) continue;
    if (taken.overlapping({ start: next.start, end: next.end }).length) continue;
    const from = Math.min(u.cue.start, u.source.start);
    const to = Math.max(u.cue.end, u.source.end);
    if (from <= q.close || to > next.open) continue;
    const cueSent = sentenceAt(doc.sentences, u.cue.start);
    const nextSent = sentenceAt(doc.sentences, next.open) ?? sentenceAt(doc.sentences, next.start);
    if (!cueSent || !nextSent) continue;
    if (nextSent.index === cueSent.index) {
      if (/\b(?:but|and|while|as|because|when|he|she|they)\b|\s\p{Lu}/u.test(norm.slice(to, next.open)))
        continue;
    } else if (nextSent.index === cueSent.index + 1) {
      if (/\S/.test(norm.slice(nextSent.start, next.open))) continue;
      if (!/^[\s.,?!]*$/.test(norm.slice(next.close + 1, Math.max(next.close + 1, nextSent.end)))) continue;
      if (/,\s+(?:and|but|while|as|before|after|when)\s/.test(norm.slice(to, cueSent.end))) continue;
    } else continue;
    const part = contentSpan(norm, { kind: 'direct', start: next.start, end: next.end }, doc.text);
    u.content = [...(u.content ?? [{ start: u.start, end: u.end }]), part];
    taken.add(part);
  }
}
