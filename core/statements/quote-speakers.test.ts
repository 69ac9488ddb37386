import { describe, expect, it } from 'vitest';
import { analyze } from '../engine';
import { brief, cardSaid, runRules as run } from './fixture';

// Whose a quotation is: shapes that gave a quote to the wrong speaker on PolNeAR train (issue #9),
// each a general form of one. The shapes of other words given to the wrong speaker are in
// misattribution.test.ts.

const TRUMP = {
  name: 'Donald Trump',
  type: 'person' as const,
  aliases: ['Donald Trump', 'Trump', 'Mr Trump'],
};
describe('quotes inside a reported clause', () => {
  const WSJ = {
    name: 'Wall Street Journal',
    type: 'organization' as const,
    aliases: ['The Wall Street Journal'],
  };
  const PAPER = { name: 'Chicago Tribune', type: 'organization' as const, aliases: ['the Chicago Tribune'] };
  it("gives a quote in a clause to that clause's speaker when a participle follows it", () => {
    const r = run(
      'Trump said the team had made “tremendous progress” this week, adding that talks would go on.',
      [TRUMP],
    );
    expect(brief(r)).toContainEqual(['direct', 'Donald Trump', 'tremendous progress']);
  });
  it('never gives a quote another subject hands over to the paper that reports the clause', () => {
    const r = run(
      'Fans in the stands chanted, “Build a wall,” during the game, the Chicago Tribune reported.',
      [PAPER],
    );
    expect(r.statements.filter((s) => s.kind === 'direct')).toEqual([]);
    expect(brief(r)).toContainEqual([
      'indirect',
      'Chicago Tribune',
      'Fans in the stands chanted, “Build a wall,” during the game',
    ]);
  });
  it('gives a quote to the verb whose colon hands over to it, not to the quote before', () => {
    const ALAWEE = { name: 'Breshna Alawee', type: 'person' as const, aliases: ['Ms. Alawee'] };
    const ZAHED = { name: 'Abdullah Zahed', type: 'person' as const, aliases: ['Mr. Zahed'] };
    const r = run(
      '“We are refugees,” Ms. Alawee said. “We are not terrorists.” Mr. Zahed said: “The attacks hurt us.”',
      [ALAWEE, ZAHED],
    );
    expect(brief(r)).toEqual([
      ['direct', 'Breshna Alawee', 'We are refugees'],
      ['direct', 'Breshna Alawee', 'We are not terrorists.'],
      ['direct', 'Abdullah Zahed', 'The attacks hurt us.'],
    ]);
  });
  it.each([
    [
      'Mr. Ross said Mr. Obama had told Jewish leaders that he would end the policy of allowing “no daylight” between the two.',
      'no daylight',
    ],
    [
      'The Journal notes that Coulter wanted Haley gone, and Trump later called Haley “very weak on immigration.”',
      'very weak on immigration.',
    ],
  ])('never gives the reported speaker a quote another subject in the clause says: %s', (text, quote) => {
    const ROSS = { name: 'Dennis Ross', type: 'person' as const, aliases: ['Mr. Ross'] };
    const OBAMA = { name: 'Barack Obama', type: 'person' as const, aliases: ['Mr. Obama'] };
    const JOURNAL = { name: 'The Journal', type: 'organization' as const, aliases: ['The Journal'] };
    const HALEY = { name: 'Nikki Haley', type: 'person' as const, aliases: ['Haley'] };
    const r = run(text, [ROSS, OBAMA, JOURNAL, TRUMP, HALEY]);
    expect(brief(r).filter(([kind, , words]) => kind === 'direct' && words === quote)).toEqual([]);
  });
  it('keeps a quote with the reported speaker when the other subject in the clause does not speak', () => {
    const GORKA = { name: 'Sebastian Gorka', type: 'person' as const, aliases: ['Gorka'] };
    const CLINTON = { name: 'Hillary Clinton', type: 'person' as const, aliases: ['Clinton'] };
    const r = run('Gorka said that Clinton faced a “slam-dunk” indictment on twenty counts.', [
      GORKA,
      CLINTON,
    ]);
    expect(brief(r)).toContainEqual(['direct', 'Sebastian Gorka', 'slam-dunk']);
  });
  it('keeps a quote with the reported speaker after a verb of thought in the clause', () => {
    const PUTIN = { name: 'Vladimir Putin', type: 'person' as const, aliases: ['Putin'] };
    const SENATOR = { name: 'Jane Roe', type: 'person' as const, aliases: ['Senator Jane Roe'] };
    const r = run(
      'Senator Jane Roe told CBS News that Putin believes he will take the region “one way or the other” through negotiation.',
      [PUTIN, SENATOR],
    );
    expect(brief(r)).toContainEqual(['direct', 'Jane Roe', 'one way or the other']);
  });
  it('never gives the reporter a quote another subject whispers to someone ("his wife whispered to him: “…”")', () => {
    const COSTA = { name: 'Robert Costa', type: 'person' as const, aliases: ['Robert Costa'] };
    const r = run(
      'As the crowd cheered Sanders on Tuesday night, Robert Costa reported, his wife whispered to him: “They’re still with you.”',
      [COSTA],
    );
    expect(r.statements.filter((s) => s.kind === 'direct')).toEqual([]);
  });
  it('never gives the reported speaker a quote a pronoun hands over to someone else', () => {
    const DOE = { name: 'Jane Doe', type: 'person' as const, aliases: ['Jane Doe'] };
    const ROE = { name: 'Tom Roe', type: 'person' as const, aliases: ['Tom Roe'] };
    const r = run(
      'Tom Roe spoke first. Let us ensure that his brother, Tom Roe, when he said, “His name means something,” and that, as his daughter, Jane Doe, said, is heard.',
      [DOE, ROE],
    );
    expect(brief(r).filter(([kind, who]) => kind === 'direct' && who === 'Jane Doe')).toEqual([]);
  });
  it('keeps a quote the reported speaker hands over as "he" ("Trump said he responded: “…”")', () => {
    const r = run(
      'His wife had warned him to act presidential, but Trump said he responded: “When you have incoming, you can’t be too presidential.”',
      [TRUMP],
    );
    expect(brief(r)).toContainEqual([
      'direct',
      'Donald Trump',
      'When you have incoming, you can’t be too presidential.',
    ]);
  });
  it('keeps a quote with the reported speaker after a verb of judgement in the clause', () => {
    const POMPEO = { name: 'Mike Pompeo', type: 'person' as const, aliases: ['Pompeo'] };
    const US = { name: 'United States', type: 'government' as const, aliases: ['Washington'] };
    const r = run(
      'Pompeo said that after legal consultation Washington had concluded the settlements were “not, per se, inconsistent with international law”.',
      [POMPEO, US],
    );
    expect(brief(r)).toContainEqual([
      'direct',
      'Mike Pompeo',
      'not, per se, inconsistent with international law',
    ]);
  });
  it('never gives a quote someone else shouted to the source after it', () => {
    const BECK = { name: 'Glenn Beck', type: 'person' as const, aliases: ['Glenn Beck', 'Beck'] };
    const r = run('Glenn Beck spoke. When someone in the audience shouted, “Cruz,” Beck joked, again.', [
      BECK,
    ]);
    expect(r.statements.filter((s) => s.kind === 'direct')).toEqual([]);
  });
  it('ends a clause reported inside a fronted "when" clause at its comma', () => {
    const RUBIO = { name: 'Marco Rubio', type: 'person' as const, aliases: ['Marco Rubio', 'Rubio'] };
    const r = run('When Trump suggested that Cuba would sue the U.S., Rubio fired back: “They will lose.”', [
      TRUMP,
      RUBIO,
    ]);
    expect(brief(r)).toEqual([
      ['indirect', 'Donald Trump', 'Cuba would sue the U.S'],
      ['direct', 'Marco Rubio', 'They will lose.'],
    ]);
  });
  it('ends a clause at "and <name> says", whose quote is the second speaker\'s', () => {
    const CRUZ = { name: 'Ted Cruz', type: 'person' as const, aliases: ['Ted Cruz', 'Cruz'] };
    const r = run(
      'Ted Cruz accuses Obama of “leading from behind” and Donald Trump says he is “losing the war.”',
      [CRUZ, TRUMP],
    );
    expect(brief(r)).toContainEqual(['direct', 'Donald Trump', 'losing the war.']);
    expect(brief(r)).toContainEqual(['indirect', 'Ted Cruz', 'Obama of “leading from behind”']);
  });
  it("never gives a quote to an earlier speaker when another subject's verb hands over to it", () => {
    const CRUZ = { name: 'Ted Cruz', type: 'person' as const, aliases: ['Ted Cruz', 'Cruz'] };
    const r = run('“There is a young man having problems,” Cruz said as the heckler yelled: “You suck!”', [
      CRUZ,
    ]);
    expect(brief(r)).toEqual([['direct', 'Ted Cruz', 'There is a young man having problems']]);
  });
  it("ends a clause at a participle after its closing quote, and gives the participle's quote to the speaker", () => {
    const OBAMA = { name: 'Barack Obama', type: 'person' as const, aliases: ['Obama'] };
    const r = run(
      'Obama said there is still “more work to do,” noting weak growth abroad, and added, “We will get there.”',
      [OBAMA],
    );
    expect(brief(r)).toContainEqual(['indirect', 'Barack Obama', 'there is still “more work to do,”']);
    const albright = run(
      'Madeleine Albright urged women to vote, saying, “There is a special place in hell.”',
      [{ name: 'Madeleine Albright', type: 'person' as const, aliases: ['Madeleine Albright'] }],
    );
    expect(brief(albright)).toContainEqual([
      'direct',
      'Madeleine Albright',
      'There is a special place in hell.',
    ]);
  });
  it('reads "reports" after a name at the end of the clause as the verb', () => {
    const r = run(
      'Bonuses for bankers were $500 to $2,000 every three months, The Wall Street Journal reports.',
      [WSJ],
    );
    expect(brief(r)).toEqual([
      ['indirect', 'Wall Street Journal', 'Bonuses for bankers were $500 to $2,000 every three months'],
    ]);
  });
});

