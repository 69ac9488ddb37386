import type { Span } from '../types';

/**
 * Spans sorted by start, asked which of them overlap a span: a binary search and a short walk back
 * (bounded, so a document of thousands of statements stays linear even when one span is huge).
 */
export class SpanIndex<T extends Span> {
  private readonly items: T[] = [];
  private sorted = true;

  add(item: T): void {
    const last = this.items[this.items.length - 1];
    if (last && last.start > item.start) this.sorted = false;
    this.items.push(item);
  }

  /** Items overlapping `q`, nearest starts first, at most `max` looked at. */
  overlapping(q: Span, max = 64): T[] {
    if (!this.sorted) {
      this.items.sort((a, b) => a.start - b.start);
      this.sorted = true;
    }
    let lo = 0;
    let hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.items[mid]!.start < q.end) lo = mid + 1;
      else hi = mid;
    }
    const out: T[] = [];
    for (let i = lo - 1, n = 0; i >= 0 && n < max; i--, n++) {
      const x = this.items[i]!;
      if (x.end > q.start) out.push(x);
    }
    return out;
  }
}
