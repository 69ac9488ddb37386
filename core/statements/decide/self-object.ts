import type { PreparedText, Statement } from '../../types';
import { lastBefore, type Entity } from '../sources/entities';

// What may stand between a verb and its object's name: an article or a title ("told the Rev. Al
// Sharpton", "called Sen. Rubio").
const BEFORE_OBJECT = /^\s*(?:(?:the|former|[A-Z][a-z]{1,4}\.)\s+)*$/;
const PRONOUN = /^(?:he|she|they|who)$/i;

/**
 * A pronoun resolved to the very person its verb takes as object ("he told Rubio", "Within
 * minutes, he called Rubio “Little Marco”", "He calls Christie's endorsement…", in real news) is
 * someone else: English says "himself" when subject and object are one, so the resolution is wrong.
 */
export function selfObject(doc: PreparedText, entities: readonly Entity[], st: Statement): boolean {
  const { source, cue } = st;
  if (!source || !cue || source.start > cue.start) return false;
  if (!PRONOUN.test(doc.norm.slice(source.start, source.end))) return false;
  // The entities that start within a few words after the cue, found by binary search.
  for (let i = lastBefore(entities, cue.end + 31); i >= 0 && entities[i]!.start >= cue.end; i--) {
    const x = entities[i]!;
    if (
      (x.id ? x.id === st.speakerId : x.name === st.speaker) &&
      BEFORE_OBJECT.test(doc.norm.slice(cue.end, x.start))
    )
      return true;
  }
  return false;
}
