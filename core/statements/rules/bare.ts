// Reporting verbs the passes before found no statement or content for: "he said that.", "Melanie
// said yes", "…, the budget office said, they will go up…". A verb like "said" or "according to"
// is an attribution's cue nine times in ten in news prose (PolNeAR train: 4,475 of 4,846 "said", 322
// of 348 "according to"), so it is kept as a cue-only attribution, with its subject where the text
// names it right there. Never a statement: no words are given to anyone. The verbs are those the
// statements stage knows whose train cue rate is at least two in three ("saying" 233 of 340,
// "noting" 31 of 33; "say", 296 of 618, as the plain form of "said"); "called" (237 of 418),
// "shows" and "found" are left out.
import type { Span } from '../../types';
import type { Cue } from '../cues/cues';
import type { Ctx } from '../index';
import { plainAfter, plainSubject } from './plain';
import { cuePositions, type FoundAttribution } from '../spans';
import { sentenceSubject } from '../sources/sentence-subject';
import { subjectAfter, subjectBefore } from '../sources/speakers';

const BARE = new RegExp(
  '^(?:said|says|say|told|tells|according|noted|wrote|writes|added|explained|explains|asked|asks|' +
    'citing|cited|warned|warns|insisted|insists|stressed|suggested|urged|praised|noting|arguing|argued|' +
    'argues|saying|adding|acknowledged|announced|recalled|tweeted|criticized|replied|stated|conceded|' +
    'claimed|accused|described|predicted|declared|reported|notes|responded)$',
);

const OBJECT_NEXT = /^(?:told|tells|urged|praised|criticized|accused|cited|described)$/;

export function bareCues(ctx: Ctx, cues: Cue[], used: FoundAttribution[]): FoundAttribution[] {
  const { doc } = ctx;
  const { norm } = doc;
  const taken = cuePositions(used);
  const out: FoundAttribution[] = [];
  for (const cue of cues) {
    if (!BARE.test(cue.word) || taken.has(cue.start)) continue;
    // "Lerer reported from Los Angeles.": a byline's credit, where the reporting was done.
    if (/^\s+from\s+[A-Z][^,;:]*[.!?]?\s*$/.test(norm.slice(cue.end, cue.sentence.end))) continue;
    // "said to be", "so-called": no one is reported.
    if (/^\s+to\s+(?:be|have)\b/.test(norm.slice(cue.end, cue.end + 10))) continue;
    const sent = cue.sentence;
    let source: Span | undefined;
    if (cue.word === 'according') {
      const to = /^\s+to\b/.exec(norm.slice(cue.end, cue.end + 5));
      if (!to) continue;
      source = plainAfter(norm, sent, cue.end + to[0].length);
    } else if (/ing$/.test(cue.word)) {
      // "Trump attacked Clinton, saying…": a participle speaks for the sentence's subject, never for
      // the name after it.
      const subj = sentenceSubject(doc, ctx.entities, sent);
      source = subj && subj.end <= cue.start ? subj : undefined;
    } else {
      const before = subjectBefore(doc, ctx.entities, sent, cue.start, false);
      const near = before && before.end <= cue.start && /^[\s,]*$/.test(norm.slice(before.end, cue.start));
      const inverted = /[,"]\s*$/.test(norm.slice(Math.max(sent.start, cue.start - 3), cue.start));
      source = near
        ? before
        : !inverted
          ? plainSubject(norm, sent, cue.start)
          : // "Mr. Obama, who understood that…, told his advisers to…": after a verb that takes its
            // listener or target next, the words after it are that, never an inverted source.
            OBJECT_NEXT.test(cue.word)
            ? undefined
            : (subjectAfter(doc, ctx.entities, sent, cue.end) ?? plainAfter(norm, sent, cue.end));
    }
    out.push({
      kind: 'indirect',
      start: cue.start,
      end: cue.end,
      ...(source ? { source: { start: source.start, end: source.end } } : {}),
      cue: { start: cue.start, end: cue.end },
      content: [],
      bare: true,
    });
  }
  return out;
}
