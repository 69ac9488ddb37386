import { describe, expect, it } from 'vitest';
import { prepare } from '../text';
import { findActors } from '.';

function run(text: string) {
  const doc = prepare(text);
  const r = findActors(doc);
  const byName = (name: string) => r.actors.find((a) => a.name === name);
  const holding = (alias: string) => r.actors.find((a) => a.aliases.includes(alias));
  const mentionsOf = (name: string) => r.mentions.filter((m) => m.actorId === byName(name)?.id);
  return { doc, ...r, byName, holding, mentionsOf };
}

describe('people', () => {
  it('keeps a name that only opens on the letters of an honorific whole ("Dräger", a real news page)', () => {
    const r = run('Ascom announced a solution with Dräger, a global producer. Dr. Smith agreed.');
    expect(r.holding('Dräger')!.name).toBe('Dräger');
    expect(r.holding('Dr. Smith')!.name).toBe('Smith');
  });
  it('clusters transliteration variants, honorifics and possessives into one person', () => {
    const r = run(
      'Ukrainian President Volodymyr Zelensky spoke on Monday. Mr. Zelenskyy said the talks went well. ' +
        "Zelenskiy's office confirmed it.",
    );
    const z = r.holding('Zelenskiy')!;
    expect(z.type).toBe('person');
    expect(z.name).toBe('Volodymyr Zelensky');
    expect(z.aliases).toEqual(expect.arrayContaining(['Volodymyr Zelensky', 'Mr. Zelenskyy', 'Zelenskiy']));
    expect(z.mentions).toBe(3);
    expect(z.roles).toEqual(['Ukrainian President']);
  });

  it('joins short and full given names and middle initials (Dan = Daniel P.)', () => {
    const r = run(
      'Army Secretary Daniel P. Driscoll arrived. Later, Army Secretary Dan Driscoll left. Mr Driscoll said so.',
    );
    const people = r.actors.filter((a) => a.type === 'person');
    expect(people).toHaveLength(1);
    expect(people[0]!.aliases).toEqual(
      expect.arrayContaining(['Daniel P. Driscoll', 'Dan Driscoll', 'Mr Driscoll']),
    );
  });

  it('never makes a person of a given name and initial whose surname follows the next name', () => {
    const r = run('Tea Party groups backed by the brothers Charles G. and David H. Koch attacked the plan.');
    const people = r.actors.filter((a) => a.type === 'person').map((a) => a.name);
    expect(people).toEqual(['David H. Koch']);
    expect(run('George W. Bush spoke.').byName('George W. Bush')).toBeDefined();
  });

  it('keeps two people who share a surname apart and leaves a bare surname unresolved', () => {
    const r = run('Senator John Smith spoke. Governor Mary Smith answered. Smith said no.');
    const people = r.actors.filter((a) => a.type === 'person');
    expect(people.map((p) => p.name).sort()).toEqual(['John Smith', 'Mary Smith']);
    expect(r.byName('Mary Smith')!.mentions).toBe(1);
    expect(r.byName('John Smith')!.mentions).toBe(1);
  });

  it('gives "Mrs." and "Mr." to the person of that gender among namesakes', () => {
    const r = run(
      'Senator John Smith spoke. Governor Mary Smith answered. Mrs. Smith said no. Mr. Smith left.',
    );
    expect(r.byName('Mary Smith')!.aliases).toContain('Mrs. Smith');
    expect(r.byName('John Smith')!.aliases).toContain('Mr. Smith');
  });

  it('reads a title glued to the name ("MrTrump")', () => {
    const r = run('President Donald Trump spoke. MrTrump said the team made progress.');
    expect(r.byName('Donald Trump')!.aliases).toContain('MrTrump');
  });

  it('ends a name at an em dash, which no compound name is joined by (a column\'s "Rand Paul—that")', () => {
    const r = run(
      'Who am I leaving out? Oh yeah, Rand Paul—that was on purpose. Jean-Pierre Raffarin spoke.',
    );
    expect(r.actors.map((a) => a.name)).toEqual(
      expect.arrayContaining(['Rand Paul', 'Jean-Pierre Raffarin']),
    );
    expect(r.actors.some((a) => a.name.includes('that'))).toBe(false);
  });

  it('keeps the second half of a double surname, even a word that alone ends a name ("Resnick-Day")', () => {
    const r = run('Eva Resnick-Day, an activist for Greenpeace, demanded to know more.');
    expect(r.byName('Eva Resnick-Day')).toBeDefined();
    expect(r.mentionsOf('Eva Resnick-Day')[0]!.modifier).toBeFalsy();
  });

  it('leaves out the possessive from the mention and marks it as a modifier', () => {
    const r = run("Russian President Vladimir Putin spoke. Putin's aide said nothing.");
    const m = r.mentionsOf('Vladimir Putin');
    expect(m.map((x) => x.text)).toEqual(['Vladimir Putin', 'Putin']);
    expect(m[1]!.modifier).toBe(true);
    expect(m[0]!.modifier).toBeUndefined();
  });

  it('takes roles from titles before the name and appositives on either side', () => {
    const r = run(
      'Jeff Tolbert, a spokesman for Mr Driscoll, said talks went well. ' +
        "Ukraine's ambassador to the U.S., Olga Stefanishyna, said Kyiv wanted peace. " +
        "He said his envoy, Steve Witkoff, would travel. Trump's son-in-law Jared Kushner may join.",
    );
    expect(r.byName('Jeff Tolbert')!.roles).toEqual(['a spokesman for Mr Driscoll']);
    expect(r.byName('Olga Stefanishyna')!.roles).toEqual(["Ukraine's ambassador to the U.S."]);
    expect(r.byName('Steve Witkoff')!.roles).toEqual(['his envoy']);
    expect(r.byName('Jared Kushner')!.roles).toEqual(["Trump's son-in-law"]);
  });

  it('does not read the next item of a list as an appositive role', () => {
    const r = run(
      'The talks involved Driscoll, Secretary of State Marco Rubio, Witkoff, and others. Army Secretary Dan Driscoll left.',
    );
    expect(r.byName('Dan Driscoll')!.roles).toEqual(['Army Secretary']);
    expect(r.byName('Marco Rubio')!.roles).toEqual(['Secretary of State']);
  });

  it('needs evidence for a new person: capitals alone are not enough', () => {
    const r = run(
      'The jet, Air Force One, landed. Renewed Attacks Underscore Urgency\nVaughn Cockayne can be reached at vc@example.com.',
    );
    expect(r.actors.filter((a) => a.type === 'person').map((a) => a.name)).toEqual(['Vaughn Cockayne']);
  });
});

