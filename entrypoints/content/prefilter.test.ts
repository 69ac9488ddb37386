import { describe, expect, it } from 'vitest';
import { compileMatcher } from '@/core/matcher/compile';
import { Matcher } from '@/core/matcher/matcher';
import { mentionPrefilter } from './prefilter';

const data = compileMatcher(
  [
    { id: 'putin', type: 'person', aliases: ['Vladimir Putin', 'Putin'] },
    { id: 'obrien', type: 'person', aliases: ["Conan O'Brien", "O'Brien"] },
    { id: 'plan', type: 'term', aliases: ['security guarantees', 'U.S.'] },
  ],
  () => false,
);

describe('mentionPrefilter', () => {
  const could = mentionPrefilter(data);
  const matcher = new Matcher(data);

  it('passes every text the matcher finds something in', () => {
    for (const text of [
      'Vladimir Putin spoke.',
      'Putin’s envoy',
      'Then O’Brien left.',
      'Security guarantees first.',
      'the security guarantees',
      'The U.S. said',
    ]) {
      expect(matcher.scan(text).length).toBeGreaterThan(0);
      expect(could(text)).toBe(true);
    }
  });

  it('rejects text that names nobody it knows', () => {
    expect(could('A long story about the weather and nothing else.')).toBe(false);
  });
});
