import { describe, expect, it } from 'vitest';
import { analyzeUndecided } from '../../engine';

// The engine whole (real tags, parse and models), before the confidence threshold, on shapes
// unseen news gave no speaker or the wrong one.
const said = (text: string) =>
  analyzeUndecided(text).result.statements.map((s) => [s.speaker, s.kind, s.text]);

describe('verbs of speaking', () => {
  it('report what was spoken of, with the speaker the subject names', () => {
    const text =
      'Prime Minister John Adler visited the border town on Friday. Adler had earlier spoken of "a new era of cooperation" between the two countries.';
    expect(said(text).map(([who, kind]) => [who, kind])).toEqual([['John Adler', 'indirect']]);
  });
});

describe('a statement someone issued', () => {
  it('speaks for who issued it, and its quotation goes on in the next sentence', () => {
    const text =
      'The White House issued a statement on Sunday. "We stand with Ukraine," the statement said. "Our support will not waver."';
    const r = said(text);
    expect(r.map(([who]) => who)).toEqual(['White House', 'White House']);
    expect(r[1]![2]).toBe('Our support will not waver.');
  });

  it('speaks for no one named when the subject that issued it is not one name', () => {
    const text =
      'The leaders of France, Germany and Italy issued a joint statement on Sunday. "We stand with Ukraine," the statement said.';
    expect(said(text).map(([who]) => who)).not.toContain('Germany and Italy');
  });
});

describe('two reporting verbs of one subject', () => {
  it('are two statements of that speaker, the first ending before "and"', () => {
    const text =
      'Prime Minister Theresa May said on Sunday that the country would formally declare its intention to break with the E.U. by the end of March and suggested that it would withdraw from the single market.';
    const r = said(text);
    expect(r.map(([who]) => who)).toEqual(['Theresa May', 'Theresa May']);
    expect(r[0]![2]).toMatch(/by the end of March$/);
    // The rules read the second verb (its card drops "that"), as they read the first.
    expect(r[1]![2]).toMatch(/^(?:that )?it would withdraw from the single market/);
  });

  it('keep the first verb whole when the second has a subject of its own', () => {
    const text = 'Senator Maria Lopez said the budget was balanced, and her rival claimed that it was not.';
    const r = said(text);
    expect(r.some(([who, , words]) => who === 'Maria Lopez' && /her rival claimed/.test(String(words)))).toBe(
      false,
    );
  });
});

describe('an inverted source with a role in lower case', () => {
  it('is the person named after the role', () => {
    const r = said('“The rationales don’t hold weight,” said local activist Terry Strada.');
    expect(r.map(([who, kind]) => [who, kind])).toEqual([['Terry Strada', 'direct']]);
    expect(r[0]![2]).toBe('The rationales don’t hold weight');
  });

  it('is never the person someone else speaks for or is related to', () => {
    for (const text of [
      '“It is wrong,” said the wife of Terry Strada.',
      '“It is wrong,” said a spokesman for Terry Strada.',
    ])
      expect(said(text).map(([who]) => who)).not.toContain('Terry Strada');
  });
});

describe('a source whose title the parse takes for its head', () => {
  it('is the person the title names, not an unnamed "Secretary"', () => {
    for (const text of [
      'Secretary of State Hillary Clinton is calling for more troops.',
      'Former Secretary of State Hillary Clinton is calling for more troops.',
    ])
      expect(said(text).map(([who]) => who)).toEqual(['Hillary Clinton']);
  });

  it('is never the person those the phrase names support', () => {
    expect(
      said('Supporters of Republican Donald Trump are calling for more troops.').map(([who]) => who),
    ).not.toContain('Donald Trump');
  });
});

describe('a quotation after a listener and a comma', () => {
  it('is the words of who told it', () => {
    const text = 'Robby Mook spoke on Sunday. Mook told CBS News, “We are really focused on this.”';
    expect(said(text).map(([who, kind, words]) => [who, kind, words])).toEqual([
      ['Robby Mook', 'direct', 'We are really focused on this.'],
    ]);
  });
});

describe('a signature under a quotation', () => {
  it('names who said it, one reader per line', () => {
    const text =
      '“I’m so ashamed to be an American.” ― Jacklyn Ashley\n\n“Trump must stop portraying Latinos as dangerous gangsters.” ― Krystal Correa';
    expect(said(text).map(([who]) => who)).toEqual(['Jacklyn Ashley', 'Krystal Correa']);
  });
});

