import { describe, expect, it } from 'vitest';
import { caseless, lineCase } from './headline-case';
import { tokenize } from './tokenize';

const COMMON = new Set([
  'praises',
  'political',
  'editor',
  'for',
  'calls',
  'clamps',
  'down',
  'on',
  'schools',
  'why',
]);
const spansOf = (s: string) => tokenize(s, 0, s.length);

describe('lineCase', () => {
  it('knows a headline in title case or in capitals', () => {
    const title = "Donald Trump Praises Breitbart's Political Editor";
    expect(lineCase(title, spansOf(title))).toBe('title');
    // Minor words may stay lower-case.
    const minor = 'Trump Says Clinton Is Unfit to Serve';
    expect(lineCase(minor, spansOf(minor))).toBe('title');
    const caps = 'WHY SENEGAL CLAMPS DOWN ON QURANIC SCHOOLS';
    expect(lineCase(caps, spansOf(caps))).toBe('capitals');
  });

  it('leaves a sentence, and a line too short to tell', () => {
    const plain = 'Donald Trump praises the political editor of Breitbart.';
    expect(lineCase(plain, spansOf(plain))).toBeUndefined();
    const short = 'Trump Wins';
    expect(lineCase(short, spansOf(short))).toBeUndefined();
  });
});

describe('caseless', () => {
  it('gives the tagger common words in lower case, names and acronyms as written', () => {
    const text = "Intro. Donald Trump Praises Breitbart's GOP Political Editor";
    const from = text.indexOf('Donald');
    const spans = tokenize(text, from, text.length);
    const trump = text.indexOf('Trump');
    const line = caseless(text, spans, [{ start: from, end: trump + 5 }], COMMON)!;
    // "Breitbart" is no common word; "GOP" is an acronym; "Donald Trump" a name the actors found.
    expect(line.text).toBe("Donald Trump praises Breitbart's GOP political editor");
    expect(line.spans.map((s) => line.text.slice(s.start, s.end))).toEqual(
      spans.map((s) =>
        text.slice(s.start, s.end).replace(/^(Praises|Political|Editor)$/, (w) => w.toLowerCase()),
      ),
    );
  });

  it('lower-cases a line in capitals but for names', () => {
    const text = 'WHY SENEGAL CLAMPS DOWN ON QURANIC SCHOOLS';
    expect(caseless(text, spansOf(text), [], COMMON)!.text).toBe(
      'why SENEGAL clamps down on QURANIC schools',
    );
  });

  it('reads an ordinary sentence as it is', () => {
    const text = 'Donald Trump praises the editor.';
    expect(caseless(text, spansOf(text), [], COMMON)).toBeUndefined();
  });
});
