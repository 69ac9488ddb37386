import type { Sentence } from '../../types';
import type { Quote } from '../cues/quotes';
import type { Entity } from '../sources/entities';
import type { Ctx } from '../index';
import { opensFrame } from './as-frame';
import { PREDICATE_OPENING } from './clauses';
import { sentenceSubject } from '../sources/sentence-subject';

/**
 * Who speaks the quotation a colon hands over to: the subject of the clause that ends in the colon
 * ("With Democratic leaders increasingly worried…, President Obama is rolling out a new message:
 * “It's about me.”", PolNeAR), or after a spaced dash ("As Mitchell tried to discuss the race -
 * Sanders responded with a phrase: “…”"); a speaker this clause already named goes first. Searched
 * within the sentence `at` only, its words up to `end` and the speakers heard up to `said` (past a
 * listener: "Mook told CBS, “…”"), in the clause from `from` (colonClause's, unless the caller has
 * it). No one after a frame ("As the report put it: …").
 */
export function colonSpeaker(
  ctx: Ctx,
  at: Sentence,
  end: number,
  said = end,
  from = colonClause(ctx.doc.norm, at, end),
): Entity | undefined {
  const { doc } = ctx;
  if (opensFrame(doc.norm.slice(at.start, end))) return undefined;
  const clause = { ...at, start: from };
  const own = ctx
    .saidIn(at.index, said)
    .filter((h) => h.pos >= clause.start)
    .pop()?.speaker;
  return own ?? ctx.speaker(sentenceSubject(doc, ctx.entities, clause), at);
}

/** Where the clause that ends in a colon at `end` begins, in the sentence `at`. */
export function colonClause(norm: string, at: Sentence, end: number): number {
  const head = norm.slice(at.start, end);
  // Where a comma closes an appositive the verb follows, the clause opens before the appositive:
  // "Gerson, a speechwriter…, calls Cruz “…”: “…”" is Gerson's, and "According to AFP, one user
  // on Weibo, which is China's Twitter, posted: “…”" the user's, not the agency's.
  let brk = Math.max(head.lastIndexOf(', '), head.lastIndexOf(' - '));
  if (brk > 0 && PREDICATE_OPENING.test(head.slice(brk + 2, brk + 22))) {
    const opened = head.lastIndexOf(', ', brk - 1);
    brk = opened > 0 ? head.lastIndexOf(', ', opened - 1) : -1;
  }
  // A relative clause whose own comma the parse cannot see ("Buckley, who phoned in from the set of
  // “Fargo,” had a similar experience: “…”") leaves its head's clause open too.
  // (Only one closed before the colon: in "Bundy says to Santilli, who responds: “Okay!”" the
  // relative clause is the colon's, and Santilli's.)
  if (brk > 0 && /^(?:who|which|whose)\b[^:]*,["”]?\s/.test(head.slice(brk + 2)))
    brk = head.lastIndexOf(', ', brk - 1);
  return brk > 0 ? at.start + brk + 2 : at.start;
}

// What a paragraph ends on when it announces a statement made: "released the following statement:",
// "said in a letter to supporters:".
const MADE =
  /\b(?:statement|remarks|message|tweet|letter|e-?mail|post|note|response|reply|following)\b[^:"]{0,40}:\s*$/;

/**
 * "President Clinton released the following statement:¶“Hillary and I offer…”": a paragraph that
 * ends on a colon after a statement made hands over to the quotation opening the next, as a colon
 * in one does: its speaker, or null where the clause names none; undefined for any other shape.
 * (Not any colon: "…the White House was refusing to call it terrorism:¶“…”" introduces what a
 * paper reported.)
 */
export function madeBefore(ctx: Ctx, q: Quote, sent: Sentence, prev: Sentence): Entity | null | undefined {
  const { norm } = ctx.doc;
  if (q.open !== ctx.doc.paragraphs[sent.paragraph]?.start || sent.paragraph - prev.paragraph !== 1)
    return undefined;
  if (!MADE.test(norm.slice(prev.start, prev.end))) return undefined;
  let end = prev.end;
  while (end > prev.start && /\s/.test(norm[end - 1]!)) end--;
  return colonSpeaker(ctx, prev, end) ?? null;
}