describe('a quote handed over by a participle with a subject of its own', () => {
  it('is not the sentence subject’s ("Pence recalled Trump telling him, “…”")', () => {
    const text = 'Mike Pence recalled Donald Trump telling him, “We are going to win.”';
    const said = cardSaid(text);
    expect(said).not.toContainEqual(['Mike Pence', 'We are going to win.']);
  });
});

describe('a quote after a verb of perceiving', () => {
  const REYES = {
    name: 'Dan Reyes',
    type: 'person' as const,
    aliases: ['Officer Dan Reyes', 'Dan Reyes', 'Reyes'],
  };
  const MARSH = { name: 'Ellen Marsh', type: 'person' as const, aliases: ['Ellen Marsh', 'Marsh'] };
  it('never gives the quote to the one who heard it', () => {
    const r = run('Officer Dan Reyes heard the suspect shouting: "You will never take me alive!"', [REYES]);
    expect(brief(r).map((s) => s[1])).not.toContain('Dan Reyes');
  });
  it('gives it to the one heard, where the text names them', () => {
    const r = run('Officer Dan Reyes heard Ellen Marsh shouting: "You will never take me alive!"', [
      REYES,
      MARSH,
    ]);
    expect(brief(r)).toEqual([['direct', 'Ellen Marsh', 'You will never take me alive!']]);
  });
});

