import { describe, expect, it } from 'vitest';
import { analyzeSyntax } from '.';
import { quoteDirections } from './quotes';
import { tokenize } from './tokenize';

const directions = (text: string) => {
  const spans = tokenize(text, 0, text.length);
  const d = quoteDirections(text, spans) ?? new Uint8Array(spans.length);
  return spans.flatMap((s, i) => (d[i] ? [`${text.slice(s.start, s.end)}${d[i] === 1 ? '>' : '<'}`] : []));
};

describe('quotation marks', () => {
  it('reads a curly mark by its shape and a straight one by its spacing', () => {
    expect(directions('He said, “We won.” Then: "They lost," she said.')).toEqual(['“>', '”<', '">', '"<']);
    expect(directions('Editors wrote «non» twice.')).toEqual(['«>', '»<']);
  });

  it('leaves a straight mark with space on both sides, or none, undecided', () => {
    expect(directions('a " b')).toEqual([]);
    expect(directions('a"b')).toEqual([]);
  });

  it('tags an opening mark after a comma as opening, so the quotation is not hung from the clause before', () => {
    const text =
      'Carson did not mention his rivals by name, but told his supporters, “our nation is in trouble.”';
    const [s] = analyzeSyntax(text, [{ start: 0, end: text.length }]);
    expect(s!.find((t) => t.text === '“')!.xpos).toBe('``');
    expect(s!.find((t) => t.text === '”')!.xpos).toBe("''");
  });
});
