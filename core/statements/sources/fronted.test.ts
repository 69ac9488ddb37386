// A pronoun opening a subordinate clause at the start of its sentence points forward, to the name
// that is the main clause's subject. Error class seen on PolNeAR train: "Ever since she endorsed
// Mrs. Clinton this month, Ms. Warren has been…" had gone to Mrs. Clinton, named just before.
import { describe, expect, it } from 'vitest';
import { brief, person, runFlagged as run } from '../fixture';

describe('a pronoun in a clause that opens its sentence', () => {
  const actors = [person('Hillary Clinton', 'Mrs. Clinton'), person('Elizabeth Warren', 'Ms. Warren')];
  it('is the subject of the clause after it', () => {
    const r = run(
      'Hillary Clinton spoke in Ohio. Ever since she endorsed Mrs. Clinton this month, Ms. Warren has attacked Mr. Trump. While she said the economy was weak, Ms. Warren praised the plan.',
      actors,
    );
    const said = brief(r).filter(([, , text]) => /economy/.test(String(text)));
    expect(said).toEqual([['indirect', 'Elizabeth Warren', 'the economy was weak']]);
  });
  it('is read as any other pronoun where that subject cannot be it', () => {
    const r = run(
      'Hillary Clinton spoke in Ohio. While she said the economy was weak, Mr. Trump praised the plan.',
      [...actors, person('Donald Trump', 'Mr. Trump')],
    );
    expect(brief(r).filter(([, , text]) => /economy/.test(String(text)))).toEqual([
      ['indirect', 'Hillary Clinton', 'the economy was weak'],
    ]);
  });
});

// "As for Trump, he said he's not worried" after a quote of Cruz's (PolNeAR train) had gone to Cruz.
describe('a pronoun right after a topic set up with "as for"', () => {
  const actors = [person('Ted Cruz', 'Cruz'), person('Donald Trump', 'Trump')];
  const text = (topic: string) =>
    `"I think that would be an absolute disaster," Cruz said.\n\nAs for ${topic}, he said he is not worried about the convention.`;
  const worried = (t: string) =>
    brief(run(text(t), actors)).filter(([, , said]) => /worried/.test(String(said)));
  it('is the topic', () => {
    expect(worried('Trump')).toEqual([
      ['indirect', 'Donald Trump', 'he is not worried about the convention'],
    ]);
  });
  it('is not what a possessive topic is about', () => {
    expect(worried("Trump's delegates")).toEqual([
      ['indirect', 'Ted Cruz', 'he is not worried about the convention'],
    ]);
  });
});
