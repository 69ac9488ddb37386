// Error classes seen on unseen US news, each with a small hand-written sentence.
import { describe, expect, it } from 'vitest';
import { brief, cardSaid, person, runFlagged as run } from './fixture';
import { analyze } from '../engine';

describe('guessed names', () => {
  it('takes no institution for a person', () => {
    const r = run('“The rule is plainly unlawful,” Harvard Law School has argued.');
    expect(brief(r)).toEqual([]);
  });
  it('takes no sentence-initial word for a name', () => {
    const r = run('“The rule is plainly unlawful,” Having said.');
    expect(brief(r)).toEqual([]);
  });
  it('takes a titled name and a full name with a known given name', () => {
    const r = run('“We will win,” said Sen. Pat Vane. “We will lose,” said Robert Quill.');
    expect(brief(r)).toEqual([
      ['direct', 'Pat Vane', 'We will win'],
      ['direct', 'Robert Quill', 'We will lose'],
    ]);
  });
  it('takes a lone surname the text names in full elsewhere, and no lone given name', () => {
    const r = run('Robert Quill spoke on Monday. “We will win,” said Quill. “We will lose,” Melanie said.');
    expect(brief(r)).toEqual([['direct', 'Quill', 'We will win']]);
  });
  it('leaves out a surname two known people share', () => {
    const r = run('Hillary Clinton and Bill Clinton spoke. “We will win,” Clinton said.', [
      person('Hillary Clinton'),
      person('Bill Clinton'),
    ]);
    expect(brief(r)).toEqual([]);
  });
});

describe('non-speech complements', () => {
  it('reads no content in a prepositional phrase after the verb', () => {
    const r = run('Mr. Lee said in his interview with the paper. Mr. Lee reported from Midway Atoll.', [
      person('Tom Lee', 'Mr. Lee'),
    ]);
    expect(brief(r)).toEqual([]);
  });
  it('takes the clause after the verb when an adverbial comes before the source', () => {
    // Both parts are the words the attribution interrupts (rules/interrupted.test.ts).
    const text =
      'During his eight long years in office, Mr. Lee said, most voters have come to trust the plan.';
    const r = run(text, [person('Tom Lee', 'Mr. Lee')]);
    expect(brief(r)).toEqual([['indirect', 'Tom Lee', text.slice(0, -1)]]);
    expect(r.statements[0]!.content?.map((c) => text.slice(c.start, c.end))).toEqual([
      'During his eight long years in office',
      'most voters have come to trust the plan',
    ]);
  });
  it('reads no statement in "said to be"', () => {
    const r = run('Party leaders said to be worried met on Monday.');
    expect(brief(r)).toEqual([]);
  });
});

describe('a speech verb joined by "and" to the first verb of the sentence', () => {
  it("takes the sentence's subject", () => {
    const r = run(
      'Mr. Lee thanked Miami and said it was great to be home. Mr. Lee shook his head and said, “No.”',
      [person('Tom Lee', 'Mr. Lee')],
    );
    expect(brief(r)).toEqual([
      ['indirect', 'Tom Lee', 'it was great to be home'],
      ['direct', 'Tom Lee', 'No.'],
    ]);
  });
  it('never inside a fronted subordinate clause', () => {
    const r = run('After Mr. Lee won and said he would build a wall, Ms. Kay attacked.', [
      person('Tom Lee', 'Mr. Lee'),
      person('Ann Kay', 'Ms. Kay'),
    ]);
    expect(r.statements.map((s) => s.speaker)).not.toContain('Ann Kay');
  });
});

describe('"that" set off by a comma', () => {
  it('reads the quote after "said that," as the clause said', () => {
    const r = run(
      'Spokeswoman Jo Ditto said via email that, “Of course Mr. Lee is going to defend himself” against the attack.',
      [person('Jo Ditto', 'Ditto')],
    );
    expect(brief(r)).toContainEqual(['direct', 'Jo Ditto', 'Of course Mr. Lee is going to defend himself']);
  });
});

describe('noun-phrase complements', () => {
  it('reads no statement in a listener alone, but lets the quote after it find its speaker', () => {
    const r = run('Mr. Lee told some of the farmers. “We will not give up.”', [person('Tom Lee', 'Mr. Lee')]);
    expect(brief(r)).toEqual([['direct', 'Tom Lee', 'We will not give up.']]);
  });
  it('reads no clause in a possessive noun phrase', () => {
    const r = run('Mr. Lee claimed a clear lead in the party’s primary.', [person('Tom Lee', 'Mr. Lee')]);
    expect(brief(r)).toEqual([]);
  });
  it('reads "As for …" before the source only as the first part of words it interrupts', () => {
    const text = 'As for the network’s political bent, Mr. Lee said, every outlet has taken sides.';
    const r = run(text, [person('Tom Lee', 'Mr. Lee')]);
    expect(r.statements[0]!.content?.map((c) => text.slice(c.start, c.end))).toEqual([
      'As for the network’s political bent',
      'every outlet has taken sides',
    ]);
    expect(
      brief(run('As for the network’s political bent, Mr. Lee said.', [person('Tom Lee', 'Mr. Lee')])),
    ).toEqual([]);
  });
});

