import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize';

const words = (text: string, start?: number, end?: number) =>
  tokenize(text, start, end).map((t) => text.slice(t.start, t.end));

describe('tokenize', () => {
  it('splits punctuation and clitics as GUM does', () => {
    expect(words("I don't think it's Anna's, they're sure.")).toEqual([
      'I',
      'do',
      "n't",
      'think',
      'it',
      "'s",
      'Anna',
      "'s",
      ',',
      'they',
      "'re",
      'sure',
      '.',
    ]);
    expect(words('We can’t, won’t and cannot: gonna try.')).toEqual([
      'We',
      'ca',
      'n’t',
      ',',
      'wo',
      'n’t',
      'and',
      'can',
      'not',
      ':',
      'gon',
      'na',
      'try',
      '.',
    ]);
    expect(words("the students' books")).toEqual(['the', 'students', "'", 'books']);
  });

  it('keeps abbreviations, initials and names with apostrophes whole', () => {
    expect(words('Mr. Smith of the U.S. met Dr. J. Doe at 5 p.m. on Jan. 3, e.g. today.')).toEqual([
      'Mr.',
      'Smith',
      'of',
      'the',
      'U.S.',
      'met',
      'Dr.',
      'J.',
      'Doe',
      'at',
      '5',
      'p.m.',
      'on',
      'Jan.',
      '3',
      ',',
      'e.g.',
      'today',
      '.',
    ]);
    expect(words("L'Enfant at six o'clock")).toEqual(["L'Enfant", 'at', 'six', "o'clock"]);
    // News's titles as the sentence splitter knows them, plural ones too.
    expect(words('Sens. Tim Kaine and Del. Marcia Price')).toEqual([
      'Sens.',
      'Tim',
      'Kaine',
      'and',
      'Del.',
      'Marcia',
      'Price',
    ]);
    // US states as AP style abbreviates them, but only capitalised as written.
    expect(words('Donna Rawlings of Ashton, Md., and Sen. Bernie Sanders (I-Vt.) came to mass.')).toEqual([
      'Donna',
      'Rawlings',
      'of',
      'Ashton',
      ',',
      'Md.',
      ',',
      'and',
      'Sen.',
      'Bernie',
      'Sanders',
      '(',
      'I',
      '-',
      'Vt.',
      ')',
      'came',
      'to',
      'mass',
      '.',
    ]);
  });

  it('keeps numbers whole and the currency sign apart', () => {
    expect(words('It cost $5, then 1,000 or 3.5% at 08:30 on 9/11 [13,14] in 2010-2012.')).toEqual([
      'It',
      'cost',
      '$',
      '5',
      ',',
      'then',
      '1,000',
      'or',
      '3.5',
      '%',
      'at',
      '08:30',
      'on',
      '9/11',
      '[',
      '13',
      ',',
      '14',
      ']',
      'in',
      '2010',
      '-',
      '2012',
      '.',
    ]);
    expect(words('1. First')).toEqual(['1.', 'First']);
    expect(words('Call 225-5185 now')).toEqual(['Call', '225-5185', 'now']);
  });

  it('splits hyphens but after joining prefixes, and dashes and quotes', () => {
    expect(words('eye-tracking non-avian co-founder')).toEqual([
      'eye',
      '-',
      'tracking',
      'non-avian',
      'co-founder',
    ]);
    expect(words('He said -- no... “Yes” — "maybe" ‘ok’')).toEqual([
      'He',
      'said',
      '--',
      'no',
      '...',
      '“',
      'Yes',
      '”',
      '—',
      '"',
      'maybe',
      '"',
      '‘',
      'ok',
      '’',
    ]);
    expect(words('th- the')).toEqual(['th-', 'the']);
    // A joined word that ends the text with a hyphen (it once read past the end).
    expect(words('non-non-')).toEqual(['non-non', '-']);
    expect(words('x non-a-')).toEqual(['x', 'non-a', '-']);
  });

  it('keeps web and e-mail addresses whole, less their closing punctuation', () => {
    expect(words('See https://example.org/a-b?c=1. Or mail jo.doe@example.co.uk, or #tag.')).toEqual([
      'See',
      'https://example.org/a-b?c=1',
      '.',
      'Or',
      'mail',
      'jo.doe@example.co.uk',
      ',',
      'or',
      '#tag',
      '.',
    ]);
  });

  it('tokenises a range with offsets into the whole string', () => {
    const text = 'First one. Second, here.';
    const spans = tokenize(text, 11, text.length);
    expect(spans[0]).toEqual({ start: 11, end: 17 });
    expect(words(text, 11)).toEqual(['Second', ',', 'here', '.']);
    expect(tokenize(text, 30, 40)).toEqual([]);
    expect(tokenize(text, 5, 2)).toEqual([]);
  });

  it('never splits a surrogate pair and keeps every token inside the range', () => {
    expect(words('ok 😀😀 𝒜bc')).toEqual(['ok', '😀', '😀', '𝒜bc']);
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.nat(250), fc.nat(250), (s, a, b) => {
        const [lo, hi] = [Math.min(a, b), Math.max(a, b)];
        let last = Math.min(lo, s.length);
        for (const t of tokenize(s, lo, hi)) {
          expect(t.start).toBeGreaterThanOrEqual(last);
          expect(t.end).toBeGreaterThan(t.start);
          expect(t.end).toBeLessThanOrEqual(Math.min(hi, s.length));
          last = t.end;
        }
      }),
    );
  });
});
