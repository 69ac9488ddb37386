import { describe, expect, it } from 'vitest';
import { analyzeUndecided } from '../../engine';

// The engine whole (real tags, parse and models), before the confidence threshold, on a shape
// unseen news gave no speaker.
describe('verbs of speaking', () => {
  it('report what was spoken of, with the speaker the subject names', () => {
    const text =
      'Prime Minister John Adler visited the border town on Friday. Adler had earlier spoken of "a new era of cooperation" between the two countries.';
    const r = analyzeUndecided(text).result.statements.map((s) => [s.speaker, s.kind]);
    expect(r).toEqual([['John Adler', 'indirect']]);
  });
});
