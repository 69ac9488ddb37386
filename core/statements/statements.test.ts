import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { brief, runRules as run } from './fixture';

const TRUMP = {
  name: 'Donald Trump',
  type: 'person' as const,
  aliases: ['Donald Trump', 'Trump', 'Mr Trump'],
};
const LAVROV = { name: 'Sergei Lavrov', type: 'person' as const, aliases: ['Sergei Lavrov', 'Lavrov'] };
const UMEROV = { name: 'Rustem Umerov', type: 'person' as const, aliases: ['Rustem Umerov'] };
const BEVZ = { name: 'Oleksandr Bevz', type: 'person' as const, aliases: ['Oleksandr Bevz'] };
const US = { name: 'United States', type: 'government' as const, aliases: ['US', 'United States'] };
const UKRAINE = { name: 'Ukraine', type: 'government' as const, aliases: ['Ukraine', 'Kyiv'] };

describe('direct quotes', () => {
  it('splits a quote around "he said" into two statements of one speaker', () => {
    const r = run('Trump spoke on Tuesday. “We are very close,” Trump said, “but not there yet.”', [TRUMP]);
    expect(brief(r)).toEqual([
      ['direct', 'Donald Trump', 'We are very close'],
      ['direct', 'Donald Trump', 'but not there yet.'],
    ]);
  });
  it('keeps a quote that runs over several sentences whole', () => {
    const r = run('“One thing is clear. Another is not. We wait,” Lavrov said.', [LAVROV]);
    expect(brief(r)).toEqual([['direct', 'Sergei Lavrov', 'One thing is clear. Another is not. We wait']]);
  });
  it('gives a quote-only paragraph to the speaker of the paragraph before', () => {
    const r = run('Lavrov said Moscow was ready to talk.\n“We will wait for the Americans.”', [LAVROV]);
    expect(brief(r)).toEqual([
      ['indirect', 'Sergei Lavrov', 'Moscow was ready to talk'],
      ['direct', 'Sergei Lavrov', 'We will wait for the Americans.'],
    ]);
  });
  it('reads a quote that runs on into the next paragraph', () => {
    const r = run(
      'Lavrov spoke on Monday. Lavrov said: "We will not give up, whatever they do.\n"We will defend every village."',
      [LAVROV],
    );
    expect(brief(r)).toEqual([
      ['direct', 'Sergei Lavrov', 'We will not give up, whatever they do.'],
      ['direct', 'Sergei Lavrov', 'We will defend every village.'],
    ]);
  });
  it('keeps nested single quotes inside the quote', () => {
    const r = run('“It is broader, basically saying, ‘How do we bring security,’” Lavrov said.', [LAVROV]);
    expect(r.statements[0]!.text).toBe('It is broader, basically saying, ‘How do we bring security,’');
  });
  it('finds both the reported clause and the quoted fragment of a mixed quote', () => {
    const r = run('Trump said the US team has made “tremendous progress” over the past week.', [TRUMP, US]);
    expect(brief(r)).toEqual([
      ['indirect', 'Donald Trump', 'the US team has made “tremendous progress” over the past week'],
      ['direct', 'Donald Trump', 'tremendous progress'],
    ]);
  });
  it('gives a complement that is all quote only a direct line', () => {
    const r = run('Rustem Umerov said Tuesday that “our delegations reached a common understanding.”', [
      UMEROV,
    ]);
    expect(brief(r)).toEqual([
      ['direct', 'Rustem Umerov', 'our delegations reached a common understanding.'],
    ]);
  });
  it('does not treat a quoted name as speech', () => {
    const r = run('In a video call of the “coalition of the willing,” 30 countries took part.');
    expect(r.statements).toEqual([]);
  });
});

describe('reported speech', () => {
  it('reads an inverted "said X" with the clause before it', () => {
    const r = run('The talks went well, said Oleksandr Bevz, a Ukrainian government adviser.', [BEVZ]);
    expect(brief(r)).toEqual([['indirect', 'Oleksandr Bevz', 'The talks went well']]);
  });
  it('reads "according to" an unnamed source', () => {
    const r = run('Budanov was also in Abu Dhabi, according to a person familiar with the situation.');
    expect(brief(r)).toEqual([
      ['according_to', 'a person familiar with the situation', 'Budanov was also in Abu Dhabi'],
    ]);
    expect(r.statements[0]!.speakerType).toBe('anonymous');
  });
  it('makes "X told NBC News that" an according_to', () => {
    const r = run('A US official told NBC News that the Ukrainians have agreed to the deal.', [US]);
    expect(brief(r)).toEqual([['according_to', 'a US official', 'the Ukrainians have agreed to the deal']]);
  });
  it('keeps the verb of a described stance', () => {
    const r = run('Ukraine refuses to agree to the demand.', [UKRAINE]);
    expect(brief(r)).toEqual([['position', 'Ukraine', 'refuses to agree to the demand']]);
  });
  it('leaves out a negated verb', () => {
    expect(run('Ukraine has not publicly confirmed accepting any agreement.', [UKRAINE]).statements).toEqual(
      [],
    );
  });
});

