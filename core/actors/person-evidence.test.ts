// Evidence that a capitalised name no lexicon knows is a person, found on unseen news, each with a
// hand-made sentence (unseen.test.ts holds the other error classes).
import { describe, expect, it } from 'vitest';
import { genderOf } from '.';
import { runActors as run } from './fixture';

describe('people known only by what the text says of them', () => {
  it('takes a name with where the person lives and a verb only people take for a person', () => {
    expect(run('Johnnie Wilson, of Springfield, Va., said he had fought in Vietnam.').names).toEqual([
      'Johnnie Wilson',
    ]);
    expect(run('Cory Jamesworth, 22, of Flint, Mich., said he would vote.').names).toEqual([
      'Cory Jamesworth',
    ]);
  });

  it('needs the verb: where a thing stands is no evidence', () => {
    expect(run('Maple Grove Hollow, of Springfield, Va., remains closed.').names).toEqual([]);
  });
});

describe('an age after a name', () => {
  it('makes the name a person', () => {
    expect(run('Franson Reneus, 18, from Lee County, Fla., disagrees.').names).toEqual(['Franson Reneus']);
  });

  it('is not a list of numbers', () => {
    expect(run('Boeing Field, 12, 14 and 16 are closed runways.').names).toEqual([]);
  });
});

describe('a title a named owner holds, set off after a name', () => {
  it('makes the name a person, and a list of names stays no role', () => {
    // A real news page: "Sonya A. Zoghlin, Carlineo's attorney, told The Hill…" had been an organisation.
    expect(
      run('Sonya A. Zoghlin, Carlineo’s attorney, told The Hill that her client meant no harm.').names,
    ).toEqual(['Sonya A. Zoghlin']);
    expect(run('Sonya A. Zoghlin, Carlineo’s house, was sold.').names).toEqual([]);
  });
});

describe('a given name alone', () => {
  it('is a person where a verb only people take follows it', () => {
    const r = run('"I need to pay for a damaged book." Rachel said nothing more. "Yes," Rachel said.');
    expect(r.names).toEqual(['Rachel']);
    expect(genderOf(r.byName('Rachel')!)).toBe('f');
  });

  it('is no person without such a verb, nor a word that is no given name', () => {
    expect(run('The storm hit Rachel hard. Florida said it would help.').names).toEqual([]);
  });
});
