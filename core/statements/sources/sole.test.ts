// A "he" or "she" after a sentence that opens on someone it cannot mean: the one person of its
// gender named there (a news analysis: "But Mrs. Clinton will face… Mr. Obama has. He noted…").
import { describe, expect, it } from 'vitest';
import { brief, person, runFlagged as run } from '../fixture';

const actors = [person('Mary Lane', 'Lane'), person('Jeff Stone', 'Stone'), person('Tom Vale', 'Vale')];

describe('the one person a pronoun can mean', () => {
  it('gives "he" to the only man in a sentence about a woman', () => {
    const r = run(
      'Ms. Lane will face the same fire Mr. Stone has. He noted that coal jobs are gone.',
      actors,
    );
    expect(brief(r)).toEqual([['indirect', 'Jeff Stone', 'coal jobs are gone']]);
  });
  it('gives "she" to the only woman in a sentence about a man', () => {
    const r = run('Mr. Stone met Ms. Lane on Monday. She said the bank should be broken up.', actors);
    expect(brief(r)).toEqual([['indirect', 'Mary Lane', 'the bank should be broken up']]);
  });
  it('leaves the pronoun unclear when two men are named there', () => {
    const r = run('Ms. Lane met Mr. Stone and Mr. Vale. He noted that coal jobs are gone.', actors);
    expect(brief(r)).toEqual([]);
  });
  it('leaves it unclear when the only man is named inside a quotation', () => {
    const r = run(
      'Ms. Lane called the plan "a gift to Mr. Stone" on Monday. He noted that coal jobs are gone.',
      actors,
    );
    expect(brief(r).filter(([, who]) => who === 'Jeff Stone')).toEqual([]);
  });
});
