import { describe, expect, it } from 'vitest';
import { analyzeUndecided } from '../../engine';

const said = (text: string) =>
  analyzeUndecided(text).result.statements.map((s) => `${s.speaker} (${s.kind}): ${s.text}`);

// What may stand between a subject and its verb (speakers.ts, gapOk).
describe('between a subject and its reporting verb', () => {
  it('a party tag in brackets may stand, with or without a stray comma after it', () => {
    expect(said('On Tuesday, Gov. John Kasich (R-OH) said, “I am getting ready.”')).toEqual([
      'John Kasich (direct): I am getting ready.',
    ]);
    expect(said('On Tuesday, Gov. John Kasich (R-OH), said, “I am getting ready.”')).toEqual([
      'John Kasich (direct): I am getting ready.',
    ]);
  });
  it('a comma after the brackets is not an appositive’s end for words that come after it', () => {
    expect(said('Gov. John Kasich (R-OH), a Republican, said the race was close.')).toEqual([
      'John Kasich (indirect): the race was close',
    ]);
  });
});
