import { describe, expect, it } from 'vitest';
import { contentWords, samePoint } from './similar';

const same = (a: string, b: string) => samePoint(contentWords(a), contentWords(b));

describe('samePoint', () => {
  it('pairs two outlets’ renderings of one quote', () => {
    expect(
      same(
        'If the spirit and letter of Anchorage is erased in terms of the key understandings we have established, then, of course, it will be a fundamentally different situation',
        'If there will be no spirit and letter of Anchorage on the key understandings that we have fixated, then it will be a different situation in principle',
      ),
    ).toBe(true);
  });

  it('does not pair statements that only share a subject', () => {
    expect(
      same(
        'Moscow had not seen the latest version of the peace plan',
        'the final agreement must adhere to the spirit of the understanding',
      ),
    ).toBe(false);
    expect(same('Russia wants peace in Ukraine', 'Russia wants war in Ukraine now')).toBe(false);
  });

  it('does not let a short phrase match a long text that contains it', () => {
    expect(
      same(
        'understandings reached at the Russia-U.S. meeting in Anchorage',
        'Russia’s evaluation of the U.S.-backed peace plan will be based on the understandings reached at the Russia-U.S. meeting in Anchorage, referring to Mr. Trump’s meeting with Mr. Putin in Alaska in August',
      ),
    ).toBe(false);
  });

  it('ignores function words, speech verbs, case and plural endings', () => {
    expect([...contentWords('He said the Understandings were the key ones')]).toEqual([
      'understanding',
      'key',
      'one',
    ]);
  });
});
