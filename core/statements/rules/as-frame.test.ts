import { describe, expect, it } from 'vitest';
import { undecidedRead } from '../fixture';

// The whole engine before the cards' threshold: what an "as" clause with a reporting verb frames.
const read = undecidedRead;
const all = (text: string) => {
  const { said, open } = read(text);
  return [...said, ...open];
};

describe('an "as" clause with a reporting verb', () => {
  it('opening a clause frames the words after it ("and as Comey noted, …", "As Mr. Obama put it, …")', () => {
    const text =
      'Employees can still get in trouble, and as James Comey noted, people involved in the case could face sanctions. As Mr. Obama put it last week, the deal is a good one.';
    expect(all(text)).toContainEqual([
      expect.stringMatching(/Comey/),
      'people involved in the case could face sanctions',
    ]);
    expect(all(text)).toContainEqual([expect.stringMatching(/Obama/), 'the deal is a good one']);
  });

  it('closing the sentence frames the words before it (", as Mr. Obama said.")', () => {
    expect(all('The economy is growing faster than expected, as Mr. Obama said.')).toContainEqual([
      expect.stringMatching(/Obama/),
      'The economy is growing faster than expected',
    ]);
  });

  it('frames nothing when no one is named ("As expected, …"), and gives the writer no card', () => {
    expect(all('As expected, the bill passed the Senate easily.')).toEqual([]);
    expect(read('As I said, the plan is a good one.').said).toEqual([]);
  });
});
