import type { Statement } from '../../types';
import type { FoundAttribution } from '../spans';

/**
 * A stance read from a verb inside what someone else is reported to say ("Trump, later alleging that
 * President Obama wanted to admit 250,000 Syrians…", "Cruz, telling voters that Rubio had opposed
 * adding provisions…") is that someone's claim about the holder, not a position the holder stated:
 * on the holder's card it would put the claim in the wrong mouth. Each such statement goes back to
 * `unresolved` with its source, cue and words (the attribution stays; only the card goes). Only
 * stances (`position`): a statement of speech inside another's words ("Clinton said Sanders told
 * her…") reports that speech, which the card may show.
 */
export function claimedPositions(
  statements: readonly Statement[],
  unresolved: FoundAttribution[],
  remove: (st: Statement) => void,
): void {
  const words: (FoundAttribution & { speaker?: string })[] = [...statements, ...unresolved].filter(
    (f: FoundAttribution) => f.kind !== 'position' && !f.bare && f.cue,
  );
  for (const st of [...statements]) {
    const cue = st.cue;
    if (st.kind !== 'position' || !cue) continue;
    const inside = words.some(
      (w) =>
        w.speaker !== st.speaker && (w.content ?? [w]).some((c) => c.start <= cue.start && cue.end <= c.end),
    );
    if (!inside) continue;
    remove(st);
    const { kind, start, end, source, content } = st;
    unresolved.push({
      kind,
      start,
      end,
      cue,
      ...(source ? { source } : {}),
      ...(content ? { content } : {}),
    });
  }
}
