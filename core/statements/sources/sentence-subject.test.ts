import { describe, expect, it } from 'vitest';
import { analyzeUndecided } from '../../engine';

const said = (text: string) =>
  analyzeUndecided(text).result.statements.map((s) => `${s.speaker}: ${s.text.slice(0, 40)}`);

// Whose a quotation is that a colon hands over to: the subject of the clause before the colon.
describe('the subject of a clause that hands over to a quotation by a colon', () => {
  it('is the one before an appositive, not a name after the verb', () => {
    const out = said(
      'Washington Post columnist Michael Gerson, a speechwriter in the White House, calls Cruz "a conviction candidate": "As a presidential candidate, his superpower is to sense where the right is."\n\nSenator Ted Cruz spoke on Monday.',
    );
    expect(out.length).toBeGreaterThan(0);
    expect(out.every((s) => s.startsWith('Michael Gerson:'))).toBe(true);
  });
  it('is not a source that opens the sentence before the subject and its relative clause', () => {
    const out = analyzeUndecided(
      'The public is beginning to panic.\n\nAccording to AFP, one user on Weibo, which is essentially China’s version of Twitter, posted: “I just want to know how these two came to Beijing.”',
    ).result.statements.filter((s) => s.kind === 'direct');
    expect(out.map((s) => s.speaker)).not.toContain('Agence France-Presse');
  });
  it('is not a name after a preposition a headline capitalises', () => {
    const out = said(
      'CNN President On Trump: ‘We Do Not Pay Candidates To Appear At Debates.’\n\nCNN President Jeff Zucker is not kowtowing to Republican presidential candidate Donald Trump.',
    );
    expect(out.filter((s) => s.startsWith('Donald Trump'))).toEqual([]);
  });
  it('is not a country that ends a longer name', () => {
    const out = said(
      'Priorities USA, a pro-Clinton super PAC, emailed a link to the video with one sentence: "THIS IS NOT OK."',
    );
    expect(out.filter((s) => s.startsWith('United States'))).toEqual([]);
    expect(said('But Russia, a longtime ally, sent a message: "We object."')).toContain('Russia: We object.');
  });
});
