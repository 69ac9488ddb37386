import { describe, expect, it } from 'vitest';
import { analyzeUndecided } from '../../engine';
import { namesATitle } from './titles';

const span = (text: string, words: string) => {
  const start = text.indexOf(words);
  return { start, end: start + words.length };
};

describe('namesATitle', () => {
  it.each([
    ['a little book by the artist called Une Semaine de Bonté.', 'Une Semaine de Bonté'],
    ['An anti-Trump super PAC called Our Principles is ramping up.', 'Our Principles'],
  ])('takes a verb of naming before a title for a name: %s', (text, title) => {
    expect(namesATitle(text, span(text, 'called'), span(text, title))).toBe(true);
  });
  it.each([
    ['Sanders called Clinton unqualified.', 'Clinton unqualified'],
    ['Trump called it "a disaster."', 'it "a disaster."'],
    ['Trump said Our Principles is failing.', 'Our Principles is failing'],
  ])('leaves words that say something: %s', (text, words) => {
    const cue = span(text, text.includes('called') ? 'called' : 'said');
    expect(namesATitle(text, cue, span(text, words))).toBe(false);
  });
});

describe('a verb of naming before a title, read by the engine', () => {
  it('is no statement ("a book by Max Ernst called Une Semaine de Bonté")', () => {
    const text =
      'Consider a similar case: a little book published in 1934 by the Surrealist artist Max Ernst called Une Semaine de Bonté. It was made entirely of collaged illustrations.';
    expect(analyzeUndecided(text).result.statements).toEqual([]);
  });
  it('is a statement when it names someone the text knows ("called Clinton Crooked Hillary")', () => {
    const text = 'Hillary Clinton spoke. Donald Trump called Clinton Crooked Hillary.';
    expect(analyzeUndecided(text).result.statements.map((s) => s.speaker)).toEqual(['Donald Trump']);
  });
});