describe('false positives', () => {
  it('ignores page furniture, days, months and sentence-initial words', () => {
    const r = run(
      'Advertisement\nSEE ALSO: Kowalski says talks continue\nOn Tuesday in August, Despite Kowalski the talks went on. Advertisement',
    );
    expect(r.actors.map((a) => a.name)).toEqual([]);
  });

  it('does not take a place, building or treaty named after someone for a person', () => {
    const r = run('Victoria Station was shut, said Mark Evans. The Minsk Agreement failed.');
    expect(r.actors.filter((a) => a.type === 'person').map((a) => a.name)).toEqual(['Mark Evans']);
  });

  it('reads "Will" as a name only where it is one', () => {
    const word = run('Will Russia accept the plan? It will decide soon.');
    expect(word.actors.filter((a) => a.type === 'person')).toEqual([]);
    const name = run('The actor Will Smith said he would visit.');
    expect(name.byName('Will Smith')?.type).toBe('person');
  });

  it('keeps a headline word from becoming a person but still finds known names in it', () => {
    const r = run('Washington Pushes Hard for Progress\nSecretary of State Marco Rubio met Mr. Lavrov.');
    expect(r.holding('Washington')!.name).toBe('United States');
    expect(
      r.actors
        .filter((a) => a.type === 'person')
        .map((a) => a.name)
        .sort(),
    ).toEqual(['Marco Rubio', 'Sergei Lavrov']);
  });
});

