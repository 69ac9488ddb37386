import { describe, expect, it } from 'vitest';
import { handTree, type Row } from '../../attribution/fixture';
import { prepare } from '../../text';
import type { FoundAttribution } from '../spans';
import { wholeSources } from './phrases';

// Marc Morial, the head of the League, said the plan failed.
const APPOS: Row[] = [
  ['Marc', 'PROPN', 'NNP', 10, 'nsubj'],
  ['Morial', 'PROPN', 'NNP', 1, 'flat'],
  [',', 'PUNCT', ',', 5, 'punct'],
  ['the', 'DET', 'DT', 5, 'det'],
  ['head', 'NOUN', 'NN', 1, 'appos'],
  ['of', 'ADP', 'IN', 8, 'case'],
  ['the', 'DET', 'DT', 8, 'det'],
  ['League', 'PROPN', 'NNP', 5, 'nmod'],
  [',', 'PUNCT', ',', 10, 'punct'],
  ['said', 'VERB', 'VBD', 0, 'root'],
  ['the', 'DET', 'DT', 12, 'det'],
  ['plan', 'NOUN', 'NN', 13, 'nsubj'],
  ['failed', 'VERB', 'VBD', 10, 'ccomp'],
  ['.', 'PUNCT', '.', 10, 'punct'],
];

/** The source after wholeSources, given the words the passes before read it from. */
function source(rows: Row[], printed: string, cueWord = 'said'): string {
  const { text, tree } = handTree(rows);
  const doc = prepare(text);
  const at = text.indexOf(printed);
  const cue = { start: text.indexOf(cueWord), end: text.indexOf(cueWord) + cueWord.length };
  const start = cue.end + 1;
  const f: FoundAttribution = {
    kind: 'indirect',
    start,
    end: text.length - 1,
    cue,
    source: { start: at, end: at + printed.length },
  };
  wholeSources(doc, [tree], [f]);
  return text.slice(f.source!.start, f.source!.end);
}

describe('a source as its whole noun phrase', () => {
  it('takes the appositive with the comma that closes it', () => {
    expect(source(APPOS, 'Marc Morial')).toBe('Marc Morial, the head of the League,');
  });

  it('finishes a name cut short, even where the parse splits it', () => {
    // Liz Wahl said it failed. (Both words read as subjects.)
    const split: Row[] = [
      ['Liz', 'PROPN', 'NNP', 3, 'nsubj'],
      ['Wahl', 'PROPN', 'NNP', 3, 'nsubj'],
      ['said', 'VERB', 'VBD', 0, 'root'],
      ['it', 'PRON', 'PRP', 5, 'nsubj'],
      ['failed', 'VERB', 'VBD', 3, 'ccomp'],
      ['.', 'PUNCT', '.', 3, 'punct'],
    ];
    expect(source(split, 'Liz')).toBe('Liz Wahl');
  });

  it('leaves out a date the parse hangs inside an appositive', () => {
    // Candidate Donald Trump on Saturday said the plan failed.
    const dated: Row[] = [
      ['Candidate', 'NOUN', 'NN', 6, 'nsubj'],
      ['Donald', 'PROPN', 'NNP', 1, 'appos'],
      ['Trump', 'PROPN', 'NNP', 2, 'flat'],
      ['on', 'ADP', 'IN', 5, 'case'],
      ['Saturday', 'PROPN', 'NNP', 2, 'nmod'],
      ['said', 'VERB', 'VBD', 0, 'root'],
      ['the', 'DET', 'DT', 8, 'det'],
      ['plan', 'NOUN', 'NN', 9, 'nsubj'],
      ['failed', 'VERB', 'VBD', 6, 'ccomp'],
      ['.', 'PUNCT', '.', 6, 'punct'],
    ];
    expect(source(dated, 'Candidate Donald Trump')).toBe('Candidate Donald Trump');
  });

  it('leaves out a participle clause set off by commas, and never reaches the cue or content', () => {
    const participle = APPOS.map((r, i) =>
      i === 4
        ? (['heading', 'VERB', 'VBG', 1, 'acl'] as Row)
        : i === 7
          ? (['League', 'PROPN', 'NNP', 5, 'obj'] as Row)
          : r,
    );
    expect(source(participle, 'Marc Morial')).toBe('Marc Morial');
    // Marc Morial said the plan failed: nothing to add.
    const bare = APPOS.filter((_, i) => i < 2 || i > 8).map(
      (r) => [r[0], r[1], r[2], r[3] > 9 ? r[3] - 7 : r[3], r[4]] as Row,
    );
    expect(source(bare, 'Marc Morial')).toBe('Marc Morial');
  });
});
