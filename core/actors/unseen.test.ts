// Error classes found on unseen news, each with a hand-made sentence.
import { describe, expect, it } from 'vitest';
import { genderOf } from '.';
import { runActors as run } from './fixture';

describe('names that are not people', () => {
  it('reads the words a name carries on with "for" or "of" as that name\'s, not a person', () => {
    // A real news page: "The United Nations High Commissioner for Human Rights said…".
    const r = run('The United Nations High Commissioner for Human Rights said the decision was wrong.');
    expect(r.names).toEqual([]);
    // A name after a plain "of" still speaks as one: "a friend of Mary Stone said…".
    expect(run('A friend of Mary Stone said the decision was wrong.').names).toEqual(['Mary Stone']);
  });

  it('reads a Title Case title with a closing period as a heading', () => {
    const r = run('Smith Slams Jones Over Tax Plan.\nSenator John Smith said the plan was bad.');
    expect(r.names).toEqual(['John Smith']);
  });

  it('reads a Title Case heading with a capitalised "By" as a heading, not a byline', () => {
    const r = run('Jane Doe Endorses John Roe: I Am Horrified By Bob Smith.\nJane Doe said so.');
    expect(r.names).toEqual(['Jane Doe']);
  });

  it('reads an adjective that opens a sentence before a surname the text names in full as no given name', () => {
    const r = run(
      'Understated Perez raises political profile\nLabor Secretary Thomas Perez stopped writing his speech. Perez said the rule was fair.',
    );
    expect(r.names).toEqual(['Thomas Perez']);
    // A word that is no adjective stays a name's first word ("Team Trump" is no Trump).
    const team = run('Team Smith said the plan was fair. Donald Smith spoke on Monday.');
    expect(team.names).toEqual(['Donald Smith', 'Team Smith']);
  });

  it('reads the end of a place, a role modifier or a number before a surname as no given name', () => {
    const hampshire = run(
      'Bernie Sanders spoke on Monday. Tom Giancola, a fellow New Hampshire Sanders veteran, explained the plan. Sanders said it was over.',
    );
    expect(hampshire.names).toEqual(['Bernie Sanders', 'Tom Giancola']);
    const clinton = run(
      'Hillary Clinton spoke. The New Hampshire Clinton volunteer, Tom Giancola, said it was over. Clinton said no.',
    );
    expect(clinton.names).toEqual(['Hillary Clinton', 'Tom Giancola']);
    // A title before a given name the lexicon does not know leaves the name whole.
    const jeh = run(
      'Gary Johnson spoke on Monday. Homeland Security Secretary Jeh Johnson says hackers are taking aim at election officials.',
    );
    expect(jeh.names).toEqual(['Gary Johnson', 'Jeh Johnson']);
  });

  it('starts a name inside a heading at its given name', () => {
    const r = run('Black Lawmakers Rip Donald Trump As A Fraud.\nTrump said nothing.');
    expect(r.names).toEqual(['Donald Trump']);
    expect(r.byName('Donald Trump')!.mentions).toBe(2);
  });

  it('drops a sentence-initial preposition, auxiliary or -ing form', () => {
    expect(run('Unlike Jane Doe, I know flying. Did Crooked Jane lie?').names).toEqual(['Jane Doe']);
    expect(run('Injecting Jane Doe into the race was odd, Senator Jane Doe said.').names).toEqual([
      'Jane Doe',
    ]);
  });

  it('never takes a contraction for a name', () => {
    expect(run('“We’re not done,” Jane Doe said. We’re Ready Now, she wrote.').names).toEqual(['Jane Doe']);
  });

  it('keeps a party label out of the name and gives it as a role', () => {
    const r = run('Republican Donald Trump spoke. Wisconsin Republican Paul Ryan agreed.');
    expect(r.names).toEqual(['Donald Trump', 'Paul Ryan']);
    expect(r.byName('Donald Trump')!.roles).toEqual(['Republican']);
    expect(r.byName('Paul Ryan')!.roles).toEqual(['Wisconsin Republican']);
  });

  it('keeps the year of a past role', () => {
    const r = run('He attacked 2012 Republican presidential nominee Mitt Romney on Thursday.');
    expect(r.byName('Mitt Romney')!.roles).toEqual(['2012 Republican presidential nominee']);
  });

  it('takes no person from a party label before a common noun', () => {
    const r = run('She won the Democrats Abroad primary. The Republican Nomination Fight goes on.');
    expect(r.names).toEqual([]);
  });

  it('reads a pageant title and "Mr. President" as titles, not names', () => {
    const r = run('Former Miss Universe Alicia Machado spoke. “Mr. President, you are wrong,” she said.');
    expect(r.names).toEqual(['Alicia Machado']);
  });

  it('never makes a lone institution word or a plural of believers a person', () => {
    const r = run('The Justice Department said so. Fellow Muslims agreed, the Supreme Court Justice said.');
    expect(r.names).toEqual([]);
    expect(r.actors.some((a) => a.name === 'Justice Department' && a.type === 'government')).toBe(true);
  });

  it('ends a heading name after its surname when the text names the person elsewhere', () => {
    const r = run('Jane Doe Responds To Critics.\nSenator Jane Doe spoke. Doe Says Nothing.');
    expect(r.names).toEqual(['Jane Doe']);
  });

  it('reads "Town, State" as a place', () => {
    const r = run('Voters in Patrick Springs, Virginia, were split. In Nashua, N.H. the mood was calm.');
    expect(r.names).toEqual([]);
  });

  it('never makes a place a person, even before a title', () => {
    const r = run(
      'The shooting in Boulder, Colorado, the police said, was the third. ' +
        'Trump attacked fellow candidate Texas Senator Ted Cruz.',
    );
    expect(r.names).toEqual(['Donald Trump', 'Ted Cruz']);
  });
});

