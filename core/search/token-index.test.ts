import { describe, expect, it } from 'vitest';
import { TokenIndex } from './token-index';

const docs = [['sergey lavrov', 'foreign minister'], ['lava lamp'], ['volodymyr zelensky', 'president']].map(
  (fields) => fields.map((text, i) => ({ text, weight: i === 0 ? 2 : 1 })),
);
const ix = new TokenIndex(docs);
const all = () => true;

describe('TokenIndex', () => {
  it('finds words by prefix and within a typo, the exact word ranked first', () => {
    expect(ix.lookup('lavrof').map((m) => m.word)).toEqual(['lavrov']);
    expect(ix.candidates(['lav'], all).map((c) => c.doc)).toEqual([0, 1]);
    const q = ix.candidates(['lava'], all).sort((a, b) => b.quality - a.quality);
    expect(q.map((c) => c.doc)).toEqual([1, 0]);
  });

  it('keeps only documents holding every query word, and those `keep` allows', () => {
    expect(ix.candidates(['lavrov', 'minister'], all).map((c) => c.doc)).toEqual([0]);
    expect(ix.candidates(['lavrov', 'lamp'], all)).toEqual([]);
    expect(ix.candidates(['lav'], (d) => d !== 0).map((c) => c.doc)).toEqual([1]);
  });

  it('ranks a word in a heavier field higher', () => {
    const weighted = new TokenIndex([[{ text: 'nato', weight: 1 }], [{ text: 'nato', weight: 2 }]]);
    expect(weighted.candidates(['nato'], all).map((c) => c.quality)).toEqual([3, 6]);
  });

  it('allows no typo in short words, where one edit makes another word', () => {
    expect(ix.lookup('lax')).toEqual([]);
  });
});
