import { describe, expect, it } from 'vitest';
import { termCandidates } from './candidates';

const forms = (text: string) => termCandidates(text).map((c) => c.form);

describe('termCandidates', () => {
  it('finds capitalised names ending in a head word, without "the" or an owner', () => {
    expect(forms('Republicans vowed to repeal the Affordable Care Act on Monday.')).toEqual([
      'Affordable Care Act',
    ]);
    expect(forms("He defended President Obama's Clean Power Plan.")).toEqual(['Clean Power Plan']);
    expect(forms('Veterans of World War II gathered.')).toEqual(['World War II']);
  });

  it('finds names in lower case after capitalised words, and events after a place', () => {
    expect(
      forms('Critics of the Iran nuclear deal and the Muslim ban spoke before the Iowa caucuses.'),
    ).toEqual(['Iran nuclear deal', 'Muslim ban', 'Iowa caucuses']);
  });

  it('leaves a head word inside a longer name or after a title alone', () => {
    expect(
      forms('She studied at Harvard Law School with President Bill Clinton and Mayor Bill de Blasio.'),
    ).toEqual([]);
    expect(forms('New York University School of Law said so.')).toEqual([]);
  });

  it('reads the other name a text gives beside it', () => {
    expect(termCandidates('the Trans-Pacific Partnership (TPP) deal')[0]).toMatchObject({
      form: 'Trans-Pacific Partnership',
      alias: 'TPP',
    });
    expect(termCandidates('the Affordable Care Act, or Obamacare, is law')[0]!.alias).toBe('Obamacare');
    expect(termCandidates('repeal the Affordable Care Act or Planned Parenthood.')[0]!.alias).toBeUndefined();
  });

  it('knows the lexicon’s forms where no head word marks them', () => {
    expect(termCandidates('Obamacare and Brexit').map((c) => [c.form, c.known !== undefined])).toEqual([
      ['Obamacare', true],
      ['Brexit', true],
    ]);
  });

  it('never throws and stays inside the text on odd input', () => {
    for (const t of ['', 'Act', 'the Act', ' (TPP)', 'A'.repeat(10000) + ' Act', 'Iowa caucuses'.repeat(3)]) {
      for (const c of termCandidates(t)) expect(t.slice(c.start, c.end)).toBe(c.form);
    }
  });
});
