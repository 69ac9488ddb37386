import type { PreparedText, Statement } from '../../types';
import { lastBefore, type Entity } from '../sources/entities';
import type { FoundAttribution } from '../spans';
import { withoutCard } from './claimed';

// What may stand between a verb and its object's name: an article or a title ("told the Rev. Al
// Sharpton", "called Sen. Rubio").
const BEFORE_OBJECT = /^\s*(?:(?:the|former|[A-Z][a-z]{1,4}\.)\s+)*$/;
const PRONOUN = /^(?:he|she|they|who)$/i;

/**
 * A pronoun resolved to the very person its verb takes as object ("he told Rubio", "Within
 * minutes, he called Rubio “Little Marco”", "He calls Christie's endorsement…", in real news) is
 * someone else: English says "himself" when subject and object are one. The resolution is wrong,
 * so the statement goes back to `unresolved` with its source, cue and words.
 */
export function selfObjects(
  doc: PreparedText,
  statements: readonly Statement[],
  entities: readonly Entity[],
  unresolved: FoundAttribution[],
  remove: (st: Statement) => void,
): void {
  for (const st of [...statements]) {
    const { source, cue } = st;
    if (!source || !cue || source.start > cue.start) continue;
    if (!PRONOUN.test(doc.norm.slice(source.start, source.end))) continue;
    // The entities that start within a few words after the cue, found by binary search.
    let object = false;
    for (let i = lastBefore(entities, cue.end + 31); i >= 0 && entities[i]!.start >= cue.end; i--) {
      const x = entities[i]!;
      if (
        (x.id ? x.id === st.speakerId : x.name === st.speaker) &&
        BEFORE_OBJECT.test(doc.norm.slice(cue.end, x.start))
      )
        object = true;
    }
    if (!object) continue;
    remove(st);
    unresolved.push(withoutCard(st));
  }
}
