import { describe, expect, it } from 'vitest';
import { brief, cardSaid, person, runRules, type ActorSpec } from '../fixture';

// What a reporting verb reports (reported.ts, with clauses.ts's reading of the words after it).

describe('a time after the listener', () => {
  it('is no part of the words ("told African-Americans this weekend he would…")', () => {
    const r = runRules(
      'Barack Obama told African-Americans this weekend he would consider it a personal insult.',
      [person('Barack Obama', 'Obama')],
    );
    expect(brief(r)).toEqual([['indirect', 'Barack Obama', 'he would consider it a personal insult']]);
  });
  it('unless it is the subject of the words ("said last night was a disaster")', () => {
    const text = 'Barack Obama said last night was a disaster.';
    expect(cardSaid(text)).toEqual([['Barack Obama', 'last night was a disaster']]);
  });
});

describe('a concession after a quotation that closes the words', () => {
  it('ends them, and its own reporting verb reads on ("…in front of you," though she noted…)', () => {
    const r = runRules(
      'Loretta Lynch said she speaks about race because "you talk about the issues in front of you," though she noted she has also pushed for trafficking cases.',
      [person('Loretta Lynch', 'Lynch')],
    );
    const words = brief(r).map(([, , w]) => w);
    expect(words.find((w) => w!.startsWith('she speaks'))).not.toMatch(/though/);
    expect(words).toContain('she has also pushed for trafficking cases');
  });
});

describe('an adjunct after "But" before the source of a quote', () => {
  it('is no statement ("But in a statement Friday, Trump said: “…”"), while a clause there is', () => {
    const trump = person('Donald Trump', 'Trump');
    const r = runRules('But in a statement Friday, Trump said: "I am greatly honored by the endorsement."', [
      trump,
    ]);
    expect(brief(r)).toEqual([['direct', 'Donald Trump', 'I am greatly honored by the endorsement.']]);
    const r2 = runRules('So when the deal fell through, Trump said, "we were floored."', [trump]);
    expect(brief(r2).map(([, , w]) => w)).toContain('So when the deal fell through');
  });
});

describe('reporting verbs in the present tense', () => {
  it('reads "argues" as "argued" is read', () => {
    const org = (name: string): ActorSpec => ({ name, type: 'organization', aliases: [name] });
    const r = runRules(
      'The Alliance argues that families still want their own neighborhood schools. The council agrees that the schools need money.',
      [org('The Alliance')],
    );
    expect(brief(r)).toContainEqual([
      'indirect',
      'The Alliance',
      'families still want their own neighborhood schools',
    ]);
  });
});

describe('a speech participle after a stance', () => {
  it('reports speech: the stance is the first verb’s, the words the participle’s', () => {
    const r = runRules(
      'Dana Whitfield criticised the plan, saying that the city cannot afford another failed experiment.',
      [person('Dana Whitfield', 'Whitfield')],
    );
    expect(brief(r)).toEqual([
      ['position', 'Dana Whitfield', 'criticised the plan'],
      ['indirect', 'Dana Whitfield', 'the city cannot afford another failed experiment'],
    ]);
  });
});

describe('a verb that only follows a quote, with a colon or a comma', () => {
  it('takes the quotation its colon hands over to, in the next paragraph too', () => {
    const text =
      'Pollster Pat Caddell spoke on Monday.\n\nCaddell continued:\n\n"The health issue is a partisan issue."';
    expect(brief(runRules(text, [person('Pat Caddell', 'Caddell')]))).toEqual([
      ['direct', 'Pat Caddell', 'The health issue is a partisan issue.'],
    ]);
  });
  it('takes the quotation its comma hands over to ("Malaska asked, “Could it…?”", a real news page)', () => {
    const text = 'Michael Malaska asked, "Could it or something like it live in Titan deep in the crust?"';
    expect(brief(runRules(text, [person('Michael Malaska', 'Malaska')]))).toEqual([
      ['direct', 'Michael Malaska', 'Could it or something like it live in Titan deep in the crust?'],
    ]);
  });
});

describe('a verb that reports only a clause', () => {
  it('reports nothing with a noun phrase ("concluded its hearings"), its clause with one', () => {
    expect(cardSaid('The committee concluded its hearings on Tuesday.')).toEqual([]);
    expect(cardSaid('The committee concluded that the president had abused his office.')).toEqual([
      ['The committee', 'that the president had abused his office'],
    ]);
  });
});