describe('names that were cut short', () => {
  it('reads a one-word title or outlet after a given name as a surname', () => {
    const r = run('New York Congressman Pete King said so. Michael Bloomberg agreed.');
    expect(r.names).toEqual(['Michael Bloomberg', 'Pete King']);
  });

  it('reads a title after a given name as a surname before a suffix', () => {
    expect(run('They quoted Martin Luther King Jr. at length.').names).toEqual(['Martin Luther King Jr']);
  });

  it('reads "Mr. King" as a name when the text names Larry King', () => {
    const r = run('Larry King spoke. Mr. King said so. “Mr. President, no,” he said.');
    expect(r.byName('Larry King')!.aliases).toContain('Mr. King');
    expect(r.names).toEqual(['Larry King']);
  });

  it('reads a country after a given name as a surname, not its adjective', () => {
    expect(run('NASCAR chief Brian France said so.').names).toEqual(['Brian France']);
    expect(run('Officials met American Jane Doe.').names).toEqual(['Jane Doe']);
  });

  it('keeps a short lower-case syllable hyphened to a name', () => {
    expect(run('Secretary General Ban Ki-moon said so.').names).toEqual(['Ban Ki-moon']);
  });

  it('reads new role words as titles', () => {
    const r = run('Assemblywoman Claudia Tenney said so. First lady Jane Doe agreed.');
    expect(r.names).toEqual(['Claudia Tenney', 'Jane Doe']);
    expect(genderOf(r.byName('Claudia Tenney')!)).toBe('f');
  });

  it('does not make a reporter "of" an outlet part of the outlet', () => {
    const r = run('Jane Doe of Breitbart News reported it.');
    expect(r.names).toEqual(['Jane Doe']);
    expect(r.actors.some((a) => a.name === 'Breitbart News')).toBe(true);
    const p = run('Blair Effron of Centerview Partners said so. Mr. Effron added more.');
    expect(p.names).toEqual(['Blair Effron']);
    expect(p.actors.some((a) => a.name === 'Centerview Partners')).toBe(true);
  });
});

describe('institutions', () => {
  it('ends an institution at "and" when a list follows', () => {
    const orgs = (t: string) =>
      run(t)
        .actors.filter((a) => a.type === 'organization')
        .map((a) => a.name)
        .sort();
    // Each outlet on its own, never "New York Times and Boston Globe" ("Globe" names a newspaper).
    expect(orgs('Writers for The New York Times and Boston Globe agreed.')).toEqual([
      'Boston Globe',
      'New York Times',
    ]);
    expect(orgs('The Center for Strategic and International Studies said so.')).toEqual([
      'The Center for Strategic and International Studies',
    ]);
    expect(orgs('Writing for the Tampa Bay Times, she said so.')).toEqual(['Tampa Bay Times']);
  });

  it('takes no outlet from a capitalised "The" inside a heading', () => {
    const r = run('Why Jane Doe Keeps Losing The Argument On Taxes\n\nJane Doe said so.');
    expect(r.actors.filter((a) => a.type === 'organization')).toEqual([]);
  });
});

