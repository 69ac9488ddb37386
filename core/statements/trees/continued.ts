import type { Sentence, Span, Statement } from '../../types';
import { sentenceAt } from '../../text';
import type { Ctx } from '../index';
import { SpanIndex } from '../near';
import { contentSpan, type FoundAttribution } from '../spans';
import { quoteIndexAt, type Quote } from '../cues/quotes';
import { anotherVoiceBetween } from '../rules/handover';
import type { Entity } from '../sources/entities';

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
export function continueQuotes(
  ctx: Ctx,
  statements: Statement[],
  unresolved: FoundAttribution[],
  made: Set<Statement> = new Set(),
): void {
  const { doc } = ctx;
  const { norm } = doc;
  const taken = new SpanIndex<Span>();
  for (const x of [...statements, ...unresolved]) {
    taken.add({ start: x.start, end: x.end });
    for (const c of x.content ?? []) taken.add(c);
  }
  for (const u of unresolved) {
    const next = nextPart(ctx, u, taken);
    if (!next) continue;
    const part = contentSpan(norm, { kind: 'direct', start: next.q.start, end: next.q.end }, doc.text);
    u.content = [...(u.content ?? [{ start: u.start, end: u.end }]), part];
    taken.add(part);
  }
  // A quotation the models gave a speaker the rules could not ("“We stand with Ukraine,” the
  // statement said. “Our support will not waver.”") goes on the same way, as the rules' own do.
  for (const st of [...made]) {
    const who = ctx.speakerOf.get(st);
    const next = who && nextPart(ctx, st, taken);
    if (!who || !next) continue;
    const added = emitPart(ctx, who, next.q, next.sent);
    if (!added) continue;
    taken.add({ start: added.start, end: added.end });
    // Judged by the confidence threshold as the statement it continues is.
    made.add(added);
  }
}

/** A second part as a statement of its own; its words keep their quotation marks, as the rules' parts do. */
function emitPart(ctx: Ctx, who: Entity, q: Quote, sent: Sentence): Statement | undefined {
  const added = ctx.emit(who, 'direct', { start: q.start, end: q.end }, sent);
  if (!added) return undefined;
  const words = contentSpan(
    ctx.doc.norm,
    { kind: 'direct', start: added.start, end: added.end },
    ctx.doc.text,
  );
  if (words.start !== added.start || words.end !== added.end) added.content = [words];
  return added;
}

/** The quotation that continues `u`'s in the same or the next sentence, on the rules' conditions. */
function nextPart(
  ctx: Ctx,
  u: FoundAttribution,
  taken: SpanIndex<Span>,
): { q: Quote; sent: Sentence } | undefined {
  const { doc, quotes } = ctx;
  const { norm } = doc;
  if (u.kind !== 'direct' || !u.cue || !u.source || u.bare) return undefined;
  const at = quoteIndexAt(quotes, u.start);
  // The words may run to the closing mark ("We stand with Ukraine," as the models read a quote).
  const q = at >= 0 && quotes[at]!.close >= u.end ? quotes[at] : undefined;
  const next = q && quotes[at + 1];
  if (!q || !next || next.paragraph !== q.paragraph || next.unclosed) return undefined;
  if (taken.overlapping({ start: next.start, end: next.end }).length) return undefined;
  const from = Math.min(u.cue.start, u.source.start);
  const to = Math.max(u.cue.end, u.source.end);
  if (from <= q.close || to > next.open) return undefined;
  const cueSent = sentenceAt(doc.sentences, u.cue.start);
  const nextSent = sentenceAt(doc.sentences, next.open) ?? sentenceAt(doc.sentences, next.start);
  if (!cueSent || !nextSent) return undefined;
  if (nextSent.index === cueSent.index) {
    if (anotherVoiceBetween(norm.slice(to, next.open), norm.slice(u.cue.start, u.cue.end))) return undefined;
  } else if (nextSent.index === cueSent.index + 1) {
    if (/\S/.test(norm.slice(nextSent.start, next.open))) return undefined;
    if (!/^[\s.,?!]*$/.test(norm.slice(next.close + 1, Math.max(next.close + 1, nextSent.end))))
      return undefined;
    if (/,\s+(?:and|but|while|as|before|after|when)\s/.test(norm.slice(to, cueSent.end))) return undefined;
  } else return undefined;
  return { q: next, sent: nextSent };
}

/**
 * A statement the heads resolved from an attribution with a second part ("“…,” the doctors stated.
 * “Many people… will be at an even higher risk.”") shows that part on the card as a statement of
 * its own, as the rules' and the models' second parts are; the attribution's content keeps both.
 */
export function partsOnCards(ctx: Ctx, resolved: Set<Statement>): void {
  for (const st of [...resolved]) {
    const who = ctx.speakerOf.get(st);
    if (!who || st.kind !== 'direct' || !st.content) continue;
    for (const part of st.content) {
      if (part.start < st.end) continue;
      const q = ctx.quotes[quoteIndexAt(ctx.quotes, part.start)];
      const sent = q && sentenceAt(ctx.doc.sentences, q.open);
      if (!q || !sent || q.start < st.end) continue;
      const added = emitPart(ctx, who, q, sent);
      if (added) resolved.add(added);
    }
  }
}