describe('modifier mentions', () => {
  it('never makes a possessive the speaker of an outlet’s claim', () => {
    const r = run('The Daily Ledger claims the UAW’s refusal to back the bill is a mistake.', [
      { name: 'Daily Ledger', type: 'organization', aliases: ['Daily Ledger'] },
      { name: 'United Auto Workers', type: 'organization', aliases: ['UAW'] },
    ]);
    expect(r.statements.map((s) => s.speaker)).not.toContain('United Auto Workers');
  });
  it('never makes an attributive name the subject', () => {
    const r = run('A GOP-backed group said the tax plan is dead.', [
      { name: 'Republican Party', type: 'organization', aliases: ['GOP'] },
    ]);
    expect(r.statements.map((s) => s.speaker)).not.toContain('Republican Party');
  });
});

describe('quoted titles', () => {
  it('reads no speech in the name of a show or a book', () => {
    const r = run(
      'Mr. Lee appeared on “Morning Talk Hour” on Monday. He praised the book “Collapse: How Nations Fail.”',
      [person('Tom Lee', 'Mr. Lee')],
    );
    expect(r.statements.filter((s) => s.kind === 'direct')).toEqual([]);
  });
  it('still reads a headline that quotes someone in the first person', () => {
    const r = run('“I Will Win This Race,” Mr. Lee said.', [person('Tom Lee', 'Mr. Lee')]);
    expect(brief(r)).toEqual([['direct', 'Tom Lee', 'I Will Win This Race']]);
  });
});

describe('quotes at a sentence end', () => {
  it('never gives a quoted object to the subject of the next sentence', () => {
    const r = run(
      'Mr. Lee called the ruling “arbitrary.” Pat Vane, a party operative, warned that voters would leave.',
      [person('Tom Lee', 'Mr. Lee'), person('Pat Vane')],
    );
    expect(r.statements.filter((s) => s.speaker === 'Pat Vane' && s.kind === 'direct')).toEqual([]);
  });
  it('never passes a quote on when a source follows it in the next sentence', () => {
    const r = run(
      'Mr. Lee praised the deal. “It looks bad, who knows?” Mr. Vane told a TV station in an interview aired on Monday.',
      [person('Tom Lee', 'Mr. Lee'), person('Pat Vane', 'Mr. Vane')],
    );
    expect(r.statements.filter((s) => s.kind === 'direct' && s.speaker === 'Tom Lee')).toEqual([]);
  });
});

describe('quotes that name their own speaker', () => {
  it('reads no quote that opens on a transcript label', () => {
    const r = run('Ms. Ray wrote: “Pat Vane: Seriously, this is a disaster.”', [
      person('Ann Ray', 'Ms. Ray'),
      person('Pat Vane'),
    ]);
    expect(brief(r)).toEqual([]);
  });
  it('gives a colon quote to the subject after a dash', () => {
    const r = run(
      'As Ms. Ray tried to change the topic - Mr. Vane answered with a phrase: “Do not moan to me.”',
      [person('Ann Ray', 'Ms. Ray'), person('Pat Vane', 'Mr. Vane')],
    );
    expect(brief(r)).toEqual([['direct', 'Pat Vane', 'Do not moan to me.']]);
  });
  it('leaves a pull quote to the place that attributes it', () => {
    const r = run(
      'Ms. Ray spoke first.\n\n“We are going to enter the next recession without a plan.”\n\n“We are going to enter the next recession without a plan,” said Mr. Vane.',
      [person('Ann Ray', 'Ms. Ray'), person('Pat Vane', 'Mr. Vane')],
    );
    expect(brief(r)).toEqual([
      ['direct', 'Pat Vane', 'We are going to enter the next recession without a plan'],
    ]);
  });
});

describe('unnamed sources', () => {
  it('takes no sentence-opening subordinator into a source', () => {
    const r = run('Unless countries act soon, they said, the seas will keep rising.');
    expect(r.statements.map((s) => s.speaker)).not.toContain('Unless countries');
  });
  it('never takes a surname two people share in the text for a guessed name', () => {
    const r = run('Hillary Clinton spoke, and Bill Clinton listened. “We will win,” said Clinton.');
    expect(brief(r)).toEqual([]);
  });
});

describe('fragments', () => {
  it('reads no content in the subject of a split clause', () => {
    const r = run('These workers, Mr. Lee explained, were paid well.', [person('Tom Lee', 'Mr. Lee')]);
    expect(brief(r).filter((s) => s[2] === 'These workers')).toEqual([]);
  });
  it('reads no content in a word or two before "according to"', () => {
    const r = run('According to the Daily Ledger, basically.', [
      { name: 'Daily Ledger', type: 'organization', aliases: ['Daily Ledger'] },
    ]);
    expect(brief(r)).toEqual([]);
  });
  it('reads no speech in a name given to something', () => {
    const r = run('The Ledger ran an ad, titled “Careless Spender,” on Monday, Mr. Lee said.', [
      person('Tom Lee', 'Mr. Lee'),
    ]);
    expect(r.statements.filter((s) => s.kind === 'direct')).toEqual([]);
  });
});