describe('"he said" after a sentence that opens with a circumstance', () => {
  it('is the subject after the circumstance, whoever the quotation names', () => {
    const text =
      'Sadiq Khan spoke on Monday. In an interview with Time magazine, Khan said he would like to visit the United States. "If Donald Trump becomes the president I\'ll be stopped," he said.';
    expect(said(text).map(([who]) => who)).toEqual(['Sadiq Khan', 'Sadiq Khan']);
  });

  it('is the subject after a longer circumstance that "But" opens', () => {
    const text =
      'Hillary Clinton met Mitchell Moss on Friday. Mitchell Moss spoke first. But after focusing her attention on issues such as the drug epidemic ravaging rural communities, Clinton delivered a message on Sunday. "Our roads and bridges are crumbling," she said.';
    expect(said(text)).toContainEqual(['Hillary Clinton', 'direct', 'Our roads and bridges are crumbling']);
  });

  it("is the parse's subject of the main verb after a clause the patterns do not read", () => {
    const text =
      'Gary Johnson spoke to Brad Smith. When the moderator asked about the ballot, Johnson demurred. "The wonderful thing is that you don\'t have to tell anybody to do anything," he said.';
    expect(said(text)).toContainEqual([
      'Gary Johnson',
      'direct',
      "The wonderful thing is that you don't have to tell anybody to do anything",
    ]);
  });

  it('is no subject a subordinating word opens, whatever the parse made the main verb', () => {
    // The parse takes "took" for the root and Sanders for its subject.
    const text =
      'Bernie Sanders won in New Hampshire. Even before Sanders took the stage Tuesday night to acknowledge his victory, his campaign sent out a text message to supporters saying: "With your help, we were just declared the winner in New Hampshire!"';
    expect(said(text).map(([who]) => who)).not.toContain('Bernie Sanders');
  });

  it('is no one when the circumstance is followed by a group no one is named for', () => {
    const text =
      'Tom Clarke runs the mines. In August, several environmental groups granted Mr. Clarke an extension, saying his "start-up capital was less than expected."';
    expect(said(text).map(([who]) => who)).not.toContain('Tom Clarke');
  });
});

describe('a pronoun far from the last speaker', () => {
  it('is no one when a sentence since opens with someone else it could mean', () => {
    const text =
      'Lee Zeldin spoke outside. "It helps," he said outside the building.\n\nOn the eve of the meetings, Donald Trump eased his tone. Asked who leads the party, he said Paul Ryan.\n\n"We can always have differences," he said.';
    const last = said(text).find(([, , words]) => words === 'We can always have differences');
    expect(last?.[0]).not.toBe('Lee Zeldin');
  });

  it('is no one when its own sentence names another man it could mean', () => {
    const text =
      "Pastor Joseph Brown plans to recruit volunteers. Mr. Cruz's success reflects how he has pursued the Christian right since he announced his candidacy in March.";
    // (His own plan in the first sentence is his; what "he" did in the second is not.)
    const second = said(text).filter(([, , words]) => !/recruit volunteers/.test(words ?? ''));
    expect(second.map(([who]) => who)).not.toContain('Joseph Brown');
  });
});

describe('a joint source', () => {
  it('is no statement of one of its members alone', () => {
    const text =
      'Carol Bigbee works at Carrier. Ms. Bigbee and her co-workers were talking over beers at a bar.';
    expect(said(text).map(([who]) => who)).not.toContain('Carol Bigbee');
  });
});

describe('"the" and the last word of a body named before', () => {
  it('is that body', () => {
    const text =
      'The International Monetary Fund cut its forecast on Tuesday. In its report, the fund warned that the exit will raise many questions in the coming years.';
    const r = said(text);
    expect(r).toHaveLength(1);
    expect(r[0]![0]).toMatch(/International Monetary Fund$/);
  });

  it('is no one named when two bodies end in that word', () => {
    const text =
      'The Justice Department and the State Department met on Monday. The department warned that it would act soon.';
    expect(said(text).map(([who]) => who)).not.toContain('Justice Department');
    expect(said(text).map(([who]) => who)).not.toContain('State Department');
  });
});

describe("a stance noun that is the sentence's subject", () => {
  it("ends before the sentence's own verb", () => {
    const text =
      "Peter Kadzik met Republicans. Kadzik's refusal to answer fully did not go over well with Republicans.";
    const { result } = analyzeUndecided(text);
    expect(result.unresolved.map((u) => text.slice(u.start, u.end))).toContain('refusal to answer fully');
  });
});