describe('short given names', () => {
  it('joins "Len" to "Leonard" and "Bernie" to "Bernard"', () => {
    const r = run(
      'Leonard E. Burman spoke. Len Burman, an economist, agreed. Senator Bernard Sanders and Bernie Sanders.',
    );
    expect(r.names).toEqual(['Bernard Sanders', 'Leonard E. Burman']);
  });

  it('joins a name an embedded post shortens ("Josh Apte") to the article\'s, so the surname alone is his', () => {
    // Two "Aptes" had left the bare surname to no one (a card for an organisation named "Apte").
    const r = run(
      'Joshua Apte, a professor, explained the pollution.\n— Josh Apte (@joshapte) November 3, 2019\n' +
        '"It overflows," Apte said.',
    );
    expect(r.names).toEqual(['Joshua Apte']);
    expect(r.byName('Joshua Apte')!.mentions).toBe(3);
  });
});

describe('compound surnames', () => {
  it('joins "Mr. Peña Nieto" and "Mr. Holtz-Eakin" to the full names they end', () => {
    const r = run(
      'President Enrique Peña Nieto spoke. Mr. Peña Nieto left. Douglas Holtz-Eakin, an economist, agreed. ' +
        'Mr. Holtz-Eakin said so.',
    );
    expect(r.names).toEqual(['Douglas Holtz-Eakin', 'Enrique Peña Nieto']);
    expect(r.byName('Enrique Peña Nieto')!.mentions).toBe(2);
    expect(r.byName('Douglas Holtz-Eakin')!.mentions).toBe(2);
  });

  it('ends a name at a state', () => {
    expect(run('Sen. Ted Cruz South Carolina Rally Draws Crowds.\nCruz spoke.').names).toEqual(['Ted Cruz']);
  });
});

describe('modifiers', () => {
  it('marks a party or a candidate before "voters" or "campaign" as a modifier, not a speaker', () => {
    const r = run('GOP primary voters want a ban. The Trump campaign said no.');
    expect(r.mentions.filter((m) => m.modifier).map((m) => m.text)).toEqual(['GOP', 'Trump']);
  });
});

describe('people who share a surname', () => {
  it('leaves a bare surname unresolved between two named namesakes', () => {
    const r = run('Hillary Clinton spoke. Bill Clinton listened. Clinton said no.');
    expect(r.byName('Hillary Clinton')!.mentions).toBe(1);
    expect(r.byName('Bill Clinton')!.mentions).toBe(1);
    expect(r.mentions.some((m) => m.text === 'Clinton' && m.start > 40)).toBe(false);
  });

  it('gives a bare surname to the one namesake its paragraph names in full', () => {
    const r = run(
      'Hillary Clinton spoke in Iowa. Clinton said she would win.\n\nBill Clinton called the law crazy. Clinton said so.\n\nClinton left.',
    );
    expect(r.byName('Hillary Clinton')!.mentions).toBe(2);
    expect(r.byName('Bill Clinton')!.mentions).toBe(2);
    const wire = run(
      'Hillary Clinton spoke.\n\nJeb Bush says he is excited.\n\nBush says he will work hard.\n\nGeorge W. Bush agreed.',
    );
    expect(wire.byName('Jeb Bush')!.mentions).toBe(2);
  });

  it('keeps a bare surname for the one it was given to before any namesake was named', () => {
    const r = run(
      'Sen. Ted Cruz spoke in Iowa. Cruz said he would win.\n\nCruz met voters. His father, Rafael Cruz, is a pastor.\n\nThe crowd cheered.\n\nCruz said he was ready.',
    );
    expect(r.byName('Ted Cruz')!.mentions).toBe(4);
    expect(r.byName('Rafael Cruz')!.mentions).toBe(1);
  });

  it('leaves it unresolved where the namesake is mentioned in that paragraph or the one before', () => {
    const r = run('Sen. Ted Cruz spoke. Cruz said he would win.\n\nRafael Cruz spoke too. Cruz said no.');
    expect(r.byName('Ted Cruz')!.mentions).toBe(2);
    expect(r.byName('Rafael Cruz')!.mentions).toBe(1);
  });

  it('uses the gender of "Mrs." and "Mr."', () => {
    const r = run('Hillary Clinton spoke. Bill Clinton listened. Mrs. Clinton said no. Mr. Clinton left.');
    expect(r.byName('Hillary Clinton')!.aliases).toContain('Mrs. Clinton');
    expect(r.byName('Bill Clinton')!.aliases).toContain('Mr. Clinton');
  });

  it('gives a well-known surname to the figure, not to a relative of the other gender', () => {
    const r = run('Michelle Obama spoke. Mr. Obama listened. Obama said no.');
    expect(r.byName('Barack Obama')!.mentions).toBe(2);
    expect(r.byName('Michelle Obama')!.mentions).toBe(1);
  });

  it('gives a bare surname to the only person named with it, even if a figure shares it', () => {
    const r = run('Actress Amy Schumer spoke. Schumer tweeted a photo.');
    expect(r.names).toEqual(['Amy Schumer']);
    expect(r.byName('Amy Schumer')!.mentions).toBe(2);
  });

  it('does not make a namesake the figure when the text never names the figure', () => {
    const r = run('The analyst Luis Rubio spoke. Mr. Rubio said Mexico would wait.');
    expect(r.names).toEqual(['Luis Rubio']);
  });
});

