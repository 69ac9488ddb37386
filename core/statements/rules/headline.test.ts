import { describe, expect, it } from 'vitest';
import { brief, runRules as run } from '../fixture';

// Headlines in title case (a quarter of PolNeAR's texts open with one): "<Actor> <Verb>s …" and
// "…, <Actor> Says".

const OBAMA = { name: 'Barack Obama', type: 'person' as const, aliases: ['Barack Obama', 'Obama'] };
const GRAHAM = { name: 'Lindsey Graham', type: 'person' as const, aliases: ['Lindsey Graham', 'Graham'] };
const BODY = '\n\nWASHINGTON — The museum opened on Saturday.';

describe('a headline', () => {
  it('gives "<Actor> Says …" to the actor, the words after the verb', () => {
    const r = run(`Obama Says Museum Will Tell of 'Suffering and Delight.'${BODY}`, [OBAMA]);
    expect(brief(r)).toEqual([['indirect', 'Barack Obama', "Museum Will Tell of 'Suffering and Delight.'"]]);
  });

  it('gives "…, <Actor> Says" to the actor, the words before the comma', () => {
    const r = run(`Trump Could Address Clean Energy, Lindsey Graham Says${BODY}`, [GRAHAM]);
    expect(brief(r)).toEqual([['indirect', 'Lindsey Graham', 'Trump Could Address Clean Energy']]);
  });

  it('reads no verb in a word before a plural verb ("Trump Claims Are False…")', () => {
    const TRUMP = { name: 'Donald Trump', type: 'person' as const, aliases: ['Donald Trump', 'Trump'] };
    const r = run(`Trump Claims Are False, Fact-Checkers Find${BODY}`, [TRUMP]);
    expect(brief(r).filter(([, who]) => who === 'Donald Trump')).toEqual([]);
  });

  it('reads a stance verb, and a name the capitals cut short that spells the whole name', () => {
    const CHRISTIE = { name: 'Chris Christie', type: 'person' as const, aliases: ['Christie'] };
    const r = run(`Chris Christie Calls Hillary Clinton ‘A Disgrace’ Over Police Comments;${BODY}`, [
      CHRISTIE,
    ]);
    expect(brief(r)).toEqual([
      ['position', 'Chris Christie', 'Calls Hillary Clinton ‘A Disgrace’ Over Police Comments'],
    ]);
  });

  it('gives nothing to a name that only qualifies the subject, or to a place', () => {
    expect(brief(run(`Obama Administration Says Museum Will Open${BODY}`, [OBAMA]))).toEqual([]);
    const FRANCE = { name: 'France', type: 'government' as const, aliases: ['France', 'Paris'] };
    expect(brief(run(`Paris Attacks Test Clinton's Strategy${BODY}`, [FRANCE]))).toEqual([]);
  });

  it('reads only the first paragraph, and only a short one', () => {
    const later = `The Museum Opens${BODY}\n\nObama Says Museum Will Tell of Suffering`;
    expect(brief(run(later, [OBAMA]))).toEqual([]);
  });
});
