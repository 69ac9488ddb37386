import { describe, expect, it } from 'vitest';
import { brief, runRules as run } from '../fixture';

// "telling" continues its subject's clause like "saying", with a listener first (PolNeAR train
// had a dozen such quotes read by no pass: "…, telling reporters, “A lot of people said…”").

const TRUMP = { name: 'Donald Trump', type: 'person' as const, aliases: ['Donald Trump', 'Trump'] };
const BIDEN = { name: 'Joe Biden', type: 'person' as const, aliases: ['Joe Biden', 'Biden'] };

describe('"telling" a listener', () => {
  it('gives the quote after the listener to the subject of the clause', () => {
    const r = run('Trump returned the compliment, telling Reuters, “Sheldon and I have been friends.”', [
      TRUMP,
    ]);
    expect(brief(r)).toEqual([['direct', 'Donald Trump', 'Sheldon and I have been friends.']]);
  });

  it('reads the quote after "and telling her", and after where it was told', () => {
    const r0 = run('Trump wrote to her, addressing her as “Hillary” and telling her “you are an all-star.”', [
      TRUMP,
    ]);
    expect(brief(r0)).toContainEqual(['direct', 'Donald Trump', 'you are an all-star.']);
    const r = run(
      'Biden weighed in, telling Mic in an interview published on Monday, “they’re both qualified,” he said.',
      [BIDEN],
    );
    expect(brief(r)).toContainEqual(['direct', 'Joe Biden', 'they’re both qualified']);
    expect(r.statements.map((s) => s.text)).not.toContain('published on Monday');
  });

  it('reads the clause after the listener and "that"', () => {
    const r = run('Trump reversed himself, telling CBS that the laws on abortion “are set.”', [TRUMP]);
    expect(brief(r)).toContainEqual(['indirect', 'Donald Trump', 'the laws on abortion “are set.”']);
  });

  it('reads nothing in the adjective ("a telling sign that…")', () => {
    expect(brief(run('Trump left early, a telling sign that the campaign was over.', [TRUMP]))).toEqual([]);
  });
});

describe('"told" a listener a determiner opens', () => {
  it('leaves the listener out of the words, before "that", a pronoun or a colon', () => {
    const r = run(
      'Trump told the panel that the wall would be built. Trump told the raucous crowd he was the first one to say it. Trump told the crowd: “I don’t want you to have the wrong impression.”',
      [TRUMP],
    );
    expect(brief(r)).toEqual([
      ['indirect', 'Donald Trump', 'the wall would be built'],
      ['indirect', 'Donald Trump', 'he was the first one to say it'],
      ['direct', 'Donald Trump', 'I don’t want you to have the wrong impression.'],
    ]);
  });
});

describe('"told" a bare plural listener', () => {
  it('leaves the listener out of the words, but not the object of "so many … that"', () => {
    const r = run(
      'Trump told voters he would win. Trump told cheering supporters that the wall would be built. Mook said that Trump tells so many lies that Clinton could fact-check him.',
      [TRUMP, { name: 'Robby Mook', type: 'person' as const, aliases: ['Robby Mook', 'Mook'] }],
    );
    expect(brief(r)).toEqual([
      ['indirect', 'Donald Trump', 'he would win'],
      ['indirect', 'Donald Trump', 'the wall would be built'],
      ['indirect', 'Robby Mook', 'Trump tells so many lies that Clinton could fact-check him'],
    ]);
  });
});

describe('"told" a listener after a quote', () => {
  const BLOOMBERG = {
    name: 'Michael Bloomberg',
    type: 'person' as const,
    aliases: ['Michael Bloomberg', 'Bloomberg'],
  };

  it('attributes the quote before it when only a circumstance follows the listener', () => {
    const r = run(
      '“I am convinced you cannot win an election unless you are the nominee of a major party,” Bloomberg told New York magazine in 2013, a few months before his third term ended.',
      [BLOOMBERG],
    );
    expect(brief(r)).toEqual([
      [
        'direct',
        'Michael Bloomberg',
        'I am convinced you cannot win an election unless you are the nominee of a major party',
      ],
    ]);
  });

  it('reads a clause after the listener as what was told', () => {
    const r = run('Bloomberg told New York magazine in 2013 that he would not run.', [BLOOMBERG]);
    expect(brief(r)).toEqual([['indirect', 'Michael Bloomberg', 'he would not run']]);
  });
});
