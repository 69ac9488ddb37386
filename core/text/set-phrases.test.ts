import { describe, expect, it } from 'vitest';
import { analyze } from '../engine';
import { setPhrase } from './set-phrases';

describe('set phrases with "said" or "say"', () => {
  it.each([
    ['That said', ', the plan is good.'],
    ['But that being said', ', we won.'],
    ['Needless to say', ', it failed.'],
    ['Suffice it to say', ' the plan failed.'],
    ['The plan, to say', ' nothing of the cost, failed.'],
    ['He said', ', she said'],
    ['He said, she said', ''],
    ['(That said', ', she also noted the cost.'],
    ['But dumping Trump is easier said', ' than done in New York.'],
  ])('reads "%s%s" as no report', (lead, after) => {
    expect(setPhrase(lead, after)).toBe(true);
  });

  it.each([
    ['He said', ' that the plan failed.'],
    ['Officials that said', ' so left.'],
    ['That, he said', ', is wrong.'],
    ['They wanted to say', ' something.'],
  ])('keeps "%s%s" a report', (lead, after) => {
    expect(setPhrase(lead, after)).toBe(false);
  });

  it('gives the engine no attribution for them, and keeps the one after', () => {
    const text = 'That said, the plan is good. Needless to say, it failed. Smith said that it failed.';
    const a = analyze(text);
    const cues = [...a.statements, ...a.unresolved].map((f) =>
      f.cue ? text.slice(f.cue.start, f.cue.end) : '',
    );
    expect(cues).toEqual(['said']);
    expect(a.statements.map((s) => s.speaker)).toEqual(['Smith']);
  });
});
