import { describe, expect, it } from 'vitest';
import { contentWords } from './tokens';

describe('contentWords', () => {
  it('keeps content words, folds plurals and possessives, drops function and reporting words', () => {
    expect(contentWords("the senator's voters said they want lower taxes and policies")).toEqual([
      'senator',
      'voter',
      'lower',
      'tax',
      'policy',
    ]);
  });

  it('leaves words in -ss, -us and -is as they are', () => {
    expect(contentWords('congress status analysis')).toEqual(['congress', 'status', 'analysis']);
    expect(contentWords('speeches churches')).toEqual(['speech', 'church']);
  });

  it('leaves out where something was said: an interview, a network', () => {
    expect(contentWords('in an interview with cnn about trade')).toEqual(['trade']);
  });
});