describe('a quote handed over by "interjected", "retorted" or "scoffed"', () => {
  it('is never the words of the speaker the sentence opened on', () => {
    const r = cardSaid(
      'Hillary Clinton, Bernie Sanders and Martin O’Malley debated. Clinton said that experts had found her proposals effective, to which O’Malley interjected: “It’s just not true.”',
    );
    expect(r.filter(([who, words]) => who === 'Hillary Clinton' && /not true/.test(words!))).toEqual([]);
    // Her words end where the clause on them, with a subject of its own, begins.
    expect(r).toContainEqual(['Hillary Clinton', 'experts had found her proposals effective']);
  });
  it('gives the quote before it to the one named after it', () => {
    expect(
      cardSaid(
        'Arianna Gil helped found the group. “Skater bros all think they are rebels,” scoffed Arianna Gil, 22.',
      ),
    ).toContainEqual(['Arianna Gil', 'Skater bros all think they are rebels']);
  });
});

describe('a split quote with a chant between', () => {
  it('gives the chant to no one rather than to the speaker before it', () => {
    const said = cardSaid(
      'Sheriff Joe Arpaio vouched for the wall.\n\nHe said, “Donald Trump will build the wall” - at which point the crowd chanted “Build the wall!” - “and restore law and order.”',
    );
    expect(said).toContainEqual(['Joe Arpaio', 'Donald Trump will build the wall']);
    expect(said.filter(([, words]) => words === 'Build the wall!')).toEqual([]);
  });
});

