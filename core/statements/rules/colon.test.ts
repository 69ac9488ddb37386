import { describe, expect, it } from 'vitest';
import { analyzeUndecided } from '../../engine';

const direct = (text: string) =>
  analyzeUndecided(text)
    .result.statements.filter((s) => s.kind === 'direct')
    .map((s) => `${s.speaker}: ${s.text}`);

describe('a colon before a quotation', () => {
  it('ending a paragraph hands a statement it announces to the quotation opening the next', () => {
    expect(
      direct(
        'Bill Clinton spoke often of him. When Wallace died in 1998, President Clinton released the following statement:\n\n“Hillary and I offer our condolences to the family.”',
      ),
    ).toEqual(['Bill Clinton: Hillary and I offer our condolences to the family.']);
  });
  it('ending a paragraph hands over nothing it does not announce as said: a paper may be quoted after it', () => {
    expect(
      direct(
        'Barack Obama spoke on Friday. On Friday morning, the Obama White House was refusing to call the attack terrorism:\n\n“The Obama administration is still reluctant to call the attack an act of terrorism.”',
      ),
    ).toEqual([]);
  });
  it('goes past a relative clause closed before it to the subject it describes, not into one still open', () => {
    expect(
      direct(
        'Jessie Buckley stars in the film. Buckley, who phoned in from the Chicago set of “Fargo,” had a similar experience: “It was just that immediate feeling of this is the song.”',
      ),
    ).toEqual(['Jessie Buckley: It was just that immediate feeling of this is the song.']);
    expect(
      direct(
        'Ammon Bundy marched with Pete Santilli. Bundy spoke to Santilli, who responded enthusiastically: “Okay, let us go there now!”',
      ),
    ).not.toContain('Ammon Bundy: Okay, let us go there now!');
  });
});
