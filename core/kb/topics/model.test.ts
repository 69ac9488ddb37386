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
    const p = m.posterior(['rally', 'crowd'], m.prior());
    expect(p[0]).toBeGreaterThan(0.9);
    expect(m.posterior(['steel'], m.prior())[1]).toBeGreaterThan(0.8);
  });

  it('gives the prior back for words it never saw, and weighs context words less', () => {
    const m = taught();
    const prior = m.prior();
    expect([...m.posterior(['unseen'], prior)]).toEqual([...prior]);
    const full = m.posterior([], prior, ['rally'], 1)[0]!;
    const half = m.posterior([], prior, ['rally'], 0.5)[0]!;
    expect(full).toBeGreaterThan(half);
    expect(half).toBeGreaterThan(0.5);
  });

  it("leans a statement with no telling words towards its source's topics", () => {
    const m = taught();
    const tradeSource = m.sourcePrior(new Map([['trade', 20]]));
    expect(tradeSource[1]).toBeGreaterThan(0.8);
    expect(m.posterior(['unseen'], tradeSource)[1]).toBeGreaterThan(0.8);
    // A source with no labelled sentence takes the corpus's shares.
    expect([...m.sourcePrior(new Map())]).toEqual([...m.prior()]);
  });

  it('ignores a word seen too rarely to tell anything, and caps what one word can say', () => {
    const m = taught();
    m.add(['once'], ['trade']);
    expect([...m.posterior(['once'], m.prior())]).toEqual([...m.prior()]);
    const one = m.posterior(['rally'], new Float64Array([0.01, 0.99]));
    // "rally" alone (capped at 2 nats) does not overturn a source 99 to 1 the other way.
    expect(one[1]).toBeGreaterThan(0.5);
  });
});
