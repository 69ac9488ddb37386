// A headline's attribution: "Obama Says African-American Museum Will Tell of 'Suffering and
// Delight.'", "Chris Christie Calls Hillary Clinton ‘A Disgrace’ Over Police Shooting Comments",
// "Clinton Hid Past Health Problems From Public, Former White House Doctor Says". Title case hides
// the verb from the tagger and the cue finder (a capitalised "Says" reads as part of a name), so the
// clause passes find nothing there; a quarter of PolNeAR's texts open with such a line.
import type { Sentence, Span, StatementKind } from '../../types';
import { sentenceAt } from '../../text';
import type { Ctx } from '../index';
import type { Entity } from '../sources/entities';
import speech from '../../../data/lexicons/speech-verbs.json';
import stance from '../../../data/lexicons/stance-verbs.json';
import { PLURAL_VERB } from '../cues/cues';

// Verbs in the present tense, as headlines put them: speech verbs report words, the rest a stance.
const present = (ws: string[]) => ws.filter((w) => /[^s]s$/.test(w) && !/ss$/.test(w));
const SPEECH = new Set(present(speech.that));
const STANCE = new Set([...present(stance.verbs), ...speech.headline]);
/** A headline is one short line: no sentence inside it ends and another begins. */
const MAX_WORDS = 20;

/**
 * Where a known actor's name starts, when its mention ends at `e.end`: the mention's own start, or
 * earlier where a headline's capitals kept the actors stage from seeing the whole name ("Chris
 * Christie Calls…" gives the mention "Christie"), if the words there spell the actor's name.
 */
function nameStart(norm: string, e: Entity, from: number): number | undefined {
  if (!e.id || e.unnamed || e.modifier) return undefined;
  // A place stands for its government only where it is the government's own name: "Germany
  // pledges…", not "Paris attacks test Clinton's strategy".
  if (e.type === 'government' && norm.slice(e.start, e.end) !== e.name) return undefined;
  if (e.start === from) return from;
  const at = e.end - e.name.length;
  return at >= from && norm.slice(at, e.end) === e.name ? at : undefined;
}

/**
 * Reads the first paragraph as a headline when the clause passes read nothing there: "<Actor>
 * <verb>s <words>", or "<words>, <Actor> Says". Only a known actor speaks (a headline's capitals
 * make any other phrase look like a name), and only with the verb right after the whole name
 * ("Obama Administration Says…" is not Obama's).
 */
export function headline(ctx: Ctx): void {
  const { doc } = ctx;
  const { norm } = doc;
  const p = doc.paragraphs[0];
  if (!p) return;
  const line = norm.slice(p.start, p.end);
  if (line.trim().split(/\s+/).length > MAX_WORDS || /[.!?]"?\s+["A-Z]/.test(line.trimEnd())) return;
  const sent = sentenceAt(doc.sentences, p.start);
  if (!sent) return;
  if (ctx.statementsNear(sent.index).some((s) => s.start < p.end)) return;
  let end = p.end;
  while (end > p.start && /[\s.;:]/.test(norm[end - 1]!)) end--;
  const first = p.start + (line.length - line.trimStart().length);
  for (const e of ctx.entities) {
    if (e.start < p.start) continue;
    if (e.start >= end) break;
    if (nameStart(norm, e, first) === first) {
      const verb = /^\s+([A-Za-z]+)\s+/.exec(norm.slice(e.end, end));
      if (!verb) continue;
      const word = verb[1]!.toLowerCase();
      // "Trump Claims Are False, Fact-Checkers Say": before a plural verb the word is a noun.
      const after = /^[A-Za-z]+/.exec(norm.slice(e.end + verb[0].length, end))?.[0];
      if (after && PLURAL_VERB.test(after.toLowerCase())) return;
      const cue = { start: e.end + verb[0].indexOf(verb[1]!), end: e.end + verb[0].trimEnd().length };
      const who = { ...e, start: first };
      // "Ben Carson Hints at Major Campaign Shakeup": the words after the preposition.
      const prep = /^(?:at|about|of|on)\s+/i.exec(norm.slice(e.end + verb[0].length, end));
      const from = e.end + verb[0].length + (prep ? prep[0].length : 0);
      if (SPEECH.has(word)) emit(ctx, who, 'indirect', { start: from, end }, sent, cue);
      else if (STANCE.has(word)) emit(ctx, who, 'position', { start: cue.start, end }, sent, cue);
      return;
    }
    // "…, Former White House Doctor Says": the source is the line's last words before the verb.
    const says = /^\s+(says|say)\s*$/i.exec(norm.slice(e.end, end));
    const at = says ? nameStart(norm, e, first) : undefined;
    const comma = at !== undefined ? /,\s*$/.exec(norm.slice(first, at)) : null;
    if (says && comma) {
      const words = { start: first, end: first + comma.index };
      emit(ctx, { ...e, start: at! }, 'indirect', words, sent, {
        start: e.end + says[0].indexOf(says[1]!),
        end,
      });
      return;
    }
  }
}

function emit(ctx: Ctx, e: Entity, kind: StatementKind, span: Span, sent: Sentence, cue: Span): void {
  if (span.end - span.start < 3) return;
  const r = ctx.speaker(e, sent);
  if (r) ctx.emit({ ...r, start: e.start, end: e.end }, kind, span, sent, cue);
}
