// A pronoun never names its own verb's object: "Within minutes, he called Rubio “Little Marco”"
// and "“…,” he told Rubio" (PolNeAR train) had gone to Rubio, the last person named.
import { describe, expect, it } from 'vitest';
import { cardSaid } from '../fixture';

const rubio = (object: string) =>
  cardSaid(
    `Marco Rubio spoke to voters in Ohio on Monday. "The program has been horribly abused," he told ${object}.`,
  ).filter(([, words]) => /abused/.test(words!));

describe('a pronoun resolved to its own verb’s object (the whole engine)', () => {
  it('leaves the card', () => {
    expect(rubio('Rubio')).toEqual([]);
    expect(rubio('Sen. Rubio')).toEqual([]);
  });
  it('keeps it when the object is someone else', () => {
    expect(rubio('reporters')).toEqual([['Marco Rubio', 'The program has been horribly abused']]);
  });
});