describe('well-known people', () => {
  it('knows a public figure by surname alone, but not a namesake with another given name', () => {
    const r = run('Trump said the talks went well. Melania Trump said nothing.');
    expect(r.holding('Trump')!.name).toBe('Donald Trump');
    expect(r.byName('Melania Trump')!.mentions).toBe(1);
  });

  it('finds names coordinated with a titled name and names in credit lines', () => {
    const r = run(
      'U.S. envoys Steve Witkoff and Jared Kushner met him.\nReporting by Guy Faulconbridge; Editing by Mark Trevelyan',
    );
    expect(r.actors.filter((a) => a.type === 'person').map((a) => a.name)).toEqual([
      'Steve Witkoff',
      'Jared Kushner',
      'Guy Faulconbridge',
      'Mark Trevelyan',
    ]);
  });

  it('ends a person run at a common noun but lets an institution hold it', () => {
    const r = run('The Institute for the Study of War, a think tank, said so.');
    expect(r.holding('The Institute for the Study of War')?.type).toBe('organization');
    expect(r.holding('The Institute for the Study of War')?.roles).toEqual(['a think tank']);
  });
});

describe('a role word before a name', () => {
  it('is evidence for a person whose given name is also a word ("self-made millionaire Grant Sabatier suggests…", a real page)', () => {
    const r = run(
      'Early retiree and self-made millionaire Grant Sabatier suggests saving 25 times your expenses.',
    );
    expect(r.byName('Grant Sabatier')?.type).toBe('person');
  });
});

describe('governments, organisations and groups', () => {
  it('reads a company by the word that ends its name, after a role ("chief executive of Ceres Robotics", a real page)', () => {
    const r = run('Michael Sims, chief executive of Ceres Robotics, said it was fine.');
    expect(r.byName('Ceres Robotics')?.type).toBe('organization');
    expect(r.byName('Michael Sims')?.type).toBe('person');
  });

  it('folds countries, capitals and metonyms into one government and keeps the Kremlin apart', () => {
    const r = run(
      'Moscow rejects the plan. Russia said no. The Kremlin said it had not seen it. Kyiv wanted more.',
    );
    expect(r.holding('Moscow')!.name).toBe('Russia');
    expect(r.holding('Moscow')).toBe(r.holding('Russia'));
    expect(r.holding('Kremlin')!.type).toBe('government');
    expect(r.holding('Kremlin')).not.toBe(r.holding('Russia'));
    expect(r.holding('Kyiv')!.name).toBe('Ukraine');
  });

  it('names a country from a demonym only inside a role, as a modifier', () => {
    const r = run('French President Emmanuel Macron spoke. French wine is good.');
    const france = r.byName('France')!;
    expect(france.mentions).toBe(1);
    expect(r.mentionsOf('France')[0]!.modifier).toBe(true);
  });

  it('marks attributive uses of a country as modifiers ("US official", "U.S.-backed")', () => {
    const r = run('A US official told NBC News that the U.S.-backed plan was fine. The US said so.');
    const us = r.mentionsOf('United States');
    expect(us.map((m) => !!m.modifier)).toEqual([true, true, false]);
    expect(r.holding('NBC News')!.type).toBe('organization');
  });

  it('finds outlets, platforms and institutions by keyword and context', () => {
    const r = run(
      'Leavitt wrote on X and on Truth Social. Tatiana Stanovaya, a senior fellow at the Carnegie Russia Eurasia Center, spoke. ' +
        "Sign up to The Nightly's newsletters. According to Moscow's Ministry of Defense, drones fell. X marks the spot.",
    );
    expect(r.holding('X')!.mentions).toBe(1);
    expect(r.holding('Truth Social')!.type).toBe('organization');
    expect(r.holding('Carnegie Russia Eurasia Center')!.type).toBe('organization');
    expect(r.holding('The Nightly')!.type).toBe('organization');
    expect(r.holding("Moscow's Ministry of Defense")!.name).toBe('Russian Ministry of Defense');
  });

  it('takes demonym plurals as groups and leader + "administration" as a government', () => {
    const r = run('Many Ukrainians feel tired. The Trump administration disagreed, and Europeans too.');
    expect(r.holding('Ukrainians')!.type).toBe('group');
    expect(r.holding('Europeans')!.type).toBe('group');
    expect(r.holding('Trump administration')!.type).toBe('government');
    expect(r.actors.some((a) => a.type === 'person')).toBe(false);
  });
});