describe('wire-story forms', () => {
  const ZEL = {
    name: 'Volodymyr Zelenskiy',
    type: 'person' as const,
    aliases: ['Volodymyr Zelenskiy', 'Zelenskiy'],
  };
  it('reads a clause before a titled source with a time after the verb, without the dateline', () => {
    const r = run(
      'KYIV, Nov 26 (Reuters) - Ukraine will not give up land, President Volodymyr Zelenskiy said on Wednesday, as envoys met.',
      [ZEL, UKRAINE],
    );
    expect(brief(r)).toEqual([['indirect', 'Volodymyr Zelenskiy', 'Ukraine will not give up land']]);
  });
  it('does not read a negation inside an appositive', () => {
    const r = run('A senior European diplomat, who asked not to be named, said the plan had been rewritten.');
    expect(brief(r)).toEqual([['indirect', 'a senior European diplomat', 'the plan had been rewritten']]);
  });
  it('gives "who said" to the person before it', () => {
    const r = run('Zelenskiy met Sergei Lavrov, who said Moscow would wait for an answer.', [ZEL, LAVROV]);
    expect(brief(r)).toEqual([['indirect', 'Sergei Lavrov', 'Moscow would wait for an answer']]);
  });
  it('passes over a group when resolving "he"', () => {
    const r = run(
      'Lavrov said the plan was dead. It drew criticism from European officials. He said talks would go on.',
      [LAVROV],
    );
    expect(r.statements.map((s) => s.speaker)).toEqual([
      'Sergei Lavrov',
      'European officials',
      'Sergei Lavrov',
    ]);
  });
});

describe('speakers', () => {
  it('resolves "he" to the subject of the sentence before', () => {
    const r = run('Rustem Umerov trod carefully. He said Kyiv had not agreed to anything.', [
      UMEROV,
      UKRAINE,
    ]);
    expect(brief(r)).toEqual([['indirect', 'Rustem Umerov', 'Kyiv had not agreed to anything']]);
  });
  it('leaves a statement out when "he" has no clear antecedent', () => {
    expect(run('The weather was bad. He said the talks would continue.').statements).toEqual([]);
  });
  it('never folds an unnamed source into a named actor', () => {
    const r = run('A US official said Trump would travel to Moscow.', [TRUMP, US]);
    expect(r.statements).toHaveLength(1);
    expect(r.statements[0]).toMatchObject({ speaker: 'a US official', speakerType: 'anonymous' });
    expect(r.statements[0]!.speakerId).not.toBe('a1');
    expect(r.actors.map((a) => a.name)).toEqual(['a US official']);
  });
  it('never gives the words of a spokesman to the person spoken for', () => {
    const r = run(
      'Lavrov spoke. A spokesman for Sergei Lavrov said the talks would resume. A Trump aide said the deal was close.',
      [LAVROV, TRUMP],
    );
    expect(r.statements.map((s) => s.speaker)).toEqual(['a spokesman for Sergei Lavrov', 'a Trump aide']);
  });
  it('reads a titled name after "of" but not a place', () => {
    const r = run('Rep. Adam B. Schiff of California, the ranking Democrat, urged action on the sanctions.');
    expect(r.statements.map((s) => s.speaker)).toEqual(['Adam B. Schiff']);
  });
  it('resolves "the former official" to the source introduced before', () => {
    const r = run(
      'A former senior Kremlin official with knowledge of the talks said Russia would wait. “It is complicated,” the former official said.',
    );
    expect(r.statements.map((s) => s.speaker)).toEqual([
      'a former senior Kremlin official',
      'a former senior Kremlin official',
    ]);
  });
  it('normalises unnamed sources lightly', () => {
    const r = run(
      'Most analysts think the changes will fail. A United States official said the talks went on.',
    );
    expect(r.statements.map((s) => s.speaker)).toEqual(['analysts', 'a US official']);
  });
});

