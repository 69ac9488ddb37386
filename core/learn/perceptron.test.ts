import { describe, expect, it } from 'vitest';
import { decodeBase64, encodeBase64, VarintReader, VarintWriter } from './codec';
import { feature, featureOf, hashString, LinearModel, mulberry32, Perceptron, train, type Example } from '.';

/** Points of three classes, each told by one of its features; noise features on every point. */
function separable(n: number, seed: number): Example[] {
  const next = mulberry32(seed);
  return Array.from({ length: n }, () => {
    const label = Math.floor(next() * 3);
    const noise = Array.from({ length: 4 }, () => featureOf(`noise=${Math.floor(next() * 20)}`));
    return { label, features: [featureOf(`class=${label}`), featureOf(`weak=${label}`), ...noise] };
  });
}

describe('averaged perceptron', () => {
  it('learns a small separable set', () => {
    const data = separable(300, 7);
    const model = train(data, { epochs: 5, seed: 3 });
    expect(data.every((e) => model.predict(e.features) === e.label)).toBe(true);
    expect(model.classes).toBe(3);
  });

  it('learns a binary decision with two features that must combine', () => {
    // Class 1 only when both a and b are present: the combined feature carries it.
    const ex = (a: boolean, b: boolean): Example => ({
      label: a && b ? 1 : 0,
      features: [
        featureOf('bias'),
        ...(a ? [featureOf('a')] : []),
        ...(b ? [featureOf('b')] : []),
        ...(a && b ? [featureOf('a&b')] : []),
      ],
    });
    const data = [ex(true, true), ex(true, false), ex(false, true), ex(false, false)];
    const model = train([...data, ...data, ...data], { epochs: 10, seed: 1, classes: 2 });
    for (const e of data) expect(model.predict(e.features)).toBe(e.label);
    const s = model.scores(data[0]!.features);
    expect(s[1]!).toBeGreaterThan(s[0]!);
  });

  it('trains the same model from the same seed, and survives JSON', () => {
    const data = separable(200, 11);
    const a = JSON.stringify(train(data, { epochs: 3, seed: 5 }));
    const b = JSON.stringify(train(data, { epochs: 3, seed: 5 }));
    expect(a).toBe(b);
    const back = LinearModel.fromJSON(JSON.parse(a));
    expect(JSON.stringify(back)).toBe(a);
    const model = train(data, { epochs: 3, seed: 5 });
    for (const e of data.slice(0, 50))
      expect(Array.from(back.scores(e.features))).toEqual(Array.from(model.scores(e.features)));
  });

  it('stores many classes (rows of class numbers) as well as few (bit masks, weights in the slots)', () => {
    const next = mulberry32(9);
    const data: Example[] = Array.from({ length: 400 }, () => {
      const label = Math.floor(next() * 20);
      return { label, features: [featureOf(`c=${label}`), featureOf(`n=${Math.floor(next() * 50)}`)] };
    });
    const model = train(data, { epochs: 4, classes: 20 });
    const json = model.toJSON();
    expect(json.counts).toBeDefined();
    expect(json.masks).toBeUndefined();
    const back = LinearModel.fromJSON(JSON.parse(JSON.stringify(json)));
    expect(data.every((e) => back.predict(e.features) === model.predict(e.features))).toBe(true);
    expect(data.filter((e) => back.predict(e.features) === e.label).length).toBeGreaterThan(
      0.95 * data.length,
    );
    expect(train(separable(50, 1), { epochs: 2 }).toJSON().masks).toBeDefined();
  });

  it('scores alike whatever the table layout (weights in the slot, 16-bit pairs, rows)', () => {
    // Few classes with small weights keep them in the slot, up to four with wider ones as 16-bit
    // pairs, more as rows: each must sum as a plain look-up of the sorted arrays does.
    const next = mulberry32(7);
    for (const classes of [1, 2, 3, 4, 5, 40]) {
      for (const range of [1000, 60000]) {
        const keys = [...new Set(Array.from({ length: 500 }, () => (next() * 2 ** 32) >>> 0))].sort(
          (a, b) => a - b,
        );
        const rows = keys.map(() =>
          Array.from({ length: classes }, (_, c) =>
            next() < 0.5 || c === 0 ? Math.round((next() - 0.5) * range) : 0,
          ),
        );
        const cls: number[] = [];
        const weights: number[] = [];
        const rowStart = [0];
        for (const row of rows) {
          row.forEach((w, c) => w !== 0 && (cls.push(c), weights.push(w)));
          rowStart.push(cls.length);
        }
        const model = new LinearModel(
          classes,
          1,
          Int32Array.from(keys, (k) => k | 0),
          Int32Array.from(rowStart),
          Uint16Array.from(cls),
          Int16Array.from(weights),
        );
        for (let t = 0; t < 200; t++) {
          const picks = Array.from({ length: 12 }, () => Math.floor(next() * keys.length * 1.5));
          const features = picks.map((r) => (r < keys.length ? keys[r]! | 0 : (next() * 2 ** 32) | 0));
          const expected = new Array<number>(classes).fill(0);
          for (const r of picks) if (r < keys.length) rows[r]!.forEach((w, c) => (expected[c]! += w));
          const got = new Int32Array(classes);
          model.accumulate(features, features.length, got);
          expect(Array.from(got)).toEqual(expected);
          const best = expected.indexOf(Math.max(...expected));
          expect(model.predict(features)).toBe(best);
        }
      }
    }
  });

  it('prunes small weights and keeps the labels', () => {
    const data = separable(200, 2);
    const full = train(data, { epochs: 3, labels: ['a', 'b', 'c'] });
    const pruned = train(data, { epochs: 3, prune: 0.5, labels: ['a', 'b', 'c'] });
    expect(pruned.size.weights).toBeLessThan(full.size.weights);
    expect(LinearModel.fromJSON(pruned.toJSON()).labels).toEqual(['a', 'b', 'c']);
    expect(data.every((e) => pruned.predict(e.features) === e.label)).toBe(true);
  });

  it('updates online: the last guess moves toward the truth', () => {
    const p = new Perceptron(2);
    const f = [feature(1, 2), feature(1, 3)];
    expect(p.predict(f)).toBe(0);
    p.update(1, 0, f);
    expect(p.predict(f)).toBe(1);
    // The average counts a change from the next instance on.
    p.update(1, 1, f);
    expect(p.model().predict(f)).toBe(1);
  });
});

describe('codec and hashing', () => {
  it('round-trips varints and base64', () => {
    const w = new VarintWriter();
    const values = [0, 1, -1, 127, 128, -32768, 32767, 2 ** 31 - 1, -(2 ** 31)];
    for (const v of values) w.int(v);
    w.uint(4294967295);
    const r = new VarintReader(decodeBase64(w.base64()));
    expect(values.map(() => r.int())).toEqual(values);
    expect(r.uint()).toBe(4294967295);
    for (let n = 0; n < 8; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + 13) & 255);
      expect(Array.from(decodeBase64(encodeBase64(bytes)))).toEqual(Array.from(bytes));
      expect(encodeBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    }
  });

  it('hashes strings and combinations to 32-bit integers, order-sensitively', () => {
    expect(hashString('a')).toBe(hashString('xa', 1));
    expect(hashString('')).toBe(0x811c9dc5 | 0);
    expect(feature(1, 2, 3)).not.toBe(feature(1, 3, 2));
    expect(Number.isInteger(feature(1, 2))).toBe(true);
  });
});
