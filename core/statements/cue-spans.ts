// The cue's words as news annotation marks them, set last on every attribution whichever pass read
// it: the verb group, an infinitive's "to", the verb after "go on to", a statement made up to its
// "saying", a preposition the verb takes. (spans.ts sets the rules' conventions as they read.)
import type { Span } from '../types';
import { cueFloor, cueGroup, type FoundAttribution } from './spans';

/**
 * Every cue with its verb group, whichever pass read it: the models' cues ("She has proposed…" read
 * as "proposed") come after the rules' conventions were set.
 */
export function groupCues(norm: string, found: FoundAttribution[]): void {
  for (const f of found) if (f.cue) f.cue = cueGroup(norm, f.cue, cueFloor(f));
}

/**
 * "declined to comment", "is expected to endorse": an infinitive's "to" is the cue's, as news
 * annotation marks it (PolNeAR train: 192 cues open on it, 55 leave it out before them).
 */
export function infinitiveToCue(norm: string, found: FoundAttribution[]): void {
  for (const f of found) {
    if (!f.cue || !/^[a-z]/.test(norm.slice(f.cue.start, f.cue.start + 1))) continue;
    const to = /(?:^|\s)to\s+$/.exec(norm.slice(Math.max(0, f.cue.start - 4), f.cue.start));
    if (to) f.cue = { start: f.cue.start - to[0].trimStart().length, end: f.cue.end };
  }
}

/**
 * "went on to say that…", "goes on to slam…": the verb after "go on to" is the cue's, as news
 * annotation marks it (PolNeAR train: all 24 such cues hold it), not the first of the words.
 */
export function goOnToCue(norm: string, found: FoundAttribution[]): void {
  for (const f of found) {
    const c = (f.content ?? [f])[0];
    if (!f.cue || !c || c.start < f.cue.end || !/^\s*$/.test(norm.slice(f.cue.end, c.start))) continue;
    if (!/\b(?:go|goes|going|gone|went)\s+on$/i.test(norm.slice(f.cue.start, f.cue.end))) continue;
    const m = /^to\s+[a-z]+(?:\s*:)?\s*/.exec(norm.slice(c.start, c.end));
    if (!m || c.start + m[0].length >= c.end) continue;
    takeIntoCue(f, { start: f.cue.start, end: c.start + m[0].trimEnd().length }, c.start + m[0].length);
  }
}

// "released a statement Wednesday saying", "issued a statement saying": a statement made, with when
// and where, up to the participle that brings in its words.
const MADE_VERB = 'released|issued|put out|sent out|posted|sent|published';
const MADE = new RegExp(
  String.raw`^(?:${MADE_VERB})\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:statement|letter|memo|message|email|e-mail|note|tweet|post)\b[^.;:"“”()]{0,60}?\b(?:saying|stating)\b:?`,
  'i',
);
const MADE_VERB_AT = new RegExp(String.raw`\b(?:${MADE_VERB})\b`, 'gi');

/**
 * "The campaign released a statement Wednesday saying that…": the statement made is the cue's, up
 * to its "saying", as PolNeAR marks it (train: 16 of 20 such phrases whole, the rest cut at other
 * words), whether a pass read the verb ("released") or the participle ("saying") as the cue.
 */
export function madeStatementCue(norm: string, found: FoundAttribution[]): void {
  for (const f of found) {
    const c = (f.content ?? [f])[0];
    if (!f.cue || !c || c.start < f.cue.end) continue;
    let cue: Span | undefined;
    const ahead = MADE.exec(norm.slice(f.cue.start, c.end));
    if (ahead && f.cue.start + ahead[0].length > f.cue.end)
      cue = { start: f.cue.start, end: f.cue.start + ahead[0].length };
    else if (/^(?:saying|stating):?$/i.test(norm.slice(f.cue.start, f.cue.end))) {
      // The verb opens at most a hundred characters back, after the source.
      const from = Math.max(cueFloor(f), f.cue.start - 100);
      const lead = norm.slice(from, f.cue.end);
      for (const m of lead.matchAll(MADE_VERB_AT)) {
        const at = MADE.exec(lead.slice(m.index));
        if (at && m.index + at[0].length === lead.length) {
          cue = { start: from + m.index, end: f.cue.end };
          break;
        }
      }
    }
    if (!cue) continue;
    let start = cue.end;
    while (start < c.end && /\s/.test(norm[start]!)) start++;
    if (start < c.end) takeIntoCue(f, cue, Math.max(start, c.start));
  }
}

/** A reporting verb read alone inside another attribution's cue ("to say" of "went on to say"). */
export function withinCues(found: FoundAttribution[], unresolved: FoundAttribution[]): FoundAttribution[] {
  const cues = found.flatMap((f) => (f.cue && !f.bare ? [f.cue] : []));
  return unresolved.filter(
    (u) => !u.bare || !u.cue || !cues.some((c) => c.start <= u.cue!.start && u.cue!.end <= c.end),
  );
}

/**
 * "talked about the debate", "called for a ban", "railed against super PACs": a preposition the
 * reporting verb takes right before what it reports is the cue's, as news annotation marks it, not
 * the words' (PolNeAR train: cue F1 +0.2, content +0.2). Not "to", which opens the words ("agreed
 * to endorse him"), nor anything inside a quotation.
 */
export function prepositionToCue(norm: string, found: FoundAttribution[]): void {
  for (const f of found) {
    const c = f.content?.[0];
    if (!f.cue || !c || f.kind === 'direct' || c.start < f.cue.end) continue;
    if (!/^\s*$/.test(norm.slice(f.cue.end, c.start))) continue;
    const m = /^(?:about|for|on|of|against|with|over)\s+/i.exec(norm.slice(c.start, c.end));
    if (!m || c.start + m[0].length >= c.end) continue;
    takeIntoCue(f, { start: f.cue.start, end: c.start + m[0].trimEnd().length }, c.start + m[0].length);
  }
}

/** Sets `f`'s cue, its first content part starting at `from` (the words the cue took dropped). */
function takeIntoCue(f: FoundAttribution, cue: Span, from: number): void {
  const [first, ...rest] = f.content ?? [f];
  f.cue = cue;
  if (from !== first!.start) f.content = [{ start: from, end: first!.end }, ...rest];
}
