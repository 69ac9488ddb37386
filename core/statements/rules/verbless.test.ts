import { describe, expect, it } from 'vitest';
import { undecidedLines as said } from '../fixture';

describe('words before "…, X said, “…”"', () => {
  it('are no statement where they have no verb: a time, a place and what the speaker had done', () => {
    expect(
      said(
        'Tuesday in Berea, after winning Ohio in the Republican presidential primary, Gov. John Kasich said, “I am getting ready to rent a covered wagon.”',
      ),
    ).toEqual(['John Kasich (direct): I am getting ready to rent a covered wagon.']);
  });
  it('are the speaker’s first words where they are a clause, or a verb the tagger misread', () => {
    expect(
      said('A Ukrainian delegation is also in Abu Dhabi, a US official said, “and has been meeting.”'),
    ).toContain('a US official (indirect): A Ukrainian delegation is also in Abu Dhabi');
    expect(
      said(
        "Fidel Castro's revolution in 1959 dampened plans to return home, Marco Rubio said, “We stayed.”",
      )[0],
    ).toMatch(/^Marco Rubio \(indirect\): Fidel Castro's revolution/);
  });
});
