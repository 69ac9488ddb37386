import type { PreparedText, Statement } from '../../types';
import type { FoundAttribution } from '../spans';
import { withoutCard } from './claimed';

// "if" or "unless" opening the clause whose subject (up to three words) the source starts: "If
// politicians decide to order another roundup…", "without recourse if he thinks that…", "if other
// tribe members did not like you…".
const SUPPOSING = /\b(?:[Ii]f|[Uu]nless)\s+(?:[\w’'-]+\s+){0,3}$/;

/**
 * A statement whose speaker opens an "if" or "unless" clause is supposed, not stated: no one said
 * or holds it. Each goes back to `unresolved` with its source, cue and words (the attribution stays;
 * only the card goes). PolNeAR train and dev: 11 such statements on cards, none a stated position.
 */
export function supposedStatements(
  doc: PreparedText,
  statements: readonly Statement[],
  unresolved: FoundAttribution[],
  remove: (st: Statement) => void,
): void {
  for (const st of [...statements]) {
    const { source, cue } = st;
    if (!source || !cue || source.start > cue.start) continue;
    if (!SUPPOSING.test(doc.norm.slice(Math.max(0, source.start - 40), source.start))) continue;
    remove(st);
    unresolved.push(withoutCard(st));
  }
}
