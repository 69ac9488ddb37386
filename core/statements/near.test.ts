import { describe, expect, it } from 'vitest';
import { SpanIndex } from './near';

describe('SpanIndex', () => {
  it('finds the spans that overlap, added in any order', () => {
    const idx = new SpanIndex<{ start: number; end: number; id: string }>();
    idx.add({ start: 50, end: 60, id: 'c' });
    idx.add({ start: 0, end: 10, id: 'a' });
    idx.add({ start: 5, end: 40, id: 'b' });
    expect(
      idx
        .overlapping({ start: 8, end: 9 })
        .map((x) => x.id)
        .sort(),
    ).toEqual(['a', 'b']);
    expect(idx.overlapping({ start: 40, end: 50 })).toEqual([]);
    expect(idx.overlapping({ start: 55, end: 100 }).map((x) => x.id)).toEqual(['c']);
  });

  it('looks at a bounded number of spans, so a query costs the same in a huge document', () => {
    const idx = new SpanIndex<{ start: number; end: number }>();
    for (let i = 0; i < 10_000; i++) idx.add({ start: i, end: 20_000 });
    expect(idx.overlapping({ start: 15_000, end: 15_001 }, 64)).toHaveLength(64);
  });
});
