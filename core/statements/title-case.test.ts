// A line in title case, where every word has a capital: the tagger reads its common words in lower
// case (core/syntax/headline-case.ts), and only a known actor speaks there.
import { describe, expect, it } from 'vitest';
import { analyze } from '../engine';

const BODY = '\n\nHillary Clinton spoke in Ohio on Monday.';

describe('a headline in title case', () => {
  it('gives no card the words of a source it only describes', () => {
    for (const headline of [
      'Former Clinton Pollster Says Clinton Is In Trouble In California',
      'New Poll Shows Clinton Ahead In Ohio',
    ]) {
      const a = analyze(headline + BODY);
      expect(a.statements.filter((s) => s.start < headline.length)).toEqual([]);
      // The attribution is still read, without a speaker.
      expect(a.unresolved.some((u) => u.start < headline.length && !u.bare)).toBe(true);
    }
  });
});
