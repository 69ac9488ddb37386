import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentHash } from './hash';

describe('contentHash', () => {
  it('equals the hash of the text with whitespace runs collapsed and ends trimmed', () => {
    const ws = fc.constantFrom(' ', '\t', '\n', '\r', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u2028');
    const text = fc
      .array(fc.oneof(fc.string({ maxLength: 4 }), ws), { maxLength: 30 })
      .map((p) => p.join(''));
    fc.assert(
      fc.property(text, (s) => {
        expect(contentHash(s)).toBe(contentHash(s.replace(/\s+/g, ' ').trim()));
      }),
    );
  });

  it('is 16 hex digits and tells close texts apart', () => {
    expect(contentHash('a')).toMatch(/^[0-9a-f]{16}$/);
    const seen = new Set(Array.from({ length: 20000 }, (_, i) => contentHash(`article ${i}`)));
    expect(seen.size).toBe(20000);
    expect(contentHash('ab')).not.toBe(contentHash('ba'));
    expect(contentHash('a b')).not.toBe(contentHash('ab'));
  });
});
