import { describe, expect, it } from 'vitest';
import { analyzeUndecided } from '../../engine';

const direct = (text: string) =>
  analyzeUndecided(text)
    .result.statements.filter((s) => s.kind === 'direct')
    .map((s) => `${s.speaker}: ${s.text}`);

describe('a paragraph that ends on a colon', () => {
  it('hands a statement it announces to the quotation opening the next paragraph', () => {
    expect(
      direct(
        'Bill Clinton spoke often of him. When Wallace died in 1998, President Clinton released the following statement:\n\n“Hillary and I offer our condolences to the family.”',
      ),
    ).toEqual(['Bill Clinton: Hillary and I offer our condolences to the family.']);
  });
  it('hands over nothing it does not announce as said: a paper may be quoted after it', () => {
    expect(
      direct(
        'Barack Obama spoke on Friday. On Friday morning, the Obama White House was refusing to call the attack terrorism:\n\n“The Obama administration is still reluctant to call the attack an act of terrorism.”',
      ),
    ).toEqual([]);
  });
});
