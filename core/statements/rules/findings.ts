// Polls and documents that report by finding and showing: "…, the poll found.", "…, F.A.A. records
// show.", "In a Des Moines Register poll last month, Mr. Cruz had a 10 percentage-point lead." Their
// verbs are no verbs of saying, so the cue lexicon has none of them and the passes before read
// nothing there. Like the trailing pass, these give no speaker: the source phrase is resolved by its
// head in the tree (trees/heads.ts), or the attribution stays unresolved.
import type { Tree } from '../../attribution/tree';
import type { Ctx } from '../index';
import { cuePositions, type FoundAttribution } from '../spans';
import { FINITE, NOT_SOURCE, PERSONAL, clausal } from './trailing';
import sources from '../../../data/lexicons/sources.json';

const THINGS = new Set(sources.things);

// ", <phrase> <verb>." at the sentence's end, the phrase's last word one of sources.json's things
// (a poll, records, a report): "…, new fundraising reports show."
const SHOWN_END =
  /,\s+((?:[^\s,;:"“”]+\s+){0,7}([a-z]+))\s+(show|shows|showed|found|finds|indicate|indicates|indicated|reveal|reveals|revealed)\s*[.!?]["”’]?\s*$/;

function shownBy(ctx: Ctx, trees: readonly Tree[] | undefined, taken: Set<number>): FoundAttribution[] {
  const { norm } = ctx.doc;
  const out: FoundAttribution[] = [];
  for (const sent of ctx.doc.sentences) {
    const words = norm.slice(sent.start, sent.end);
    const m = SHOWN_END.exec(words);
    if (!m || !THINGS.has(m[2]!)) continue;
    const phrase = m[1]!.split(/\s+/);
    if (NOT_SOURCE.test(phrase[0]!) || phrase.some((w) => FINITE.test(w) || PERSONAL.test(w))) continue;
    const comma = sent.start + m.index;
    const clause = norm.slice(sent.start, comma);
    if (/["“”]/.test(clause) || clause.trim().split(/\s+/).length < 3) continue;
    const sourceStart = comma + m[0].indexOf(m[1]!);
    const cueStart = comma + m[0].lastIndexOf(m[3]!);
    if (taken.has(cueStart)) continue;
    if (clausal(trees?.[sent.index], sourceStart, sourceStart + m[1]!.length)) continue;
    const lead = /^\s*/.exec(clause)![0].length;
    out.push({
      kind: 'indirect',
      start: sent.start + lead,
      end: comma,
      source: { start: sourceStart, end: sourceStart + m[1]!.length },
      cue: { start: cueStart, end: cueStart + m[3]!.length },
      content: [{ start: sent.start + lead, end: comma }],
    });
  }
  return out;
}

// A poll or survey that opens its sentence frames what the sentence reports (PolNeAR train: 16 of
// 21 such openings annotated so). The phrase's words before the poll are determiners, names and
// describing words, no verb; a clause with a reporting verb of its own ("In an online poll of 800
// likely voters, Democracy Corp found that…") is that verb's to read.
const POLL_OPENING =
  /^(In)\s+((?:(?:a|an|the|this|that|its|their|his|her|our|one|[A-Z][\w.'’/&-]*|[a-z]+-[a-z-]+|new|latest|recent|same|national|online|early|most|more)\s+){0,6}(?:polls?|surveys?)(?:\s+(?:released|conducted|taken|published|out|from|by|of|in|last|this)\b[^,;:"“”]{0,60})?),\s+/;
const OWN_REPORT = /\b(?:found|finds|said|says|showed|shows|reported|reports|asked|were asked)\b/;

function pollOpening(ctx: Ctx, taken: Set<number>): FoundAttribution[] {
  const { norm } = ctx.doc;
  const out: FoundAttribution[] = [];
  for (const sent of ctx.doc.sentences) {
    const words = norm.slice(sent.start, sent.end);
    const m = POLL_OPENING.exec(words);
    if (!m || taken.has(sent.start)) continue;
    const from = sent.start + m[0].length;
    const end = sent.start + words.replace(/[\s.!?]+$/, '').length;
    const clause = norm.slice(from, end);
    if (/["“”]/.test(clause) || OWN_REPORT.test(clause) || clause.split(/\s+/).length < 4) continue;
    const sourceStart = sent.start + m[0].indexOf(m[2]!);
    out.push({
      kind: 'according_to',
      start: from,
      end,
      source: { start: sourceStart, end: sourceStart + m[2]!.length },
      cue: { start: sent.start, end: sent.start + m[1]!.length },
      content: [{ start: from, end }],
    });
  }
  return out;
}

/** What polls and documents report, where no attribution in `used` already holds the verb or the "In". */
export function findingAttributions(
  ctx: Ctx,
  used: FoundAttribution[],
  trees?: readonly Tree[],
): FoundAttribution[] {
  const taken = cuePositions(used);
  return [...shownBy(ctx, trees, taken), ...pollOpening(ctx, taken)];
}