describe('a quote before its speaker and a description set off by commas', () => {
  // The parse hangs the verb on the quote's clause, and that clause ran on into the name.
  it('ends the words before the name, with or without the description before it', () => {
    const after = cardSaid(
      'Officials spoke on Monday. "Climate campaigners have to address the real concerns of people who may not come out on top during the transition," Craig Morris, an environmental blogger, wrote in German Energy Transition.',
    );
    expect(after).toContainEqual([
      'Craig Morris',
      'Climate campaigners have to address the real concerns of people who may not come out on top during the transition',
    ]);
    const before = cardSaid(
      'The pope spoke on Thursday. "The pope said what we all know, when we follow his teaching and his views: that we should not build walls but bridges," the Vatican spokesman, Federico Lombardi, told Vatican Radio.',
    );
    expect(before).toContainEqual([
      'Federico Lombardi',
      'The pope said what we all know, when we follow his teaching and his views: that we should not build walls but bridges',
    ]);
    for (const [, words] of [...after, ...before]) expect(words).not.toMatch(/Morris|spokesman|Lombardi/);
  });
});

describe('a speech verb that opens its sentence ("Said Comey, “…”")', () => {
  it('gives the quotation after the source to the source named after the verb', () => {
    expect(
      cardSaid(
        'James Comey testified on Tuesday. Said Comey, "The thought that an error on our part is connected to this purchase is painful."',
      ),
    ).toContainEqual([
      'James Comey',
      'The thought that an error on our part is connected to this purchase is painful.',
    ]);
    expect(cardSaid('Tax experts disagree. Said Joe Ellis: “I don’t see it happening this year.”')).toEqual([
      ['Joe Ellis', 'I don’t see it happening this year.'],
    ]);
  });
  it('reads the verb as no part of the name after it, with a relative clause between name and quote', () => {
    const said = cardSaid(
      'Muhammad Ali died on Friday. Said Dorothy Poynter, who grew up with Ali in the neighborhood, “We were all so proud of him.”',
    );
    expect(said).toEqual([['Dorothy Poynter', 'We were all so proud of him.']]);
  });
});

describe('what the words are about before the quotation ("said of Clinton, “…”")', () => {
  it('reads the quotation after "of <topic>," as the words, not the topic with them', () => {
    expect(
      cardSaid(
        'Donald Trump spoke in Ohio. Trump says of Clinton, “If she gets the chance, she will put the Oval Office up for sale.”',
      ),
    ).toEqual([['Donald Trump', 'If she gets the chance, she will put the Oval Office up for sale.']]);
  });
});

describe('a quotation a possessive’s noun voices inside a reported clause', () => {
  it('never gives the word a campaign called the claim to the one whose claim it is', () => {
    const said = cardSaid(
      'Hillary Clinton spoke on Monday. Trump told Fox News that Clinton was a liar, a claim Clinton’s campaign called “absurd.”',
    );
    expect(said.filter(([, words]) => words === 'absurd.')).toEqual([]);
  });
  it('keeps a quotation a possessive only qualifies as the speaker’s words', () => {
    expect(
      cardSaid('Hillary Clinton spoke. Trump said Clinton’s plan would be “a disaster.”'),
    ).toContainEqual(['Donald Trump', 'a disaster.']);
  });
});