describe("a person's stance named by a noun", () => {
  it('is no card statement of theirs: someone else describes it', () => {
    const text =
      "Donald Trump spoke in Ohio on Monday. Critics said little about Trump's call for a ban on Muslims entering the country.";
    expect(said(text).filter(([who]) => who === 'Donald Trump')).toEqual([]);
  });

  it("stays a government's position where it is printed as the government's own", () => {
    const text =
      "Russia and Ukraine met in Geneva on Sunday. Russia's demand that Ukraine withdraw its troops was rejected by Kyiv.";
    expect(said(text).filter(([who]) => who === 'Russia')).toEqual([
      ['Russia', 'position', 'Ukraine withdraw its troops'],
    ]);
  });
});

describe('a relative "who" right after a noun', () => {
  it('speaks for that noun, wherever the parse hangs its clause', () => {
    const text = 'The party offered fresh ammunition to Republicans who say the law is a money pit.';
    // Whether "offered" reports anything, and so whether the relative clause inside its words is
    // read at all, is the predicate model's call; what "say" reports is never the party's.
    const moneyPit = said(text).filter(([, , words]) => String(words).includes('money pit'));
    expect(moneyPit.filter(([who]) => who !== 'Republicans')).toEqual([]);
    expect(said(text).filter(([who]) => who === 'The party')).not.toContainEqual(
      expect.arrayContaining([expect.stringContaining('Republicans who')]),
    );
  });
});

describe('", who" after a name the verb takes as its object', () => {
  it('speaks for the name where the parse joins the clause to the sentence verb', () => {
    const text = 'Obama met Hillary Clinton, who cited her years as secretary of State.';
    expect(said(text).filter(([, , words]) => String(words).includes('her years'))).toEqual([
      ['Hillary Clinton', 'position', 'her years as secretary of State'],
    ]);
  });

  it('speaks for a name a preposition brings in when the phrase hangs from a verb or adjective', () => {
    const text =
      'The loss was steep for Bernie Sanders, who said he intended to get "recharged and take a day off."';
    expect(said(text).filter(([, , words]) => String(words).includes('intended'))).toEqual([
      ['Bernie Sanders', 'indirect', 'he intended to get "recharged and take a day off."'],
    ]);
  });

  it("is no one name's when its verb is plural", () => {
    const text = 'The donors backed Donald Trump and Ted Cruz, who have billed themselves as outsiders.';
    expect(said(text).filter(([, , words]) => String(words).startsWith('themselves'))).toEqual([]);
  });
});

describe('"said" and a short adjunct before a clause', () => {
  it('reads the clause after the adjunct as the words', () => {
    const text = 'Donald Trump said after the convention he would not accept the endorsement.';
    expect(said(text).map(([who, kind, words]) => [who, kind, words])).toEqual([
      ['Donald Trump', 'indirect', 'he would not accept the endorsement'],
    ]);
  });

  it('still takes an adjunct alone for no words', () => {
    expect(said('Donald Trump said during his years in office.')).toEqual([]);
  });
});

describe('a subject the text only describes, between a speaker and "he"', () => {
  it('leaves "he" open when "the president" opens the sentence before and is not the last speaker', () => {
    const text =
      'President Tom Hale signed the bill. "Now it is back to power plants only," Senator Lamar Dunn said in an interview. In defeat, the president appeared cowed. In 2012, he said climate change was a distant threat.';
    expect(said(text).filter(([, , words]) => /climate/.test(words!))).toEqual([]);
  });

  it('keeps "he" for the speaker a description of their role stands for', () => {
    const text =
      'Republican nominee Tom Hale spoke in Michigan on Friday. "It was rigged," Hale said. The Republican is also urging his supporters to ask why. He says: "I wonder why it was bad."';
    expect(said(text).filter(([, , words]) => /wonder/.test(words!))).toEqual([
      ['Tom Hale', 'direct', 'I wonder why it was bad.'],
    ]);
  });

  it('never gives "they" to the speaker before when a plural noun opens its own sentence', () => {
    const text =
      'Critics sent a letter to Senate leaders. "The program has become plagued by fraud," the critics wrote. Proponents, including the Conference of Mayors, have urged Congress to leave the program intact, although they say they support some changes.';
    // The clause joined by "although" is the sentence's own subject's (coref.ts joinedSpeaker),
    // never the critics'.
    const support = said(text).filter(([, , words]) => /support some changes/.test(words!));
    expect(support.map(([who]) => who)).toEqual(['Proponents']);
  });

  it('never takes the object of a preposition that opens the sentence for its subject', () => {
    const text =
      'President Tom Hale spoke on Monday. Campaigning against Mitt Romney in 2012, he said climate change was a hoax.';
    expect(said(text).map(([who]) => who)).not.toContain('Mitt Romney');
  });
});
