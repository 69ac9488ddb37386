import { describe, expect, it } from 'vitest';
import type { ModelAttribution } from '../../attribution';
import { handTree, type Row } from '../../attribution/fixture';
import { splitConjoined } from './conjoined';

/** The sentence "Trump won delegates and <verb> to a tally.", as the parser joins the two verbs. */
const rows = (verb: string): Row[] => [
  ['Trump', 'PROPN', 'NNP', 2, 'nsubj'],
  ['won', 'VERB', 'VBD', 0, 'root'],
  ['delegates', 'NOUN', 'NNS', 2, 'obj'],
  ['and', 'CCONJ', 'CC', 5, 'cc'],
  [verb, 'VERB', verb.endsWith('ing') ? 'VBG' : 'VBD', 2, 'conj'],
  ['to', 'ADP', 'IN', 8, 'case'],
  ['a', 'DET', 'DT', 8, 'det'],
  ['tally', 'NOUN', 'NN', 5, 'obl'],
  ['.', 'PUNCT', '.', 2, 'punct'],
];

/** What the attribution model would have read of the second verb: no source of its own. */
function second(text: string, tree: ReturnType<typeof handTree>['tree']): ModelAttribution {
  const k = 4;
  const t = tree.tokens[k]!;
  return {
    predicate: k,
    sentence: 0,
    cue: { start: t.start, end: t.end },
    cueTokens: [k, k],
    content: { start: tree.tokens[5]!.start, end: text.length - 1 },
    contentTokens: [5, 7],
    score: 1,
    sourceScore: -1,
  };
}

describe('splitConjoined', () => {
  it('gives a second verb of one subject that subject', () => {
    const { text, tree } = handTree(rows('spoke'));
    const a = second(text, tree);
    expect(splitConjoined([tree], [a])).toHaveLength(1);
    expect(a.source && text.slice(a.source.start, a.source.end)).toBe('Trump');
  });

  it('gives "according" joined to the verb before no subject: its source is what "to" names', () => {
    const { text, tree } = handTree(rows('according'));
    const a = second(text, tree);
    expect(splitConjoined([tree], [a])).toEqual([]);
    expect(a.source).toBeUndefined();
  });

  it('gives no subject to a second verb with a noun phrase of its own before it', () => {
    // "Trump won delegates and analysts spoke to a tally", the parse taking "analysts" for an oblique.
    const r = rows('spoke').map((row): Row =>
      row[3] > 4 ? ([...row.slice(0, 3), row[3] + 1, row[4]] as Row) : row,
    );
    r.splice(4, 0, ['analysts', 'NOUN', 'NNS', 6, 'obl']);
    const { text, tree } = handTree(r);
    const k = 5;
    const t = tree.tokens[k]!;
    const a: ModelAttribution = {
      predicate: k,
      sentence: 0,
      cue: { start: t.start, end: t.end },
      cueTokens: [k, k],
      content: { start: tree.tokens[6]!.start, end: text.length - 1 },
      contentTokens: [6, 8],
      score: 1,
      sourceScore: -1,
    };
    expect(splitConjoined([tree], [a])).toEqual([]);
    expect(a.source).toBeUndefined();
  });
});
