import type { PreparedText, Statement } from '../../types';
import { stem } from '../../attribution/stem';
import type { FoundAttribution } from '../spans';

// Verbs that present what they report as so ("noted that", "pointed out", "the Post reported"):
// a stance inside their words is the writer's fact as much as the speaker's.
const FACTIVE = new Set(
  'note notes noted point points pointed acknowledge acknowledges acknowledged recognize recognizes recognized reveal reveals revealed show shows showed find finds found confirm confirms confirmed explain explains explained observe observes observed learn learned discover discovered realize realized know knew report reports reported'
    .split(' ')
    .map(stem),
);

// A noun of someone's claim, or "falsely", then "that" right before the source, with up to five
// words between ("his claim in November that President Obama wants…", "repeating a false claim
// that he opposed…", "alleging - again falsely - that Obama wanted…", "the debunked claim that Mr.
// Trump opposed…"): the clause is the claim's content, which no attribution may have been found for.
const CLAIM_THAT =
  /\b(?:claims?|allegations?|assertions?|accusations?|charges?|contention|insinuations?|suggestions?|rumou?rs?|myths?|lies|falsehoods?|theory|theories|notion|speculation|falsely)\b(?:\s+[^\s.;:!?]+){0,5}?\s+that\s+$/i;

/**
 * A stance read from a verb inside what someone else is reported to say or claim ("She said
 * Republican Donald Trump favors a “strongman approach.”", "Cruz, telling voters that Rubio had
 * opposed adding provisions…") is that someone's claim about the holder, not a position the holder
 * stated: on the holder's card it would put the claim in the wrong mouth. Only stances
 * (`position`): a statement of speech inside another's words ("Clinton said Sanders told her…")
 * reports that speech, which the card may show. Not inside a verb that presents its words as fact
 * ("Herbst noted that Trump wants a stable peace", the seeds' annotation). The claims are read once,
 * from the statements and attributions as they stand, and the answer asks of one statement. A claim
 * named by a noun ("the claim that…", `CLAIM_THAT`) counts whoever makes it: the content follows the
 * verb, so "that" opens the claim's clause and is no relative pronoun ("a charge that the leaders
 * denied" keeps the leaders' denial; that is speech, not a stance, in any case).
 */
export function claimedBySomeoneElse(
  doc: PreparedText,
  statements: readonly Statement[],
  unresolved: readonly FoundAttribution[],
): (st: Statement) => boolean {
  const claims: (FoundAttribution & { speaker?: string })[] = [...statements, ...unresolved].filter(
    (f: FoundAttribution) =>
      f.kind !== 'position' &&
      !f.bare &&
      !!f.cue &&
      !FACTIVE.has(stem(doc.norm.slice(f.cue.start, f.cue.end).toLowerCase().split(/\s+/).pop()!)),
  );
  return (st) => {
    const cue = st.cue;
    if (st.kind !== 'position' || !cue) return false;
    const src = st.source;
    if (src && src.start < cue.start && (st.content?.[0]?.start ?? st.start) >= cue.end)
      if (CLAIM_THAT.test(doc.norm.slice(Math.max(0, src.start - 80), src.start))) return true;
    return claims.some(
      (w) =>
        w.speaker !== st.speaker && (w.content ?? [w]).some((c) => c.start <= cue.start && cue.end <= c.end),
    );
  };
}
