import { describe, expect, it } from 'vitest';
import { undecidedLines as said } from '../fixture';

// A relative clause on a named person, past what news prints between (relative-owner.ts).
describe('a relative "who" after a name', () => {
  it('reaches the name past a place and an appositive', () => {
    expect(
      said(
        'The bill was opposed by Sen. Dianne Feinstein of California, the ranking Democrat on the committee, who said the emails originated elsewhere.',
      ),
    ).toEqual(['Dianne Feinstein (indirect): the emails originated elsewhere']);
  });
  it('reaches a name a preposition holds after a word that cannot speak', () => {
    expect(
      said('Cruz won an endorsement from Mike Lee, who declared in the spin room, “I’m sending the signal.”'),
    ).toEqual(['Mike Lee (direct): I’m sending the signal.']);
  });
  it('reaches the name an appositive describes before a "who" with no comma', () => {
    expect(
      said(
        '“Do these people read newspapers?” said Bob Mulholland, a California superdelegate and Clinton supporter who has accused Sanders supporters of harassing his peers.',
      ),
    ).toContain('Bob Mulholland (indirect): accused Sanders supporters of harassing his peers');
  });
  it('names no one where the appositive names a relative', () => {
    const text =
      'The plan drew praise from Jane Doe, the wife of Senator John Smith, who said the plan was fair.';
    expect(said(text).filter((s) => s.includes('the plan was fair'))).toEqual([]);
  });
  it('names no one where a noun that could speak holds the name', () => {
    const text = 'The plan drew praise from a spokesman for Mike Lee of Utah, who said the plan was fair.';
    expect(said(text).filter((s) => s.includes('the plan was fair'))).toEqual([]);
  });
  it('ends the clause before another name’s relative clause, whose quote is that name’s', () => {
    expect(
      said(
        'Contrast that with Trump, who has called the 12-nation TPP pact "insanity," and Sanders, who says it\'s "disastrous."',
      ),
    ).toEqual([
      'Donald Trump (indirect): called the 12-nation TPP pact "insanity,"',
      'Bernie Sanders (indirect): it\'s "disastrous."',
      'Bernie Sanders (direct): disastrous.',
    ]);
  });
  it('ends a relative clause on the subject at the comma before the main verb', () => {
    expect(
      said(
        'Cruz, a graduate of Harvard Law School who has successfully argued a number of cases before the Supreme Court, will do an excellent job in judicial appointments, Blackwell maintains.',
      ).filter((s) => s.includes('cases')),
    ).toEqual(['Ted Cruz (indirect): a number of cases before the Supreme Court']);
  });
  it('keeps an aside out of whom a later pronoun means', () => {
    const text =
      'Asked whether he was concerned that Donald Trump, the presumptive Republican presidential nominee, who has called the notion of man-made global warming a hoax, could be the next occupant of the White House, Antonio Guterres demurred.\n\n"There is just one science," he said.';
    expect(said(text)).toContain('Antonio Guterres (direct): There is just one science');
  });
});