describe('a quotation another subject voices inside a reported clause, with no name', () => {
  const quoted = (text: string) =>
    analyze(text)
      .statements.filter((st) => st.kind === 'direct')
      .map((st) => [st.speaker, st.text]);
  it('never gives a plural noun’s words to the one who reports them', () => {
    const text =
      'Hillary Clinton spoke. Tim Kaine spoke. Kaine said voters had told him they were “tired of the noise.”';
    expect(quoted(text)).toEqual([]);
  });
  it('never gives a relative clause’s words to the one who reports them', () => {
    const text =
      'Muhammad Ali died on Friday. The Rev. Derek Penwell said the world lost a voice that said “love in spite of fear is the greatest expression of power.”';
    expect(quoted(text)).toEqual([]);
  });
  it('nor the words of a relative clause’s verb with its preposition', () => {
    const text =
      'Donald Trump spoke on Sunday. Trump vowed to defeat the group that has called for a “holy war” against the West.';
    expect(quoted(text)).toEqual([]);
  });
  it('still gives a quotation in the clause to the one who reports it when no one else voices it', () => {
    const text = 'Hillary Clinton spoke. Tim Kaine spoke. Kaine said the voters were “tired of the noise.”';
    expect(quoted(text)).toEqual([['Tim Kaine', 'tired of the noise.']]);
  });
});

describe('a quote a pronoun’s verb hands over to, with a source named after it', () => {
  it('is never the source after it, which reports it (a real page)', () => {
    const said = cardSaid(
      'A New York man pleaded guilty Monday to threatening to kill U.S. Rep. Ilhan Omar. Patrick Carlineo Jr. called Omar a terrorist, the prosecutor’s office said.\n\nThe staff member who reported the call recalled that he said, "I will put a bullet in her skull," the U.S. attorney\'s office said.',
    );
    expect(said.filter(([who, words]) => /attorney/.test(who!) && /bullet/.test(words!))).toEqual([]);
  });
  it('stays with the speaker the pronoun means ("Clinton recalled that she told them, “…”")', () => {
    const said = cardSaid(
      'Hillary Clinton spoke in Iowa. Clinton recalled that she told them, "We will never give up."',
    );
    expect(said).toContainEqual(['Hillary Clinton', 'We will never give up.']);
  });
});

describe('a page’s link after a quote', () => {
  it('is an imperative, no source (“…” Read our review.)', () => {
    const said = cardSaid(
      '"Pokemon Sword and Shield are the best games in the series." Read our Pokemon Sword and Shield review.',
    );
    expect(said).toEqual([]);
  });
});

describe('a quotation that ends its own sentence before a new one', () => {
  const sims = [{ name: 'Michael Sims', type: 'person' as const, aliases: ['Michael Sims', 'Sims'] }];
  it('goes on from the speaker before ("…,” he said. “…to the mix.” He said his company’s…", a real page)', () => {
    const text =
      'Michael Sims spoke. “Space exploration requires an entire ecosystem of companies,” Sims said. “Small players add agility and creativity to the mix.” He said his company’s lander would be ready in 2023.';
    expect(brief(run(text, sims))).toContainEqual([
      'direct',
      'Michael Sims',
      'Small players add agility and creativity to the mix.',
    ]);
  });
  it('is left out after a question the segmenter cut from its verb ("…, right?” Trump went on, as if…")', () => {
    const text =
      'Michael Sims spoke. “Space exploration requires an entire ecosystem of companies,” Sims said. “You know, it happens, right?” Jones went on, as if nothing had happened.';
    expect(brief(run(text, sims)).filter(([, , words]) => /right\?/.test(words ?? ''))).toEqual([]);
  });
});
