import { describe, expect, it } from 'vitest';
import { analyzeSyntax } from './index';
import { tokenize } from './tokenize';
import { titlesAsMister } from './titles';
import { wordsOf } from './words';

const tree = (text: string) =>
  analyzeSyntax(text, [{ start: 0, end: text.length }])[0]!.map((t) => `${t.text}>${t.head}:${t.deprel}`);

describe('titlesAsMister', () => {
  it('reads a title GUM hardly holds as "Mr." before a capitalised word only', () => {
    const text = 'Sens. Kaine and Adm. Harris met the Gen. Dr. Smith, Rev. no';
    const spans = tokenize(text);
    const words = wordsOf(text, spans);
    titlesAsMister(text, spans, words);
    const mr = wordsOf('Mr.', [{ start: 0, end: 3 }]);
    const at = (w: string) => spans.findIndex((s) => text.slice(s.start, s.end) === w);
    expect(words.lower[at('Sens.')]).toBe(mr.lower[0]);
    expect(words.form[at('Adm.')]).toBe(mr.form[0]);
    // Before a lower-case word, and a title the parser learned, keep their own hashes.
    expect(words.lower[at('Rev.')]).not.toBe(mr.lower[0]);
    expect(words.lower[at('Dr.')]).toBe(wordsOf('Dr.', [{ start: 0, end: 3 }]).lower[0]);
  });

  it('makes the name, not the title, the subject', () => {
    // Read as unknown words, "Sens." was the subject with the names its apposition, and "Adm." the
    // subject with "who leads" the root.
    const sens = tree('Sens. Sherrod Brown and Robert Menendez all suggested that the claims were false.');
    expect(sens[0]).toBe('Sens.>1:nmod');
    expect(sens[1]).toBe('Sherrod>7:nsubj');
    const adm = tree('Adm. Harry Harris, who leads the Pacific Command, makes no apologies.');
    expect(adm[0]).toBe('Adm.>1:nmod');
    expect(adm[1]).toMatch(/^Harry>\d+:nsubj$/);
  });
});
