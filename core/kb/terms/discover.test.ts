import { describe, expect, it } from 'vitest';
import { discoverTerms, foldForm } from './discover';

const src = (texts: string[]) => texts.map((text, i) => ({ id: `s${i}`, text }));

describe('discoverTerms', () => {
  it('keeps a subject named in several sources and clusters its forms', () => {
    const terms = discoverTerms(
      src([
        'Republicans want to repeal the Affordable Care Act (ACA) this year.',
        'The ACA stays, and so does the Affordable Care Act’s mandate.',
        'Obamacare premiums rose.',
        'The Clean Power Plan was mentioned once.',
      ]),
      () => undefined,
    );
    expect(terms).toEqual([
      {
        name: 'Affordable Care Act',
        forms: ['Affordable Care Act', 'ACA', 'Obamacare'],
        mentions: { s0: 2, s1: 2, s2: 1 },
        over: [],
      },
    ]);
  });

  it('names the actor that already goes by a term’s name', () => {
    const texts = src([
      'the Clinton Global Initiative',
      'the Clinton Global Initiative',
      'Clinton Global Initiative',
    ]);
    expect(discoverTerms(texts, () => undefined)[0]!.over).toEqual([]);
    const taken = (k: string) => (k === foldForm('Clinton Global Initiative') ? 'cgi' : undefined);
    expect(discoverTerms(texts, taken)[0]!.over).toEqual(['cgi']);
  });

  it('never joins two subjects the lexicon knows apart', () => {
    const texts = src(['Medicare, or Medicaid, is', 'Medicare and Medicaid', 'Medicare and Medicaid']);
    expect(discoverTerms(texts, () => undefined).map((t) => t.name)).toEqual(['Medicaid', 'Medicare']);
  });

  it('folds printings of one name together', () => {
    expect(foldForm('the Iowa Caucuses')).toBe(foldForm('Iowa caucus'));
    expect(foldForm('Trans-Pacific Partnership')).toBe(foldForm('Trans Pacific Partnership'));
  });
});
