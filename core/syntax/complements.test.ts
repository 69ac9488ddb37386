import { describe, expect, it } from 'vitest';
import type { SynToken } from './analyze';
import { thatComplements } from './complements';
import { handTokens as tokens, type Row } from './fixture';

const shape = (ts: SynToken[]) => ts.map((t) => `${t.text}>${t.head + 1}:${t.deprel}`);

// The parser's reading: "that" a second subject of a clause hung from the listener.
const TOLD: Row[] = [
  ['He', 'PRP|PRON', 2, 'nsubj'],
  ['told', 'VBD|VERB', 0, 'root'],
  ['a', 'DT|DET', 4, 'det'],
  ['meeting', 'NN|NOUN', 2, 'obj'],
  ['of', 'IN|ADP', 6, 'case'],
  ['leaders', 'NNS|NOUN', 4, 'nmod'],
  ['that', 'WDT|PRON', 9, 'nsubj'],
  ['people', 'NNS|NOUN', 9, 'nsubj'],
  ['understood', 'VBD|VERB', 6, 'acl:relcl'],
  ['the', 'DT|DET', 11, 'det'],
  ['stakes', 'NNS|NOUN', 9, 'obj'],
  ['.', '.|PUNCT', 2, 'punct'],
];

describe('thatComplements', () => {
  it('re-hangs a full "that" clause after a telling verb\'s listener as what was told', () => {
    const ts = tokens(TOLD);
    thatComplements(ts);
    expect(ts[6]).toMatchObject({ deprel: 'mark', upos: 'SCONJ', xpos: 'IN', head: 8 });
    expect(ts[8]).toMatchObject({ head: 1, deprel: 'ccomp' });
  });

  it('makes a full "that" clause after any other noun the content of that noun', () => {
    const rows: Row[] = [
      ['Sanders', 'NNP|PROPN', 2, 'nsubj'],
      ['repeated', 'VBD|VERB', 0, 'root'],
      ['accusations', 'NNS|NOUN', 2, 'obj'],
      ['that', 'WDT|PRON', 7, 'nsubj'],
      ['the', 'DT|DET', 6, 'det'],
      ['campaign', 'NN|NOUN', 7, 'nsubj'],
      ['broke', 'VBD|VERB', 3, 'acl:relcl'],
      ['rules', 'NNS|NOUN', 7, 'obj'],
    ];
    const ts = tokens(rows);
    thatComplements(ts);
    expect(ts[6]).toMatchObject({ head: 2, deprel: 'acl' });
    expect(ts[3]!.deprel).toBe('mark');
  });

  it.each<[string, Row[]]>([
    [
      // The object is the gap: a true relative clause.
      'a gap for "that" to fill',
      [
        ['He', 'PRP|PRON', 2, 'nsubj'],
        ['told', 'VBD|VERB', 0, 'root'],
        ['the', 'DT|DET', 4, 'det'],
        ['story', 'NN|NOUN', 2, 'obj'],
        ['that', 'WDT|PRON', 7, 'nsubj'],
        ['Sanders', 'NNP|PROPN', 7, 'nsubj'],
        ['discovered', 'VBD|VERB', 4, 'acl:relcl'],
      ],
    ],
    [
      // "that" is the clause's one subject.
      'a relative whose "that" is its only subject',
      [
        ['He', 'PRP|PRON', 2, 'nsubj'],
        ['told', 'VBD|VERB', 0, 'root'],
        ['voters', 'NNS|NOUN', 2, 'obj'],
        ['that', 'WDT|PRON', 5, 'nsubj'],
        ['backed', 'VBD|VERB', 3, 'acl:relcl'],
        ['him', 'PRP|PRON', 5, 'obj'],
      ],
    ],
  ])('leaves %s as the parser made it', (_, rows) => {
    const ts = tokens(rows);
    const before = shape(ts);
    thatComplements(ts);
    expect(shape(ts)).toEqual(before);
  });

  it('never throws on short, flat or malformed trees', () => {
    const broken = tokens(TOLD).map((t, i) => ({ ...t, head: i === 8 ? 99 : t.head }));
    expect(() => thatComplements(broken)).not.toThrow();
    expect(() => thatComplements([])).not.toThrow();
    const cyclic = tokens(TOLD).map((t, i) => ({ ...t, head: i === 5 ? 3 : i === 3 ? 5 : t.head }));
    expect(() => thatComplements(cyclic)).not.toThrow();
  });
});
