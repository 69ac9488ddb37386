import { describe, expect, it } from 'vitest';
import { analyzeUndecided } from '../engine';

// A US state or city (`placeNames` in data/lexicons/places.json: places that only locate) where the
// parse takes it for a source phrase's head: on PolNeAR train seven statements spoke as a state or
// a city in these shapes. The engine whole, before the cards' threshold.
const speakers = (text: string) =>
  analyzeUndecided(text).result.statements.map((s) => [s.speaker, text.slice(s.start, s.end)]);

describe('a place that only locates', () => {
  it.each([
    'Senator Mitch McConnell spoke on Monday. The Kentucky Republican dismissed Obama’s actions.',
    'Her biggest supporters in New Hampshire insisted it was a temporary dip.',
    'At a rally in Portsmouth, N.H., on Tuesday, Senator Bernie Sanders of Vermont endorsed Mrs. Clinton.',
  ])('is never who speaks: %s', (text) => {
    expect(speakers(text).filter(([who]) => /^(?:Kentucky|New Hampshire|Vermont)$/.test(who!))).toEqual([]);
  });
  it('gives the words of a name it opens to the person named ("California Rep. Jared Huffman, …, said")', () => {
    const text = 'Colorado Rep. Jane Whitfield, a member of the caucus, said she had heard that account.';
    expect(speakers(text)).toEqual([['Jane Whitfield', 'she had heard that account']]);
  });
});
