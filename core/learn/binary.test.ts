import { describe, expect, it } from 'vitest';
import { featureOf, LinearModel, marginModel, marginScorer, Perceptron, trainBinary } from '.';

const named = (fs: string[]) => Int32Array.from(fs, featureOf);

describe('trainBinary', () => {
  // Yes when the verb reports and takes a clause; "found" reports only with one.
  const examples = [
    { features: named(['bias', 'w=said', 'k=ccomp']), label: 1 as const },
    { features: named(['bias', 'w=said', 'k=obj']), label: 1 as const },
    { features: named(['bias', 'w=found', 'k=ccomp']), label: 1 as const },
    { features: named(['bias', 'w=found', 'k=obj']), label: 0 as const },
    { features: named(['bias', 'w=ate', 'k=obj']), label: 0 as const },
    { features: named(['bias', 'w=ate', 'k=ccomp']), label: 0 as const },
  ];

  it('learns a separable set as one class whose score is the margin, the same for the same seed', () => {
    const model = trainBinary(examples, { epochs: 20, seed: 7 });
    expect(model.classes).toBe(1);
    for (const e of examples) expect(model.scores(e.features)[0]! > 0).toBe(e.label === 1);
    expect(JSON.stringify(trainBinary(examples, { epochs: 20, seed: 7 }))).toBe(JSON.stringify(model));
  });

  it('gives the binary perceptron its own weights: half the two-class margin', () => {
    // One example, two epochs: the first guess (margin 0) is wrong, so each feature's class 1 gets
    // +1 and its class 0 −1, which count from the second step on: averaged ±0.5, a margin of 1 and a
    // binary weight of 0.5.
    const model = trainBinary([{ features: named(['a', 'b']), label: 1 }], { epochs: 2, step: 0.5 });
    expect(marginScorer(model)(['a'])).toBe(0.5);
    expect(marginScorer(model)(['a', 'b', 'unseen'])).toBe(1);
  });
});

describe('marginModel, marginScorer', () => {
  it('quantises a weight a feature to its step and reads it back through JSON', () => {
    const weights = new Map([
      [featureOf('x'), 0.5],
      [featureOf('y'), -1.26],
      [featureOf('z'), 0.004],
    ]);
    const json = marginModel(weights, 0.01).toJSON();
    expect(json).toMatchObject({ classes: 1, scale: 0.01, rows: 2 });
    const score = marginScorer(json);
    expect(score(['x'])).toBeCloseTo(0.5, 10);
    expect(score(['x', 'y', 'z'])).toBeCloseTo(-0.76, 10);
    expect(score([])).toBe(0);
  });

  it('reads a two-class model as class 1 minus class 0', () => {
    const p = new Perceptron(2);
    p.update(1, 0, named(['x']));
    p.update(1, 1, named(['x']));
    const model: LinearModel = p.model();
    expect(marginScorer(model)(['x'])).toBeCloseTo(1, 3);
  });
});
