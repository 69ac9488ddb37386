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

/**
 * A stance read from a verb inside what someone else is reported to say or claim ("She said
 * Republican Donald Trump favors a “strongman approach.”", "Cruz, telling voters that Rubio had
 * opposed adding provisions…") is that someone's claim about the holder, not a position the holder
 * stated: on the holder's card it would put the claim in the wrong mouth. Only stances
 * (`position`): a statement of speech inside another's words ("Clinton said Sanders told her…")
 * reports that speech, which the card may show. Not inside a verb that presents its words as fact
 * ("Herbst noted that Trump wants a stable peace", the seeds' annotation). The claims are read once,
 * from the statements and attributions as they stand, and the answer asks of one statement.
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
    return claims.some(
      (w) =>
        w.speaker !== st.speaker && (w.content ?? [w]).some((c) => c.start <= cue.start && cue.end <= c.end),
    );
  };
}
