import { describe, expect, it } from 'vitest';
import { undecidedRead } from '../fixture';

// The whole engine before the cards' threshold: what polls and documents are read to report.
const read = undecidedRead;

describe('a poll or a document that ends its sentence with what it shows', () => {
  it('reports the clause before the comma ("…, F.A.A. records show.", "…, the poll found.")', () => {
    const text =
      'Hillary Clinton leads Bernie Sanders by 19 points, the poll found. The Cessna has flown roughly 216 hours, F.A.A. records show.';
    const { said, open } = read(text);
    const all = [...said, ...open];
    expect(all).toContainEqual([
      expect.stringMatching(/poll/),
      'Hillary Clinton leads Bernie Sanders by 19 points',
    ]);
    expect(all).toContainEqual([expect.stringMatching(/records/), 'The Cessna has flown roughly 216 hours']);
  });

  it('only after such a thing ("…, the dogs found." is no report)', () => {
    const { said, open } = read('The ball rolled under the old porch, the dogs found.');
    expect([...said, ...open]).toEqual([]);
  });
});

describe('a poll that opens its sentence', () => {
  it('frames what the sentence reports ("In a Des Moines Register poll last month, …")', () => {
    const { open } = read(
      'In a Des Moines Register poll last month, Mr. Cruz had a 10 percentage-point lead.',
    );
    expect(open).toContainEqual([
      'a Des Moines Register poll last month',
      'Mr. Cruz had a 10 percentage-point lead',
    ]);
  });

  it('leaves a clause with its own reporting verb to that verb, and an interview is no poll', () => {
    const own = read(
      'In an online poll of 800 likely voters, Democracy Corp found that anti-Democrat attitudes are strong.',
    );
    expect(own.open.filter(([src]) => /^an online poll/.test(src!))).toEqual([]);
    const talk = read('In an interview on Monday, the senator was upbeat about the bill.');
    expect(talk.open).toEqual([]);
  });
});
