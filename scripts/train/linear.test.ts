import { describe, expect, it } from 'vitest';
import { scorer } from '../../core/attribution/linear';
import { rng, trainLinear, type Example } from './linear';

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

describe('trainLinear', () => {
  it('learns a tiny set it can separate', () => {
    const model = scorer(trainLinear(tiny, { epochs: 20, seed: 7 }));
    for (const e of tiny) expect(model(e.features) > 0, e.features.join(' ')).toBe(e.label === 1);
  });

  it('writes the same model for the same seed, and keeps only weights that do not round to zero', () => {
    const a = trainLinear(tiny, { epochs: 5, seed: 3 });
    expect(JSON.stringify(trainLinear(tiny, { epochs: 5, seed: 3 }))).toBe(JSON.stringify(a));
    expect(a.weights.every((w) => Number.isInteger(w) && w !== 0)).toBe(true);
    expect(a.features.length).toBe(a.weights.length);
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
