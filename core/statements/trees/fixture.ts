// Test helper for the statement passes over the models' attributions: hand-made decisions, so
// tests follow what a pass does with a model's answer, not what a trained model happens to answer.
import { attribute, type Models } from '../../attribution';
import { handTree, type Row } from '../../attribution/fixture';
import { prepare } from '../../text';
import { handMadeActors, type ActorSpec } from '../fixture';
import { findStatementsOrThrow } from '../index';

/**
 * "said", "found" and "believes" report; a clausal complement or the clause a parenthetical hangs
 * off is the content; a subject is the source.
 */
export const MODELS: Models = {
  predicate: (f) => (f.some((x) => /^w=(?:said|found|believes)$/.test(x)) ? 1 : -1),
  extent: () => -1,
  content: (f) => (f.includes('head') || f.includes('rb=ccomp') ? 1 : -1),
  source: (f) => (f.some((x) => x.startsWith('how=nsubj') || x.startsWith('how=up')) ? 1 : -1),
};

/** The statements and the attributions without a card the passes make of one hand-parsed sentence. */
export function runModels(rows: Row[], actors: ActorSpec[] = [], models: Models = MODELS) {
  const { text, tree } = handTree(rows);
  const doc = prepare(text);
  const trees = [tree];
  const r = findStatementsOrThrow(doc, handMadeActors(doc, actors), true, {
    trees,
    found: attribute(trees, models),
  });
  const show = (s: { start: number; end: number } | undefined) =>
    s ? text.slice(s.start, s.end) : undefined;
  return {
    statements: r.statements.map((s) => ({
      speaker: s.speaker,
      type: s.speakerType,
      words: s.text,
      source: show(s.source),
    })),
    unresolved: r.unresolved.map((u) => ({ source: show(u.source), content: show(u.content?.[0]) })),
  };
}

/**
 * "that the rule was void" as the clausal complement of the word at `verb`, its words numbered
 * from `first` (both 1-based, as `Row` heads are).
 */
export function thatClause(verb: number, first: number): Row[] {
  const v = first + 4;
  return [
    ['that', 'SCONJ', 'IN', v, 'mark'],
    ['the', 'DET', 'DT', first + 2, 'det'],
    ['rule', 'NOUN', 'NN', v, 'nsubj'],
    ['was', 'AUX', 'VBD', v, 'cop'],
    ['void', 'ADJ', 'JJ', verb, 'ccomp'],
  ];
}
