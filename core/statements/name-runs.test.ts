import { describe, expect, it } from 'vitest';
import { undecidedSaid as speakers } from './fixture';

// A run of capitalised words before a name where the parse takes the run's first word for the source
// phrase's head: a US state or city (`placeNames` in data/lexicons/places.json, places that only
// locate; on PolNeAR train seven statements spoke as one) or the first word of a title (six spoke
// as "Former", "House Majority", "Senate Majority Leader"). The engine whole, before the cards'
// threshold.

describe('a place that only locates', () => {
  it.each([
    'Senator Mitch McConnell spoke on Monday. The Kentucky Republican dismissed Obama’s actions.',
    'Her biggest supporters in New Hampshire insisted it was a temporary dip.',
    'At a rally in Portsmouth, N.H., on Tuesday, Senator Bernie Sanders of Vermont endorsed Mrs. Clinton.',
  ])('is never who speaks: %s', (text) => {
    expect(speakers(text).filter(([who]) => /^(?:Kentucky|New Hampshire|Vermont)$/.test(who!))).toEqual([]);
  });
  it('is who speaks when news prose has it speak for the people there ("Wall Street predicted")', () => {
    const text = 'The company reported earnings of $2.61 a share. Wall Street predicted $2.52 a share.';
    expect(speakers(text).map(([who]) => who)).toContain('Wall Street');
  });
  it('gives the words of a name it opens to the person named ("California Rep. Jared Huffman, …, said")', () => {
    const text = 'Colorado Rep. Jane Whitfield, a member of the caucus, said she had heard that account.';
    expect(speakers(text)).toEqual([['Jane Whitfield', 'she had heard that account']]);
  });
});

describe('a title before a name', () => {
  it.each([
    ['Former New York Gov. George Pataki is endorsing John Kasich.', 'George Pataki'],
    [
      'House Majority Leader Kevin McCarthy, R-Calif., revealed this last fall when he boasted of how the inquiry was hurting her in the polls.',
      'Kevin McCarthy',
    ],
  ])('gives the words to the person it names: %s', (text, who) => {
    expect(speakers(text).map(([speaker]) => speaker)).toEqual([who]);
  });
  it('gives the words to the person it names after a possessive ("said Clinton’s top foreign policy aide Jake Sullivan")', () => {
    const text =
      '“This has to be the first time that a major presidential candidate has encouraged a foreign power to conduct espionage against his political opponent,” said Clinton’s top foreign policy aide Jake Sullivan.';
    expect(speakers(text).map(([speaker]) => speaker)).toEqual(['Jake Sullivan']);
  });
  it('never gives a phrase’s words to a name its verb or preposition takes ("the super PAC backing Hillary Clinton")', () => {
    const text =
      'With a tight race in Iowa, the super PAC backing Hillary Clinton is using some of its muscle to try and undo a damaging narrative that the Democratic front-runner is beholden to Wall Street.';
    expect(speakers(text).filter(([who]) => /Clinton/.test(who!))).toEqual([]);
  });
  it('never gives the words of two it lists to the first ("like Senators A, …, and B, …, see")', () => {
    const text =
      'The case against Mr. Quiros is pending. Critics of the EB-5 program, like Senators Charles E. Grassley, Republican of Iowa, and Patrick J. Leahy, Democrat of Vermont, see reauthorization of the program as an opportunity to fix problems with how the money is used, increase oversight and address national security issues.';
    expect(speakers(text).filter(([who]) => /Grassley|Leahy/.test(who!))).toEqual([]);
  });
});

describe('a noun phrase the parse splits into several subjects of the verb', () => {
  it.each([
    [
      '“The campaign has been really reluctant to jump in on the foundation,” one senior Democrat said.',
      'one senior Democrat',
    ],
    [
      'Pro-Clinton super PAC Priorities USA Action announced a small ad buy this week in Nevada and Florida targeting Latinos in Spanish.',
      'PAC Priorities USA Action',
    ],
  ])('speaks as the whole phrase, never as its first or last word: %s', (text, who) => {
    expect(speakers(text).map(([speaker]) => speaker)).toEqual([who]);
  });
  it('is no one when it is a date ("On Dec. 15, the task force announced")', () => {
    const text =
      'Last September, German authorities formed a task force. On Dec. 15, the task force announced an agreement for tougher monitoring.';
    expect(speakers(text).filter(([who]) => /Dec/.test(who!))).toEqual([]);
  });
  it('is no one when its last word is a day ("voters … on Super Tuesday said")', () => {
    const text =
      'Large majorities of Republican primary voters in six states going to the polls on Super Tuesday said they support a proposal to temporarily ban all non-citizen Muslims from entering the United States.';
    expect(speakers(text).filter(([who]) => /Super|Tuesday/.test(who!))).toEqual([]);
  });
});

describe('a phrase a comma sets off before the subject', () => {
  it.each([
    'There are several reasons to be skeptical. Sure, official data suggest that the world production peaked in 2013.',
    'Most of the play is unspoken. Offstage, the actors agree with the widespread repudiation of the talk, but they also do not take him too seriously.',
  ])('is never who speaks: %s', (text) => {
    expect(speakers(text).filter(([who]) => /^(?:Sure|Offstage)$/.test(who!))).toEqual([]);
  });
  it('is who speaks when a clause, not a subject, follows the comma ("Abby Martin, had previously denounced")', () => {
    const text =
      'Another RT America host, Abby Martin, had previously denounced the annexation in an on-air diatribe.';
    expect(speakers(text).map(([who]) => who)).toEqual(['Abby Martin']);
  });
});

describe('a name right after a participle', () => {
  it('is its object, never who speaks ("which Mr. Trump called “a disgrace,” blaming Michael R. Bloomberg")', () => {
    const text =
      "While Hurun lists Mr. Trump's wealth at $6.5 billion, Forbes says it is $4.5 billion. Bloomberg pegged him at $2.9 billion, which Mr. Trump called ''a disgrace,'' blaming Michael R. Bloomberg. As for Mr. Bloomberg, Forbes put his net worth at $45 billion.";
    expect(speakers(text).filter(([who]) => /Michael/.test(who!))).toEqual([]);
  });
  it('is the subject of a participle clause that opens the sentence ("After blasting the Drudge Report…, Glenn Beck…")', () => {
    const text =
      'After blasting the Drudge Report for linking to a Breitbart article about his latest fast, Glenn Beck quoted the Bible.';
    expect(speakers(text)).toContainEqual([
      'Glenn Beck',
      'the Drudge Report for linking to a Breitbart article about his latest fast',
    ]);
  });
});

describe('one spoken to', () => {
  it('is never who speaks ("Another intelligence source speaking to Fox News said, “…”")', () => {
    const text =
      'Which were in addition to millions in foreign donations. Another intelligence source speaking to Fox News said, “The agents are investigating the possible intersection of donations.”';
    expect(speakers(text).filter(([who]) => /Fox/.test(who!))).toEqual([]);
  });
});
