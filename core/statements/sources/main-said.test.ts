import { describe, expect, it } from 'vitest';
import { undecidedLines as said } from '../fixture';

// Whom "he" in the next sentence continues: the sentence's own speaker (main-said.ts).
describe('a pronoun after a sentence that reports someone inside a clause', () => {
  it('passes over a speaker inside another statement’s words', () => {
    const text =
      'Ben Carson spoke on Tuesday. Carson turned the story back on the Post, pointing out that the paper’s Robert Costa had reported in June that the Carson campaign was coming apart.\n\nHe said that the paper would shy away from similar reporting now.';
    expect(said(text)).toContain(
      'Ben Carson (indirect): the paper would shy away from similar reporting now',
    );
  });
  it('passes over a speaker a subordinate clause holds', () => {
    const text =
      'Paul Ryan was on CNN. Ryan did not exude confidence when Jake Tapper asked whether Republicans would hold the House.\n\n“It is gonna be unpredictable,” he said.';
    expect(said(text)).toContain('Paul Ryan (direct): It is gonna be unpredictable');
  });
});
