import { describe, expect, it } from 'vitest';
import { analyze } from '../../engine';
import { wholeQuote } from './quote-ends';

describe('wholeQuote', () => {
  const norm = 'Sanders said, "Any questions I can answer?" he asked.';
  const open = norm.indexOf('"');
  const close = norm.lastIndexOf('"');

  it('runs words that open a quotation on to its closing mark over punctuation', () => {
    expect(wholeQuote(norm, { start: open, end: norm.indexOf('?') })).toEqual({
      start: open,
      end: close + 1,
    });
  });

  it('leaves words that stop before other words of the quotation, or do not open one', () => {
    const short = { start: open, end: norm.indexOf(' I can') };
    expect(wholeQuote(norm, short)).toEqual(short);
    const inside = { start: open + 1, end: norm.indexOf('?') };
    expect(wholeQuote(norm, inside)).toEqual(inside);
  });

  it('makes a quoted fragment after a reporting clause a direct quotation', () => {
    const text = 'Sanders said at Western High School, “Any questions I can answer?”';
    const r = analyze(text).statements.map((s) => [s.speaker, s.kind, s.text]);
    expect(r).toEqual([['Bernie Sanders', 'direct', 'Any questions I can answer?']]);
  });
});