describe('mentions', () => {
  it('have exact offsets and the right sentence', () => {
    const text =
      '“We agree,” said Mr. Lavrov. Russian Foreign Minister Sergei Lavrov met Kremlin spokesman Dmitry Peskov.';
    const r = run(text);
    for (const m of r.mentions) {
      expect(text.slice(m.start, m.end)).toBe(m.text);
      expect(r.doc.sentences[m.sentence]!.start).toBeLessThanOrEqual(m.start);
      expect(r.doc.sentences[m.sentence]!.end).toBeGreaterThanOrEqual(m.end);
    }
    expect(r.holding('Mr. Lavrov')!.name).toBe('Sergei Lavrov');
    expect(r.mentions.find((m) => m.text === 'Kremlin')!.modifier).toBe(true);
    expect(r.byName('Dmitry Peskov')!.roles).toEqual(['Kremlin spokesman']);
  });
});

describe('surnames that are also words', () => {
  it('does not take a sentence-initial common word for a known surname', () => {
    const r = run(
      'Senator John Hope spoke. Hope is fading, he said, but there is hope. Hope said later that he agreed.',
    );
    expect(r.byName('John Hope')!.mentions).toBe(1);
  });
});

describe('more name shapes', () => {
  it('ends an institution at a title and keeps name particles', () => {
    const r = run('European Commission President Ursula von der Leyen spoke in Brussels.');
    expect(r.holding('European Commission')!.type).toBe('organization');
    expect(r.byName('Ursula von der Leyen')!.roles).toEqual(['European Commission President']);
  });

  it('keeps a "Jr." apart from the father and reads a byline', () => {
    const r = run('By John Smith\nPresident Donald Trump said no. Donald J. Trump Jr. tweeted. Trump said.');
    expect(r.byName('John Smith')?.type).toBe('person');
    expect(r.byName('Donald Trump')!.mentions).toBe(2);
    expect(r.byName('Donald J. Trump Jr')!.mentions).toBe(1);
  });

  it("keeps a generation's numeral in the name and gives the bare surname to its one holder", () => {
    const r = run(
      'Vann R. Newkirk II, a writer for The Atlantic, said on Twitter. Later, Newkirk added more.',
    );
    expect(r.byName('Vann R. Newkirk II')?.mentions).toBe(2);
    const two = run(
      'Pastor Charles Elliott III spoke. His father, the Rev. Charles Elliott Jr., knew Ali. Elliott wept.',
    );
    expect(two.byName('Charles Elliott III')?.mentions).toBe(1);
    expect(two.byName('Charles Elliott Jr')?.mentions).toBe(1);
  });

  it('names a person whose given name it does not know after an abbreviated title', () => {
    const r = run(
      'In January, Gov. Earl Ray Tomblin of West Virginia lauded the plan. Rep. Sander M. Levin agreed.',
    );
    expect(r.byName('Earl Ray Tomblin')?.roles).toEqual(['Gov']);
    expect(r.byName('Sander M. Levin')?.type).toBe('person');
  });
});

