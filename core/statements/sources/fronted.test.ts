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
