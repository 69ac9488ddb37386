// What the cue handlers share: emitting a statement for a source and a clause, and the checks on
// statements already found around a cue.
import type { Sentence, Span, StatementKind } from '../../types';
import type { Cue } from '../cues/cues';
import type { Entity } from '../sources/entities';
import type { Clause } from '../build';
import type { Ctx } from '../index';
import { quoteAt } from '../cues/quotes';
import { PRONOUNS } from '../sources/speakers';

/**
 * The first comma in [from, to) that breaks the clause, or -1: searched within the clause only. A
 * comma between digits groups thousands ("as many as 250,000 Syrian refugees" had ended at "250").
 */
export function commaIn(norm: string, from: number, to: number): number {
  const end = Math.min(to, norm.length);
  for (let i = Math.max(0, from); i < end; i++)
    if (norm.charCodeAt(i) === 44 && !(isDigit(norm.charCodeAt(i - 1)) && isDigit(norm.charCodeAt(i + 1))))
      return i;
  return -1;
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/** Statements already found in this sentence that hold `pos` in their text. */
export function inside(ctx: Ctx, sent: Sentence, pos: number) {
  return ctx.statementsNear(sent.index).find((s) => s.start <= pos && s.end > pos);
}

/**
 * A nested attribution gets its own line only for a person or an unnamed source other than the
 * reporter (CONVENTIONS 6: official → Zelensky "hoped", Herbst → Putin "seeks"); a government
 * inside a spokesperson's words is the spokesperson's own paraphrase (Stefanishyna's "Kyiv
 * wanted…").
 */
export function nestedOk(ctx: Ctx, sent: Sentence, cue: Cue, who: Entity): boolean {
  const outer = inside(ctx, sent, cue.start);
  if (!outer) return true;
  // A pronoun inside someone's words is theirs or unclear: "Trump said he was ready".
  if (outer.speaker === who.name || PRONOUNS.test(who.name)) return false;
  return who.type === 'person' || who.unnamed === true;
}

export function emitClause(
  ctx: Ctx,
  who: Entity | undefined,
  kind: StatementKind,
  span: Clause | undefined,
  cue: Cue,
) {
  if (!who) return;
  const r = ctx.speaker(who, cue.sentence);
  if (!r) {
    // Left out of the statements, but the attribution is there to see ("he said …").
    if (span && who.end > who.start && !who.modifier) ctx.out.note(kind, who, span, cue);
    return;
  }
  if (!span) {
    // "he posted a message saying that…": the participle after it speaks for the same subject.
    if (cue.kind === 'speech') {
      ctx.subjectIn.set(cue.sentence.index, r);
      ctx.heard({ ...r, start: who.start, end: who.end }, cue.sentence, cue.start);
    }
    return;
  }
  // A complement that is nothing but a quote is a direct statement only (CONVENTIONS 2: Umerov
  // "said Tuesday that “our delegations…”", "Trump said: “You know…”").
  if (quoteOnly(ctx.doc.norm, span)) {
    const q = quoteAt(ctx.quotes, span.start);
    if (q && q.start > span.start && q.close >= span.end - 1)
      ctx.emit(
        { ...r, start: who.start, end: who.end },
        'direct',
        { start: q.start, end: q.end },
        cue.sentence,
        cue,
      );
    return;
  }
  ctx.emit({ ...r, start: who.start, end: who.end }, kind, span, cue.sentence, cue);
}

/** Whether the words are nothing but one quotation (its closing mark may be missing). */
export const quoteOnly = (norm: string, span: Span) =>
  /^"[^"]*"?$/.test(norm.slice(span.start, span.end).trim());

export function trim(norm: string, start: number, end: number): Span | undefined {
  while (start < end && /[\s,:]/.test(norm[start]!)) start++;
  while (end > start && /[\s,;:.-]/.test(norm[end - 1]!)) end--;
  return end > start ? { start, end } : undefined;
}