describe('genderOf', () => {
  const person = (name: string, aliases: string[] = [], roles: string[] = []) =>
    genderOf({ type: 'person', name, aliases, roles });
  it('reads given names, honorifics and gendered roles', () => {
    expect(person('Hillary Clinton')).toBe('f');
    expect(person('David Gorski')).toBe('m');
    expect(person('Gorski', ['Mrs. Gorski'])).toBe('f');
    expect(person('Doe', [], ['his wife'])).toBe('f');
    expect(person('Doe', [], ['White House spokesman'])).toBe('m');
  });
  it('says nothing for unisex names, conflicting signals and non-people', () => {
    expect(person('Kelly Smith')).toBeUndefined();
    expect(person('Hillary Clinton', ['Mr. Clinton'])).toBeUndefined();
    expect(genderOf({ type: 'organization', name: 'Mary Kay', aliases: [], roles: [] })).toBeUndefined();
  });
});

describe('companies', () => {
  it('reads a name ending in a company word as an organisation', () => {
    const r = run('In addition, United Technologies has offered to cover the cost of schooling.');
    expect(r.names).toEqual([]);
    expect(r.byName('United Technologies')?.type).toBe('organization');
  });
});

describe('company names with an ampersand', () => {
  it('keeps "AT&T" and "P&G" whole, as organisations, and leaves "R&D" alone', () => {
    const r = run(
      'Shares rose though P&G said the report was speculation. AT&T said it would cut prices. Spending on R&D rose.',
    );
    expect(r.actors.map((a) => [a.name, a.type])).toEqual([
      ['P&G', 'organization'],
      ['AT&T', 'organization'],
    ]);
  });
});

describe('newspaper names and titles of office before a name', () => {
  it('reads "The San Francisco Chronicle" and "The Christian Science Monitor" as organisations', () => {
    const r = run(
      'The San Francisco Chronicle says the trains are late. The Christian Science Monitor agreed.',
    );
    expect(r.actors.map((a) => [a.name, a.type])).toEqual([
      ['The San Francisco Chronicle', 'organization'],
      ['The Christian Science Monitor', 'organization'],
    ]);
  });
  it('keeps "Administrator" and "Majority Whip" out of the name', () => {
    const r = run(
      'Administrator Jim Bridenstine said the mission would fly. Majority Whip John Cornyn disagreed.',
    );
    expect(r.names).toEqual(['Jim Bridenstine', 'John Cornyn']);
  });
});

describe('a Korean name, family name first', () => {
  it('is one person with "Mr. Ban" and a bare "Ban", the hyphenated given name no surname', () => {
    const r = run(
      'Secretary General Ban Ki-moon spoke at the United Nations on Monday. Mr. Ban said the council had failed. Ban later left for Seoul.',
    );
    expect(r.names).toEqual(['Ban Ki-moon']);
    expect(r.byName('Ban Ki-moon')!.mentions).toBe(3);
  });
  it('leaves a Western double surname, both parts capitalised, as it was', () => {
    const r = run('Douglas Holtz-Eakin spoke on Monday. Mr. Holtz-Eakin said the plan was costly.');
    expect(r.names).toEqual(['Douglas Holtz-Eakin']);
  });
});
