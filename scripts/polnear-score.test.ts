import { describe, expect, it } from 'vitest';
import {
  compare,
  parseAnn,
  partSpans,
  pickAnnotation,
  prf,
  spanSets,
  univocal,
  type Attribution,
} from './polnear-score';

//            0         1         2         3         4         5
//            0123456789012345678901234567890123456789012345678901234
const TEXT = '“We will win,” Smith said, “and soon.” Jones agreed.';
const ANN = [
  'T1\tContent 0 14;27 38\t“We will win,” “and soon.”',
  'T2\tSource 15 20\tSmith',
  'T3\tCue 21 25\tsaid',
  'T4\tAttribution 21 25\tsaid',
  'E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2',
  'T5\tDiscuss 39 51\tJones agreed',
].join('\n');

describe('parseAnn', () => {
  it('reads the parts of each attribution and leaves flags out', () => {
    const { attributions, problems } = parseAnn(ANN, TEXT.length);
    expect(problems).toEqual([]);
    expect(attributions).toEqual([
      {
        source: [[15, 20]],
        cue: [[21, 25]],
        content: [
          [0, 14],
          [27, 38],
        ],
      },
    ]);
  });

  it('names a bad line and keeps the rest', () => {
    const { attributions, problems } = parseAnn(`T1\tSource 0 999\tx\n${ANN}`, TEXT.length);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/line 1: span outside the text/);
    expect(attributions).toHaveLength(1);
  });
});

describe('partSpans', () => {
  it('keeps fragments apart where words separate them (a split quote)', () => {
    expect(
      partSpans(TEXT, [
        [27, 38],
        [0, 14],
      ]),
    ).toEqual([
      [0, 14],
      [27, 38],
    ]);
  });

  it('joins fragments separated by whitespace only, and trims whitespace', () => {
    const t = 'She said: “One.\n\nTwo.” ';
    expect(
      partSpans(t, [
        [10, 15],
        [17, 23],
      ]),
    ).toEqual([[10, 22]]);
  });
});

describe('exact-span scoring', () => {
  const gold = spanSets(TEXT, parseAnn(ANN, TEXT.length).attributions);

  it('counts an exact match', () => {
    const pred: Attribution[] = [{ source: [[15, 20]], cue: [[21, 25]], content: [[0, 14]] }];
    const p = spanSets(TEXT, pred);
    expect(compare(gold.source, p.source)).toMatchObject({ tp: 1, predicted: 1, gold: 1 });
    const c = compare(gold.content, p.content);
    expect(c).toMatchObject({ tp: 1, predicted: 1, gold: 2, missed: [[27, 38]], extra: [] });
    expect(prf(c)).toEqual({ p: 1, r: 0.5, f1: 2 / 3 });
  });

  it('gives nothing for an off-by-one span (a quote without its marks)', () => {
    const p = spanSets(TEXT, [{ source: [[15, 19]], cue: [], content: [[1, 12]] }]);
    expect(compare(gold.source, p.source).tp).toBe(0);
    expect(compare(gold.content, p.content)).toMatchObject({ tp: 0, extra: [[1, 12]] });
  });

  it('counts a span predicted twice once, for precision as for recall', () => {
    const one: Attribution = { source: [[15, 20]], cue: [[21, 25]], content: [[27, 38]] };
    const p = spanSets(TEXT, [one, { ...one, content: [[0, 14]] }]);
    expect(compare(gold.source, p.source)).toMatchObject({ tp: 1, predicted: 1 });
    expect(compare(gold.content, p.content)).toMatchObject({ tp: 2, predicted: 2, gold: 2 });
  });

  it('finds no span when nothing is predicted', () => {
    const c = compare(gold.cue, new Set());
    expect(prf(c)).toEqual({ p: 0, r: 0, f1: 0 });
  });
});

describe('univocal', () => {
  it('drops an attribution whose cue sits in another one’s content', () => {
    const outer: Attribution = { source: [[0, 7]], cue: [[8, 12]], content: [[13, 40]] };
    const inner: Attribution = { source: [[13, 18]], cue: [[19, 26]], content: [[27, 40]] };
    const apart: Attribution = { source: [[41, 45]], cue: [[46, 50]], content: [[51, 60]] };
    expect(univocal([outer, inner, apart])).toEqual({ kept: [outer, apart], dropped: 1 });
  });
});

describe('pickAnnotation', () => {
  it('takes the annotator code that sorts first, whatever the listing order', () => {
    const files = ['a_x_ef2d.ann', 'a_x_4b22.ann', 'a_xy_0000.ann', 'a_x_5fec.ann'];
    expect(pickAnnotation(files, 'a_x')).toBe('a_x_4b22.ann');
    expect(pickAnnotation(files, 'b')).toBeUndefined();
  });
});
