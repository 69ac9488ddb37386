import { describe, expect, it } from 'vitest';
import { TopicModel } from './model';

/** A model taught that "rally" goes with elections and "tariff" with trade, each in five sentences. */
function taught(): TopicModel {
  const m = new TopicModel(['elections', 'trade']);
  for (let i = 0; i < 5; i++) {
    m.add(['campaign', 'rally', 'crowd'], ['elections']);
    m.add(['tariff', 'steel', 'import'], ['trade']);
  }
  return m;
}

describe('TopicModel', () => {
  it('files unlisted words by the topics of the sentences they were seen in', () => {
    const m = taught();
    const p = m.posterior(m.prior(), [[['rally', 'crowd'], 1]]);
    expect(p[0]).toBeGreaterThan(0.9);
    expect(m.posterior(m.prior(), [[['steel'], 1]])[1]).toBeGreaterThan(0.8);
  });

  it('gives the prior back for words it never saw, and weighs each group of words by its weight', () => {
    const m = taught();
    const prior = m.prior();
    expect([...m.posterior(prior, [[['unseen'], 1]])]).toEqual([...prior]);
    const full = m.posterior(prior, [[['rally'], 1]])[0]!;
    const half = m.posterior(prior, [[['rally'], 0.5]])[0]!;
    expect(full).toBeGreaterThan(half);
    expect(half).toBeGreaterThan(0.5);
  });

  it("leans a statement with no telling words towards its source's topics", () => {
    const m = taught();
    const tradeSource = m.sourcePrior(new Map([['trade', 20]]));
    expect(tradeSource[1]).toBeGreaterThan(0.8);
    expect(m.posterior(tradeSource, [[['unseen'], 1]])[1]).toBeGreaterThan(0.8);
    // A source with no labelled sentence takes the corpus's shares.
    expect([...m.sourcePrior(new Map())]).toEqual([...m.prior()]);
  });

  it('ignores a word seen too rarely to tell anything, and caps what one word can say', () => {
    const m = taught();
    m.add(['once'], ['trade']);
    expect([...m.posterior(m.prior(), [[['once'], 1]])]).toEqual([...m.prior()]);
    const one = m.posterior(new Float64Array([0.01, 0.99]), [[['rally'], 1]]);
    // "rally" alone (capped at 2 nats) does not overturn a source 99 to 1 the other way.
    expect(one[1]).toBeGreaterThan(0.5);
  });
});
