// An engine that throws on a reader's article: the article is left out and named, the rest is built.
import { describe, expect, it, vi } from 'vitest';
import type { Kb } from '../kb/schema';
import { newArticle } from './article';
import { extendKb } from './kb';

vi.mock('../engine', () => ({
  analyze: () => {
    throw new Error('boom');
  },
}));

describe('extendKb when the engine fails', () => {
  it('leaves the article out, says which, and keeps the bundled KB', () => {
    const bundled: Kb = { version: 1, sources: [], actors: [], statements: [] };
    const r = newArticle(
      { text: 'Jane Doe said so.', title: 'Springfield', outlet: 'The Shopper', origin: 'paste' },
      new Date('2026-11-21T07:00:00Z'),
    );
    if (!r.ok) throw new Error(r.error);
    const warnings: string[] = [];
    expect(extendKb(bundled, [r.value], { warn: (m) => warnings.push(m) })).toBe(bundled);
    expect(warnings).toEqual([
      `“Springfield” (The Shopper), added 2026-11-21 was left out of the knowledge base: source ${r.value.id}: the engine failed: boom`,
    ]);
  });
});
