import { describe, expect, it } from 'vitest';
import { HAND, handSentence } from './fixture';
import { Labeller, relationOf, trainLabeller } from './labels';
import { Parser, projective, trainParser } from './parser';

describe('parser and labeller', () => {
  const examples = HAND.map(handSentence);

  it('learn a few hand-parsed sentences and parse them right', () => {
    const parser = Parser.fromJSON(
      JSON.parse(JSON.stringify(trainParser(examples, { epochs: 15, seed: 1 }))),
    );
    const labeller = Labeller.fromJSON(
      JSON.parse(JSON.stringify(trainLabeller(examples, { epochs: 15, seed: 1 }))),
    );
    for (const x of examples) {
      const heads = parser.parse(x);
      expect(Array.from(heads)).toEqual(Array.from(x.heads));
      const rels = labeller.label(x, heads);
      expect(Array.from(rels, (r) => labeller.relations[r])).toEqual(x.deprels);
    }
  });

  it('gives every word one head and exactly one root, however little it learned', () => {
    const parser = trainParser(examples.slice(0, 1), { epochs: 1, seed: 1 });
    for (const x of examples) {
      const heads = Array.from(parser.parse(x));
      expect(heads.filter((h) => h === -1)).toHaveLength(1);
      expect(heads.every((h, i) => h >= -1 && h < heads.length && h !== i)).toBe(true);
    }
    expect(Array.from(parser.parse({ words: new Int32Array(0), tags: new Int32Array(0) }))).toEqual([]);
  });

  it('lifts crossing arcs until the tree is projective', () => {
    // 0 ← 2, 1 ← 3, 2 root, 3 ← 2: the arc 3→1 crosses 2→0 … lifted to 2→1.
    expect(Array.from(projective(Int32Array.from([2, 3, -1, 2])))).toEqual([2, 2, -1, 2]);
    expect(Array.from(projective(Int32Array.from([1, -1, 1])))).toEqual([1, -1, 1]);
  });

  it('names relations with their kept subtypes', () => {
    expect(relationOf('nsubj:pass')).toBe('nsubj:pass');
    expect(relationOf('obl:unmarked')).toBe('obl');
    expect(relationOf('acl:relcl')).toBe('acl:relcl');
    expect(relationOf('conj')).toBe('conj');
  });
});
