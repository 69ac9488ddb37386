import { describe, expect, it } from 'vitest';
import type { Attribution, Range } from '../polnear-score';
import { verdict } from './speakers';

const text = '“Nobody wants that,” said Hester, a parent. Mulgrew disagreed.';
const at = (s: string): Range => [text.indexOf(s), text.indexOf(s) + s.length];
const gold = (source: string, cue: string): Attribution[] => [
  { source: [at(source)], cue: [at(cue)], content: [at('“Nobody wants that,”')] },
];

describe('speaker verdicts for the confidence model', () => {
  it('is right when the sources overlap, wrong when they name someone else', () => {
    const s = { speaker: 'Hester', source: at('Hester'), content: [at('Nobody wants that')] };
    expect(verdict(text, gold('Hester', 'said'), s)).toBe('right');
    expect(verdict(text, gold('Hester', 'said'), { ...s, speaker: 'Mulgrew', source: at('Mulgrew') })).toBe(
      'wrong',
    );
  });

  it('leaves unchecked a gold attribution whose source and cue were swapped', () => {
    const s = { speaker: 'Hester', source: at('Hester'), content: [at('Nobody wants that')] };
    expect(verdict(text, gold('said', 'Hester'), s)).toBe('unchecked');
  });

  it('is off when the statement stands on no gold attribution', () => {
    expect(
      verdict(text, gold('Hester', 'said'), {
        speaker: 'Mulgrew',
        source: at('Mulgrew'),
        content: [at('disagreed')],
      }),
    ).toBe('off');
  });
});
