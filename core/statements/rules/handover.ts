// Who a quote is handed to by a verb right before it ("Fans chanted, “Build a wall,”…"): that
// subject has the quote, so a source after it or a clause around it does not.
import type { Span } from '../../types';
import { sentenceAt } from '../../text';
import { lastBefore, type Entity } from '../sources/entities';
import { afterListener } from './clauses';
import type { Ctx } from '../index';
import type { Quote } from '../cues/quotes';
import { subjectBefore } from '../sources/speakers';

/**
 * The subject of a verb right before the quote that hands over to it with a comma or colon ("Fans
 * chanted, “…”", "shouted: “…”"): a source the text names there, else the words since the clause
 * began (a crowd, "someone in the audience"). Not a pronoun, which may be anyone already named, nor
 * a verb joined to an earlier one ("…but added, “…”").
 */
function handedOverBy(ctx: Ctx, q: Quote): (Span & { id?: string }) | undefined {
  const { doc } = ctx;
  const sent = sentenceAt(doc.sentences, q.open);
  if (!sent) return undefined;
  for (const k of ctx.cuesOf(sent)) {
    if (k.end > q.open || (k.kind !== 'speech' && k.kind !== 'quoteOnly' && k.kind !== 'participle'))
      continue;
    // "telling him, “…”": the listener stands between.
    // "his wife whispered to him: “…”": so does one spoken to.
    const to = TO_LISTENER.exec(doc.norm.slice(k.end, k.end + 40));
    const end = k.word === 'telling' ? afterListener(doc.norm, k.end) : k.end + (to ? to[0].length : 0);
    if (!/^\s*[,:]\s*$/.test(doc.norm.slice(end, q.open))) continue;
    // "Pence recalled Trump telling him, “…”", "The ad shows Trump saying, “…”", "quoted Trump as
    // saying, “…”": a name right before a participle, with no comma between, is its own subject.
    if (k.kind === 'participle') {
      const near = ctx.entities[lastBefore(ctx.entities, k.start)];
      if (
        near &&
        !near.modifier &&
        near.start > sent.start &&
        /^\s+(?:as\s+)?$/.test(doc.norm.slice(near.end, k.start))
      )
        return PRONOUN_SUBJECT.test(near.name) ? undefined : near;
      continue;
    }
    // "went on to say, “…”": an infinitive's subject is its clause's.
    if (/\bto\s+$/i.test(doc.norm.slice(Math.max(sent.start, k.start - 4), k.start))) continue;
    const e = subjectBefore(doc, ctx.entities, sent, k.start, false);
    if (e) return PRONOUN_SUBJECT.test(e.name) ? undefined : e;
    const head = doc.norm.slice(sent.start, k.start);
    const open = CLAUSE_OPEN.exec(head);
    const from = sent.start + (open ? open.index + open[0].length : 0);
    const phrase = doc.norm
      .slice(from, k.start)
      .trim()
      .replace(/(?:\s+(?:\w+ly|also|then|later|again|too|once))+$/i, '');
    if (!phrase || phrase.split(/\s+/).length > 8 || JOINED_END.test(phrase)) return undefined;
    return { start: from, end: from + phrase.length };
  }
  return undefined;
}

const TO_LISTENER =
  /^\s+to\s+(?:him|her|them|me|us|reporters|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})(?=\s*[,:])/;
const PRONOUN_SUBJECT = /^(?:he|she|they|it|who|I|we)$/i;
// Where the clause of a verb begins: after the sentence's last comma, semicolon, colon or dash, or
// after a subordinating word ("When someone in the audience shouted").
const CLAUSE_OPEN =
  /(?:[,;:]\s+|\s-{1,2}\s+|\b(?:when|as|after|while|before|because|if|since|until|although|though)\s+)(?!.*(?:[,;:]\s|\s-{1,2}\s|\b(?:when|as|after|while|before|because|if|since|until|although|though)\s))/i;
const JOINED_END = /(?:^|\s)(?:and|but|or|he|she|they|it|we|I|who)$/i;

/**
 * Whether a verb right before the quote hands it to someone other than `speaker` (handedOverBy;
 * no speaker at all counts as someone other), its subject within `clause` when one is given.
 */
export function handedElsewhere(ctx: Ctx, q: Quote, speaker: Entity | undefined, clause?: Span): boolean {
  const h = handedOverBy(ctx, q);
  if (!h || (clause && h.start < clause.start)) return false;
  // The same actor, or the same words.
  return (
    !speaker || (h.id !== undefined ? h.id !== speaker.id : !(h.start < speaker.end && speaker.start < h.end))
  );
}
