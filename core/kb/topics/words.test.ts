import { describe, expect, it } from 'vitest';
import { TopicWords, lowerText } from './words';

describe('TopicWords', () => {
  const words = new TopicWords([
    { id: 'trade', words: ['trade', 'tariff*'] },
    { id: 'economy', words: ['wall street', 'econom*'] },
    { id: 'immigration', words: ['the wall', 'border*'] },
  ]);

  it('finds whole words and "*" endings, once per occurrence', () => {
    expect(words.hits('tariffs on trade and more tariffs')).toEqual(['trade', 'trade', 'trade']);
    expect(words.ids('the economic case for borders')).toEqual(['economy', 'immigration']);
  });

  it('never matches inside a word or a hyphenated word', () => {
    expect(words.ids('trademark cross-border tradeoff')).toEqual([]);
  });

  it('tells phrases sharing a word apart', () => {
    expect(words.ids('wall street')).toEqual(['economy']);
    expect(words.ids('build the wall')).toEqual(['immigration']);
  });

  it('reads curly apostrophes and capitals as the lists are written', () => {
    expect(lowerText('Trump’s TRADE')).toBe("trump's trade");
  });

  it('finds nothing with no lists', () => {
    expect(new TopicWords([]).hits('anything')).toEqual([]);
  });
});
