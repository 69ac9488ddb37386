import type { PreparedText, Statement } from '../../types';

// "if" or "unless" opening the clause whose subject (up to three words) the source starts: "If
// politicians decide to order another roundup…", "without recourse if he thinks that…", "if other
// tribe members did not like you…".
const SUPPOSING = /\b(?:[Ii]f|[Uu]nless)\s+(?:[\w’'-]+\s+){0,3}$/;

/**
 * A statement whose speaker opens an "if" or "unless" clause is supposed, not stated: no one said
 * or holds it. PolNeAR train and dev: 11 such statements on cards, none a stated position.
 */
export function supposed(doc: PreparedText, st: Statement): boolean {
  const { source, cue } = st;
  if (!source || !cue || source.start > cue.start) return false;
  return SUPPOSING.test(doc.norm.slice(Math.max(0, source.start - 40), source.start));
}