describe('a participle with a subject of its own', () => {
  it('gives "…, with <Name> stating: “…”" to the name, not to the sentence’s subject', () => {
    const r = run(
      'Critics of the deal, such as labor unions, have attacked it for months, with union president Carla Mendes stating: "This agreement sells out American workers."',
      [person('Carla Mendes', 'Mendes')],
    );
    expect(brief(r)).toEqual([['direct', 'Carla Mendes', 'This agreement sells out American workers.']]);
  });
});

describe('a quote, then its source and where it spoke', () => {
  const lopez = person('Maria Lopez', 'Lopez');
  it('reads "“…,” <Name> said <a time counted from an event>" as the name’s quote, not the time', () => {
    const r = run(
      'Maria Lopez spoke. “We want to live in a free country,” Lopez said two days after the attack.',
      [lopez],
    );
    expect(brief(r)).toEqual([['direct', 'Maria Lopez', 'We want to live in a free country']]);
  });
  it('reads "“…,” said <Name> to <a long phrase>" as the name’s quote', () => {
    const r = run(
      'Senator Maria Lopez met reporters.\n\n"We will not back down," said Lopez to a crowd of several hundred supporters gathered outside the state capitol.',
      [lopez],
    );
    expect(brief(r)).toEqual([['direct', 'Maria Lopez', 'We will not back down']]);
  });
  it('reads "“…,” <Name> told <a long listener>" as the quote told, not the listener as words', () => {
    const r = run(
      'Senator Maria Lopez met reporters.\n\n"We will not back down," Lopez told a crowd of several hundred supporters gathered outside the state capitol.',
      [lopez],
    );
    expect(brief(r)).toEqual([['direct', 'Maria Lopez', 'We will not back down']]);
  });
});

describe('a description word for word a role the text gives one person (the whole engine)', () => {
  it('is that person, named before it', () => {
    expect(
      cardSaid(
        'Republican presidential candidate Donald Trump spoke in Iowa on Monday. The Republican presidential candidate said that heroin is now cheaper than candy.',
      ),
    ).toContainEqual(['Donald Trump', 'that heroin is now cheaper than candy']);
  });
  it('stays an unnamed source where two people hold the role, or the person is named only after it', () => {
    const both = cardSaid(
      'Republican presidential candidate Donald Trump met Republican presidential candidate Ted Cruz on Monday. The Republican presidential candidate said that heroin is now cheaper than candy.',
    );
    expect(both.find(([, words]) => words === 'that heroin is now cheaper than candy')?.[0]).toBe(
      'The Republican presidential candidate',
    );
    const after = cardSaid(
      'The Republican presidential candidate said that heroin is now cheaper than candy. Republican presidential candidate Donald Trump spoke in Iowa on Monday.',
    );
    expect(after.find(([, words]) => words === 'that heroin is now cheaper than candy')?.[0]).toBe(
      'The Republican presidential candidate',
    );
  });
});

describe('a relative or appositive set off by dashes', () => {
  const joyce = person('William Joyce', 'Joyce');
  it('leaves the name before it the subject, as commas would', () => {
    const r = run('Joyce — who is listed as an attorney in Illinois — said he is not planning an appeal.', [
      joyce,
    ]);
    expect(brief(r)).toEqual([['indirect', 'William Joyce', 'he is not planning an appeal']]);
  });
  it('gives a list set off by dashes to none of its names', () => {
    const r = run(
      'The other candidates — Jeb Bush, Ben Carson and Rand Paul — said they hoped to revive their campaigns.',
      [person('Jeb Bush', 'Bush'), person('Ben Carson', 'Carson'), person('Rand Paul', 'Paul')],
    );
    expect(brief(r).map(([, who]) => who)).not.toContain('Ben Carson');
    expect(brief(r).map(([, who]) => who)).not.toContain('Rand Paul');
  });
});

describe('"the official" after an unnamed source', () => {
  it('is that source only where the earlier description holds every word of it', () => {
    const said = analyze(
      'A Democratic official said that the vote was fair. The Republican official said that the vote was rigged. The official said that a recount would follow.',
    ).statements;
    const who = (words: string) => said.find((s) => s.text === words)?.speaker;
    expect(who('the vote was rigged')).not.toBe(who('the vote was fair'));
    expect(who('a recount would follow')).toBeDefined();
  });
});

describe('an opening phrase with a place of two parts', () => {
  it('leaves the subject after it the antecedent of the next sentence’s pronoun', () => {
    const text =
      'In a speech in Fort Pierce, Florida Friday, Maria Lopez laid out her proposals. She said the plan would pass.';
    expect(brief(run(text, [person('Maria Lopez', 'Lopez')]))).toContainEqual([
      'indirect',
      'Maria Lopez',
      'the plan would pass',
    ]);
  });
});