describe('evidence from elsewhere in the text', () => {
  it('takes a full name for a person when its surname alone speaks later or it follows "according to"', () => {
    const r = run(
      'Talks with Zorian Kovalchuk went on. Kovalchuk told Axios it was fine. Prices rose, according to Taras Bondar.',
    );
    expect(r.byName('Zorian Kovalchuk')!.mentions).toBe(2);
    expect(r.byName('Taras Bondar')?.type).toBe('person');
  });
});

describe('a capitalised word before a given name', () => {
  it('is no part of the name when the text prints it in lower case or it is an -ing form', () => {
    const r = run(
      "Trump posted a real message as Real Donald Trump that night. Donald Trump said so. The letter from FBI General Counsel James A. Baker said so. Baker, the bureau's counsel, agreed.",
    );
    expect(r.byName('Donald Trump')?.mentions).toBe(3);
    expect(r.byName('James A. Baker')?.mentions).toBe(2);
  });
});

describe('a title no list knows', () => {
  it('is no part of the name where a given name follows two or more of its words', () => {
    const r = run(
      '"We made mistakes," Maricopa County Recorder Helen Purcell said. Purcell, a Republican, apologized.',
    );
    expect(r.byName('Helen Purcell')?.mentions).toBe(2);
  });
});

describe('modifier or subject', () => {
  it('keeps a country that is the subject of a verb looking like a plural noun', () => {
    const r = run('Russia demands more land. Ukraine strikes back. US officials agree.');
    expect(r.mentions.map((m) => [m.text, !!m.modifier])).toEqual([
      ['Russia', false],
      ['Ukraine', false],
      ['US', true],
    ]);
  });
});

describe('headings', () => {
  it('finds known people inside a Title Case heading word by word', () => {
    const r = run('Witkoff And Kushner Meet Putin In Moscow\nThe talks lasted five hours.');
    expect(r.actors.filter((a) => a.type === 'person').map((a) => a.name)).toEqual([
      'Steve Witkoff',
      'Jared Kushner',
      'Vladimir Putin',
    ]);
  });
});

describe('a full name in a heading that the story calls by the surname', () => {
  it('is a person when the surname alone speaks in the text, and only then', () => {
    const text = 'Maria Santos Takes On The Council\nThe budget is wrong, Santos said on Monday.';
    const r = run(text);
    expect(r.byName('Maria Santos')?.type).toBe('person');
    expect(r.mentions.filter((m) => m.text.includes('Santos')).length).toBe(2);
    // Without a speech verb the heading's words stay apart: nothing says "Santos" is anyone.
    expect(
      run('Maria Santos Takes On The Council\nThe budget is wrong.').byName('Maria Santos'),
    ).toBeUndefined();
  });
});

describe('roles that belong to someone else', () => {
  it('does not give "a spokesman for X" as a role to X', () => {
    const r = run('Jeff Tolbert, a spokesman for Army Secretary Dan Driscoll, said talks went well.');
    expect(r.byName('Dan Driscoll')!.roles).toEqual(['Army Secretary']);
  });
});

describe('titles that are also adjectives', () => {
  it('needs a qualifier before a lower-case adjectival title', () => {
    expect(run('Use an official Node release.').actors).toEqual([]);
    expect(run('Nvidia chief Jensen Huang spoke.').byName('Jensen Huang')!.roles).toEqual(['Nvidia chief']);
  });
});

describe('forms of address', () => {
  it('keeps "President Trump" as an alias but the mention is the name', () => {
    const r = run('President Trump said so. Army Secretary Dan Driscoll agreed.');
    expect(r.holding('President Trump')!.name).toBe('Donald Trump');
    expect(r.mentions.map((m) => m.text)).toEqual(['Trump', 'Army', 'Dan Driscoll']);
    expect(r.byName('Dan Driscoll')!.aliases).toEqual(['Dan Driscoll']);
  });
});
