import { describe, expect, it } from 'vitest';
import { analyzeUndecided } from '../../engine';

// "called" with one object is a call made; with a name or a judgement of the object, a stance.
const said = (text: string) =>
  analyzeUndecided(text).result.statements.map((s) => `${s.speaker}: ${text.slice(s.start, s.end)}`);

describe('"called" and its object', () => {
  it('is no statement for a call made ("called his lawyer on Monday", "called her best friend")', () => {
    expect(said('John Smith called his lawyer on Monday.')).toEqual([]);
    expect(said('Elise Ford called her best friend. She was upset.')).toEqual([]);
  });
  it('is a statement where the object is named or judged, after it or before it', () => {
    expect(said('Donald Trump called Clinton a liar.')).toEqual(['Donald Trump: called Clinton a liar']);
    expect(said('Hillary Clinton spoke. Donald Trump called Clinton Crooked Hillary.')).toHaveLength(1);
    expect(said('Hillary Clinton called her vote in favor of the Iraq War a mistake.')).toHaveLength(1);
    expect(said('Donald Trump called him crooked on Monday.')).toHaveLength(1);
    expect(said('Donald Trump called the plan "a disaster."').length).toBeGreaterThan(0);
  });
});
