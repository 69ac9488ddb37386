import { describe, expect, it } from 'vitest';
import { analyze } from '../../engine';

// The engine whole (real tags and parse): the shapes unseen news gave wrong speakers.
const said = (text: string) => analyze(text).statements.map((s) => [s.speaker, s.kind, s.text]);

describe('a second clause with its own subject, and the quotation in it', () => {
  it('ends the first speaker’s words and gives the quotation to the second', () => {
    const text =
      'Mayor Jim Holt said the budget was balanced, and council member Rita Owens also rejected the proposal, writing that "the numbers simply do not add up."';
    const r = said(text);
    expect(r).toContainEqual(['Jim Holt', 'indirect', 'the budget was balanced']);
    expect(r).toContainEqual(['Rita Owens', 'direct', 'the numbers simply do not add up.']);
    expect(r.filter(([who]) => who === 'Jim Holt')).toHaveLength(1);
  });

  it('keeps a second reported clause opened by "that" with the speaker', () => {
    const text =
      'Mayor Jim Holt said the budget was balanced, but that Austin and Dallas had reached a "common understanding" on taxes.';
    const r = said(text);
    expect(r).toContainEqual(['Jim Holt', 'direct', 'common understanding']);
  });
});
