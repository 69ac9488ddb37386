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

// "After a few tries, I reached Valerie Smith by phone. Smith still found it difficult… She had
// represented him… “When I started…,” she said" (a real news page).
describe('the one person a paragraph names, for the "she" that closes a quotation', () => {
  const quoted = (opening: string) =>
    `Ms. Lane called on Monday.\n\n${opening} She had represented him since 1978. It was her first sale. "When I started, I really felt like this was where I was meant to be," she said.`;
  it('is that person, through a chain of "she" the sentences before do not settle', () => {
    const r = run(quoted('I eventually reached Tom Vale and Jane Doe by phone. Doe still found it hard.'), [
      ...actors,
      person('Jane Doe', 'Doe'),
    ]);
    expect(brief(r)).toContainEqual([
      'direct',
      'Jane Doe',
      'When I started, I really felt like this was where I was meant to be',
    ]);
  });
  it('is no one where the paragraph names her only as an owner, or opens a sentence on someone described', () => {
    const owner = run(quoted('Tom Vale compared Jane Doe’s book to a film.'), [
      ...actors,
      person('Jane Doe', 'Doe'),
    ]);
    expect(brief(owner).filter(([kind]) => kind === 'direct')).toEqual([]);
    const described = run(quoted('I reached Jane Doe by phone. The veteran agent still found it hard.'), [
      ...actors,
      person('Jane Doe', 'Doe'),
    ]);
    expect(brief(described).filter(([kind]) => kind === 'direct')).toEqual([]);
  });
  it('is no one for a "she" that closes no quotation', () => {
    const r = run(
      'Ms. Lane called on Monday.\n\nI reached Jane Doe by phone. She had represented him. It was her first sale. Then she said the deal was off.',
      [...actors, person('Jane Doe', 'Doe')],
    );
    expect(brief(r).filter(([, who]) => who === 'Jane Doe')).toEqual([]);
  });
});
