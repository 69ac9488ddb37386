import { describe, expect, it } from 'vitest';
import { undecidedSaid as speakers } from './fixture';

// Subjects joined by "and" where the parse makes each conjunct a subject of the verb, or the
// source phrase stops at the first: on PolNeAR train "Sanders and his supporters argue", "Trump
// and his attorneys have said", "The Kentucky Republican and the New York businessman discussed"
// spoke as the first alone, and a "they" after such a sentence went to whoever spoke before it.
// The engine whole, before the cards' threshold.

const STATE =
  'Clinton has repeatedly called for her messages to be made public — even the ones State now says are “top secret.” ';

describe('a joint subject', () => {
  it('is no one of its members alone ("Clinton and her defenders argue")', () => {
    const text = `${STATE}Clinton and her defenders argue that at least some of the information being classified is in fact widely available or common knowledge.`;
    expect(speakers(text).filter(([, words]) => /widely available/.test(words!))).toEqual([]);
  });
  it.each(['She and her defenders', 'Clinton and her defenders'])(
    'is who a "they" in the next sentence means, not the speaker before it: %s',
    (subject) => {
      const text = `${STATE}${subject} argue that some of the information is common knowledge. They note that under government rules, even newspaper articles can be deemed “top secret” if they reference a program.`;
      expect(speakers(text).filter(([, words]) => /newspaper articles/.test(words!))).toEqual([]);
    },
  );
  it('is no one when the parse cuts a member short ("Holcomb and GOP legislative leaders touted")', () => {
    const text =
      'Indiana Gov. Eric Holcomb spoke on Monday. Holcomb and GOP legislative leaders touted the plan as making strides toward improving teacher pay.';
    expect(speakers(text).filter(([, words]) => /the plan/.test(words!))).toEqual([]);
  });
  it('is not a subject after an "and" that joins two clauses ("…about Zika and his campaign did not…")', () => {
    const text =
      'Mr. Trump has not talked about Zika and his campaign did not respond to a request for comment.';
    expect(speakers(text).filter(([, words]) => /request for comment/.test(words!))).toEqual([
      // A denied stance is shown with its verb.
      ['his campaign', 'did not respond to a request for comment'],
    ]);
  });
  it('speaks through "they" when the text named both ("Donald Trump and Mike Pence said… They added…")', () => {
    const text =
      'Mr. Trump met the press on Monday. Donald Trump and Mike Pence said they would fight the ruling. They added that the court was biased.';
    expect(speakers(text)).toContainEqual(['Donald Trump and Mike Pence', 'the court was biased']);
  });
});

describe('a joint subject the actors stage or the parse does not join', () => {
  it.each([
    [
      'with a title before the second name',
      'Donald Trump met aides. Donald Trump and House Speaker Paul Ryan pledged to work together despite their differences.',
      /work together/,
    ],
    [
      'the second a title and a name',
      'Marco Rubio spoke. On Sunday, Mr. Rubio and Senator Ted Cruz urged the rest of the party to unite.',
      /rest of the party/,
    ],
    [
      'the first a surname two people share',
      'Hillary Clinton and Bill Clinton spoke. The race has taken a turn as Clinton and Bernie Sanders explore their newfound aggressiveness.',
      /aggressiveness/,
    ],
    [
      'after a pronoun',
      'Hillary Clinton spoke on Monday. She and her aides have vowed to win back the public trust.',
      /public trust/,
    ],
  ])('is no one of its members alone: %s', (_, text, words) => {
    expect(speakers(text).filter(([, w]) => words.test(w!))).toEqual([]);
  });
  it('leaves a name that is the object of a verb before "and" out of the subject', () => {
    const text =
      "Pat Toomey spoke. Toomey has not endorsed Trump and Illinois's Mark Kirk withdrew his early support.";
    expect(speakers(text)).toContainEqual(['Mark Kirk', 'his early support']);
  });
});