describe('more quote forms', () => {
  it('reads British single quote marks where a paragraph has no double ones', () => {
    const r = run('‘We will not back down,’ Lavrov said.', [LAVROV]);
    expect(brief(r)).toEqual([['direct', 'Sergei Lavrov', 'We will not back down']]);
  });
  it('never passes a paragraph signed at its end to the signer before it', () => {
    const r = run(
      '“Trump is a dictator.” ― Ana Ruiz\n“No one wants him. To quote Marley ‘Some people are so poor.” And that is all “the root of all evil’.” ― Bo Lee.',
    );
    expect(r.statements.filter((s) => s.speaker === 'Ana Ruiz').map((s) => s.text)).toEqual([
      'Trump is a dictator.',
    ]);
  });
  it('reads a sign-off after a quote', () => {
    const r = run('“Maybe we can build a wall around him.” - Steve Quinlan');
    expect(brief(r)).toEqual([['direct', 'Steve Quinlan', 'Maybe we can build a wall around him.']]);
  });
  it('takes a name the actors stage missed only right next to the verb', () => {
    const r = run('Trump spoke first. “He really does love us,” Melanie Ross said to the TV.', [TRUMP]);
    expect(brief(r)).toEqual([['direct', 'Melanie Ross', 'He really does love us']]);
  });
  it('gives a colon quote to the subject of its own clause', () => {
    const r = run(
      'With Trump gaining, Karoline Leavitt struck an optimistic tone: “There are a few details left.”',
      [TRUMP, { name: 'Karoline Leavitt', type: 'person', aliases: ['Karoline Leavitt'] }],
    );
    expect(brief(r)).toEqual([['direct', 'Karoline Leavitt', 'There are a few details left.']]);
  });
  it('never passes a quote to the last speaker when another source follows it', () => {
    const r = run(
      'Lavrov said Moscow was ready.\n“Why isn’t this proof?” the senator from the ranch demanded.',
      [LAVROV],
    );
    expect(r.statements.filter((s) => s.kind === 'direct')).toEqual([]);
  });
});

describe('stances', () => {
  it('gives a stance in the passive to the agent after "by", composites kept whole', () => {
    const r = run('The plan was swiftly rejected by Ukraine and Europe.', [
      UKRAINE,
      { name: 'Europe', type: 'group', aliases: ['Europe'] },
    ]);
    expect(brief(r)).toEqual([
      ['position', 'Ukraine and Europe', 'was swiftly rejected by Ukraine and Europe'],
    ]);
  });
  it('reads an owned noun as a stance and leaves the verb alone', () => {
    const r = run(
      "Kyiv's hopes that the talks would resume, however, were dashed. Trump hopes that the deal will hold.",
      [UKRAINE, TRUMP],
    );
    expect(brief(r)).toEqual([
      ['position', 'Ukraine', 'the talks would resume'],
      ['indirect', 'Donald Trump', 'the deal will hold'],
    ]);
  });
  it('gives "drew criticism from X" to X', () => {
    const r = run('The plan drew criticism from Ukrainian and European officials when it surfaced.');
    expect(brief(r)).toEqual([
      [
        'position',
        'Ukrainian and European officials',
        'drew criticism from Ukrainian and European officials when it surfaced',
      ],
    ]);
  });
  it('names an institution by its proper modifier, never by a bare head', () => {
    const r = run("Ukraine's military said it had shot down 40 drones. The ministry said nothing new.", [
      UKRAINE,
    ]);
    expect(brief(r)).toEqual([['indirect', "Ukraine's military", 'it had shot down 40 drones']]);
  });
  it('reads a copula and an adjective as a stance', () => {
    const r = run('Ukraine appears willing to advance negotiations.', [UKRAINE]);
    expect(brief(r)).toEqual([['position', 'Ukraine', 'appears willing to advance negotiations']]);
  });
});

describe('bad input', () => {
  it('copes with unbalanced quote marks', () => {
    const r = run('He said “this never closes. Trump said the plan works.', [TRUMP]);
    expect(r.statements.every((s) => s.speaker === 'Donald Trump')).toBe(true);
  });
  it('copes with text without sentences', () => {
    expect(run('').statements).toEqual([]);
    expect(run('   \n\n ').statements).toEqual([]);
    expect(run('no punctuation at all said nobody').statements).toEqual([]);
  });
  it('stays fast on a run-on text full of quotes and pronouns', () => {
    const text = '"'.repeat(20000) + ' said ' + '“a b,” he said. '.repeat(5000);
    const t = performance.now();
    run(text, [TRUMP]);
    expect(performance.now() - t).toBeLessThan(3000);
  });
  it('never throws and keeps every span exact on arbitrary text', () => {
    const pieces = fc.constantFrom(
      '“',
      '”',
      '"',
      "'",
      ' said ',
      ' he ',
      'Trump',
      ', ',
      '. ',
      '\n',
      'according to ',
      'a US official',
      'x',
      ':',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 60 }), (parts) => {
        run(parts.join(''), [TRUMP, US]);
      }),
      { numRuns: 1000 },
    );
  });
});
