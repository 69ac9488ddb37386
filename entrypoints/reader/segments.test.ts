import { describe, expect, it } from 'vitest';
import { passageFromQuery, readerQuery, sourceQuery } from './url';
import { segment } from './segments';

const text = 'First line here.\nHe said “we will see” today. Then more.\n\nLast.';

describe('segment', () => {
  const outer = { id: 'o', start: 17 + 8, end: 17 + 27 }; // “we will see” today
  const inner = { id: 'i', start: 17 + 9, end: 17 + 20 }; // we will see
  it('keeps paragraphs and marks runs by their innermost statement', () => {
    const paras = segment(text, [outer, inner], null);
    expect(paras.map((p) => p.map((r) => r.text).join(''))).toEqual([
      'First line here.',
      'He said “we will see” today. Then more.',
      'Last.',
    ]);
    expect(paras[1]!.map((r) => [r.text, r.statement?.id ?? null])).toEqual([
      ['He said ', null],
      ['“', 'o'],
      ['we will see', 'i'],
      ['” today', 'o'],
      ['. Then more.', null],
    ]);
    const quote = paras[1]!.find((r) => r.text === 'we will see')!;
    expect(quote.within.map((s) => s.id)).toEqual(['i', 'o']);
  });

  it('flags the runs inside the passage, and only those', () => {
    const paras = segment(text, [outer, inner], { sourceId: 'x', start: inner.start, end: inner.end });
    const marked = paras.flat().filter((r) => r.inPassage);
    expect(marked.map((r) => r.text).join('')).toBe('we will see');
  });
});

describe('reader URL', () => {
  it('round-trips a passage and refuses bad offsets', () => {
    const p = { sourceId: '002', start: 4869, end: 5018 };
    expect(passageFromQuery(readerQuery(p))).toEqual(p);
    expect(passageFromQuery('?source=002&start=9&end=3')).toBeNull();
    expect(passageFromQuery('?start=1&end=3')).toBeNull();
    expect(passageFromQuery('?source=002&start=x&end=3')).toBeNull();
  });

  it('names a whole source without a passage, its id escaped', () => {
    const query = new URLSearchParams(sourceQuery('lib-a&b=c'));
    expect(query.get('source')).toBe('lib-a&b=c');
    expect(passageFromQuery(sourceQuery('002'))).toBeNull();
  });
});
