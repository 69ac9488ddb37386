import { describe, expect, it } from 'vitest';
import { undecidedRead } from '../fixture';

// The whole engine before the cards' threshold: who is given which words.
const read = undecidedRead;

describe('a reporting verb that ends its sentence after a short phrase', () => {
  it('reports the clause before the comma, however tangled ("…, police said.")', () => {
    const text =
      'The black plainclothes officer who shot Scott - Brentley Vinson, who was placed on paid administrative leave - was not wearing a recording device, police said.';
    const { said, open } = read(text);
    expect([...said, ...open]).toContainEqual([
      expect.stringMatching(/police/),
      'The black plainclothes officer who shot Scott - Brentley Vinson, who was placed on paid administrative leave - was not wearing a recording device',
    ]);
  });

  // Real news (HuffPost's "WASHINGTON ―", a wire's "(AP) —"): the dateline had opened the words.
  it.each([
    'WASHINGTON ― Donald Trump’s obsession with the birth certificate is an insult to all voters, black lawmakers said Friday afternoon.',
    'WASHINGTON (AP) — Donald Trump’s obsession with the birth certificate is an insult to all voters, black lawmakers said Friday.',
    'RENO, Nev. ― Donald Trump’s obsession with the birth certificate is an insult to all voters, black lawmakers said Friday.',
  ])('leaves a wire dateline out of the words: %s', (text) => {
    const { said, open } = read(text);
    expect([...said, ...open]).toContainEqual([
      expect.stringMatching(/lawmakers/),
      'Donald Trump’s obsession with the birth certificate is an insult to all voters',
    ]);
  });

  it('reads a day with its part ("Friday afternoon") as when, not as the words', () => {
    const { said } = read(
      'Maria Lopez spoke at the rally. The plan is dead, she said Friday afternoon, as the crowd cheered.',
    );
    expect(said).toEqual([['Maria Lopez', 'The plan is dead']]);
  });

  it('takes the clause from a verb inside it, whose subject does not say it ("if Trump agrees…, people familiar with the talks say")', () => {
    const text =
      "But it may grow bigger if US President Donald Trump agrees to Beijing's demands to roll back existing tariffs on Chinese goods, people familiar with the talks say.";
    const { said } = read(text);
    expect(said.filter(([who]) => who === 'Donald Trump')).toEqual([]);
    expect(said).toContainEqual([
      'people familiar with the talks',
      "But it may grow bigger if US President Donald Trump agrees to Beijing's demands to roll back existing tariffs on Chinese goods",
    ]);
  });

  it.each([
    'But in July 2012, Patriot failed as predicted.',
    "If you're in that situation, please read the two guides I wrote.",
  ])('reads no clause for a source: %s', (text) => {
    const { said, open } = read(text);
    expect([...said, ...open]).toEqual([]);
  });
});
