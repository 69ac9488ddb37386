import type { Sentence, Statement } from '../../types';
import type { Tree } from '../../attribution/tree';
import { sentenceAt } from '../../text';
import type { FoundAttribution } from '../spans';

// The subject of a passive verb is what was done to, not who spoke: "Russia and the Syrian
// government have been accused of creating a disaster", "employees were told that layoffs will
// begin", "He is viewed as a potential successor", "Xi has been expected to sign a deal", "Roof is
// accused of killing nine people" (real news pages, PolNeAR). No card gives those words to the
// subject; the speaker is whoever told, accused or expected, named after "by" or not at all.
// A participle of feeling or of a view held is the subject's own state and stays a stance:
// "some Democrats are concerned that…", "Ackman is convinced that…", "voters are divided on…".
const HELD = new Set(
  (
    'concerned worried convinced unconvinced persuaded divided split torn united agreed aligned ' +
    'opposed committed determined resolved dedicated devoted prepared inclined disinclined ' +
    'interested focused fixated obsessed intent set pleased displeased delighted thrilled excited ' +
    'satisfied dissatisfied disappointed frustrated annoyed irritated angered infuriated enraged ' +
    'incensed outraged appalled disgusted dismayed alarmed troubled disturbed bothered upset ' +
    'saddened shocked stunned surprised amazed astonished impressed unimpressed encouraged ' +
    'heartened relieved offended insulted horrified terrified frightened scared embarrassed ' +
    'confused puzzled baffled intrigued tempted motivated inspired resigned fed tired exhausted ' +
    'skeptical sceptical reconciled attached wedded entrenched emboldened energized energised ' +
    'humbled honored honoured flattered grateful unified outspoken keen eager'
  ).split(' '),
);
/**
 * Auxiliaries of the passive, whatever the parse calls them (it hangs a misread noun as one: "the
 * Global Times tabloid noted"); "'s" is left out, since "he's said" is far likelier "has" than "is".
 */
const PASSIVE_AUX = /^(?:be|been|being|is|are|was|were|am|'re|’re|get|gets|got|gotten|getting)$/;

/** Whether `st`'s cue is a passive verb and its source the verb's subject, before it. */
export function subjectOfPassive(
  sentences: Sentence[],
  trees: readonly Tree[],
  st: FoundAttribution,
): boolean {
  const { cue, source } = st;
  if (!cue || !source || source.start >= cue.start) return false;
  // A tree a sentence, as the other tree passes find theirs (heads.ts, trim.ts).
  const sent = sentenceAt(sentences, cue.start);
  const tree = sent && trees[sent.index];
  if (!tree) return false;
  for (let i = 0; i < tree.tokens.length; i++) {
    const t = tree.tokens[i]!;
    if (t.start < cue.start || t.end > cue.end || t.xpos !== 'VBN') continue;
    if (HELD.has(t.lower)) return false;
    const aux = tree.children[i]!.map((c) => tree.tokens[c]!);
    if (aux.some((a) => a.start < t.start && a.deprel.startsWith('aux') && PASSIVE_AUX.test(a.lower)))
      return true;
  }
  return false;
}

/**
 * Takes every statement whose speaker is the subject of its passive cue off the cards: each goes back
 * to `unresolved`, with its cue and words but no source, as annotation reads it (an implicit source).
 */
export function passiveSubjects(
  sentences: Sentence[],
  trees: readonly Tree[],
  statements: readonly Statement[],
  remove: (st: Statement) => void,
  unresolved: FoundAttribution[],
): void {
  for (const st of [...statements]) {
    if (!subjectOfPassive(sentences, trees, st)) continue;
    remove(st);
    const { kind, start, end, cue, content } = st;
    unresolved.push({ kind, start, end, ...(cue ? { cue } : {}), ...(content ? { content } : {}) });
  }
}
