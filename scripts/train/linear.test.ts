import { describe, expect, it } from 'vitest';
import { LinearModel, marginScorer } from '../../core/learn';
import { fitLogistic, rng, trainLinear, trainLogistic, type Example } from './linear';

// A tiny set with the shape of the real one: a verb reports only with a clausal complement, and
// one verb never does.
const tiny: Example[] = [
  { features: ['bias', 'w=said', 'k=ccomp'], label: 1 },
  { features: ['bias', 'w=said', 'k=obj'], label: 1 },
  { features: ['bias', 'w=found', 'k=ccomp'], label: 1 },
  { features: ['bias', 'w=found', 'k=obj'], label: 0 },
  { features: ['bias', 'w=ate', 'k=obj'], label: 0 },
  { features: ['bias', 'w=ate', 'k=ccomp'], label: 0 },
  { features: ['bias', 'w=walked'], label: 0 },
];

describe('trainLinear, trainLogistic', () => {
  it('learns a tiny set it can separate', () => {
    const model = marginScorer(trainLinear(tiny, { epochs: 20, seed: 7 }));
    for (const e of tiny) expect(model(e.features) > 0, e.features.join(' ')).toBe(e.label === 1);
    const logistic = marginScorer(trainLogistic(tiny, { epochs: 200, seed: 7, rate: 1 }));
    for (const e of tiny) expect(logistic(e.features) > 0, e.features.join(' ')).toBe(e.label === 1);
  });

  it('writes the same one-class model for the same seed, without weights that round to zero', () => {
    const a = trainLinear(tiny, { epochs: 5, seed: 3 });
    expect(JSON.stringify(trainLinear(tiny, { epochs: 5, seed: 3 }))).toBe(JSON.stringify(a));
    expect(a).toMatchObject({ format: 'linear-1', classes: 1, scale: 0.01 });
    const { features, weights } = LinearModel.fromJSON(a).size;
    expect(weights).toBe(features);
    expect(features).toBeGreaterThan(0);
    expect(features).toBeLessThanOrEqual(new Set(tiny.flatMap((e) => e.features)).size);
  });

  it('leaves out features found in fewer examples than minCount', () => {
    const a = LinearModel.fromJSON(trainLinear(tiny, { epochs: 5, seed: 3, minCount: 3 }));
    // Only bias (7 examples), k=ccomp (3) and k=obj (3) are found in three or more.
    expect(a.size.features).toBeLessThanOrEqual(3);
    expect(marginScorer(a)(['w=said'])).toBe(0);
  });

  it('fits logistic regression to its one optimum, whatever the order of the examples', () => {
    const model = fitLogistic(tiny, { l2: 0.01 });
    const logistic = marginScorer(model);
    for (const e of tiny) expect(logistic(e.features) > 0, e.features.join(' ')).toBe(e.label === 1);
    expect(JSON.stringify(fitLogistic([...tiny].reverse(), { l2: 0.01 }))).toBe(JSON.stringify(model));
    // A larger penalty pulls every margin toward zero.
    const flat = marginScorer(fitLogistic(tiny, { l2: 100 }));
    for (const e of tiny) expect(Math.abs(flat(e.features))).toBeLessThan(Math.abs(logistic(e.features)));
  });

  it('draws the same numbers from the same seed', () => {
    const x = rng(42);
    const y = rng(42);
    const xs = [x(), x(), x()];
    expect([y(), y(), y()]).toEqual(xs);
    expect(xs.every((v) => v >= 0 && v < 1)).toBe(true);
    expect(rng(43)()).not.toBe(xs[0]);
  });
});
