import { describe, expect, it } from 'vitest';
import { datelineLength } from './dateline';
import { tokenize } from './tokenize';

const length = (text: string) => datelineLength(text, tokenize(text, 0, text.length));

describe('datelineLength', () => {
  it('takes a wire dateline up to its dash: a place in capitals, or any place with an agency', () => {
    expect(length('WASHINGTON - Sen. Bernie Sanders defended his call.')).toBe(2);
    expect(length('WASHINGTON (AP) - The latest on the race.')).toBe(5);
    expect(length('RENO, Nev. (AP) - Marco Rubio says he would repeal it.')).toBe(7);
    expect(length('ST. LOUIS - The debate began.')).toBe(3);
    // The raw text's horizontal bar (HuffPost), as well as the normalised text's hyphen.
    expect(length('WASHINGTON ― Top black lawmakers spoke.')).toBe(2);
    expect(length('New York (AFP) - Donald Trump spoke.')).toBe(6);
    expect(length('WASHINGTON, June 24 (UPI) - Hispanics criticized the plan.')).toBe(8);
  });

  it('leaves a sentence alone that only has a dash early on', () => {
    // A name before a dash is an aside, not a dateline.
    expect(length('Rep. Lois Frankel - a Democrat - said so.')).toBe(0);
    expect(length('Murphy - who voted no - said so.')).toBe(0);
    expect(length('The overall backdrop - inflation - matters.')).toBe(0);
    // Nothing after the dash: no sentence to parse apart.
    expect(length('WASHINGTON -')).toBe(0);
    expect(length('')).toBe(0);
  });
});

describe('datelineLength, words that only look like one', () => {
  it('takes no dash inside a word, nor a line that does not open in capitals or name an agency', () => {
    expect(length('Under AFL-CIO procedures, an endorsement needs two thirds.')).toBe(0);
    expect(length('Having DNA-suitable material will help.')).toBe(0);
    expect(length('The FBI - and the Justice Department - said so.')).toBe(0);
    expect(length('Dec 29 (Reuters) - Hillary Clinton spoke.')).toBe(6);
  });
});
