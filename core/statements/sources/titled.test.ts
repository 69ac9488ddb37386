import { describe, expect, it } from 'vitest';
import { analyzeUndecided } from '../../engine';

const speakers = (text: string) => analyzeUndecided(text).result.statements.map((s) => s.speaker);

describe('a description opening its sentence after a sentence whose subject holds it as a title', () => {
  it('is that subject ("Sen. Bob Corker met… The senator said…")', () => {
    expect(
      speakers('Sen. Bob Corker met the president on Monday. The senator said the talks went well.'),
    ).toEqual(['Bob Corker']);
    expect(
      speakers(
        'Florida Sen. Marco Rubio met the president on Monday. The Florida senator said the talks went well.',
      ),
    ).toEqual(['Marco Rubio']);
  });

  it('is not a subject the description says more of than the text does ("the Florida senator" after Cruz)', () => {
    expect(
      speakers('Sen. Ted Cruz met the president on Monday. The Florida senator said the talks went well.'),
    ).not.toContain('Ted Cruz');
  });

  it('is no one where two people named there hold the title', () => {
    const who = speakers(
      'Sen. Ted Cruz met Sen. Marco Rubio on Monday. The senator said the talks went well.',
    );
    expect(who).not.toContain('Ted Cruz');
    expect(who).not.toContain('Marco Rubio');
  });
});
