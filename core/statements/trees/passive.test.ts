import { describe, expect, it } from 'vitest';
import { analyze } from '../../engine';
import { undecidedSaid as speakers } from '../fixture';

// The engine whole (real tags and parse), before the cards' threshold, so that what is tested is
// who speaks, not how sure the engine is.

describe('the subject of a passive verb', () => {
  it.each([
    'Morland and the Velian government have been accused of blocking aid to the camp at Dassa.',
    'In an email sent by chairman Paul Ortiz, employees were told that layoffs will begin this week.',
    'Nora Quist runs the service. She is viewed as a likely successor to chief executive Tom Bale.',
    'Governor Ana Ruiz and Mayor Ed Kim have been expected to sign a deal on the bridge for a month.',
    'Carl Denby is accused of setting fire to the warehouse in June.',
    'Senator Lisa Marsh was asked whether she would back the plan.',
  ])('is no speaker: %s', (text) => {
    expect(speakers(text)).toEqual([]);
  });

  it('leaves the attribution, without a source, for the benchmark', () => {
    const text = 'Carl Denby is accused of setting fire to the warehouse in June.';
    const u = analyze(text).unresolved.find(
      (f) => f.cue && text.slice(f.cue.start, f.cue.end).includes('accused'),
    );
    expect(u).toBeDefined();
    expect(u!.source).toBeUndefined();
  });

  it.each([
    [
      'Despite the polls, some Democrats are concerned that Ortiz’s tactics could make it harder.',
      'some Democrats',
    ],
    ['Analyst Ben Ackley is convinced that the company will recover.', 'Ben Ackley'],
    ['He’s said he believes the tax is fair. Ben Ackley repeated it.', 'Ben Ackley'],
  ])('keeps a state the subject holds, and "he’s said": %s', (text, who) => {
    expect(speakers(text).map(([s]) => s)).toContain(who);
  });

  it('gives a passive verb of judgement to its agent after "by"', () => {
    const text = 'The proposal was swiftly rejected by Germany and France on Monday.';
    expect(speakers(text).map(([s]) => s)).toEqual(['Germany and France']);
  });
});
