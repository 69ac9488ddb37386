import { describe, expect, it } from 'vitest';
import { FeatureKeys, featureOf, marginModel, marginScorer, namesOf, type NamedFeatures } from '.';

const fill = (f: NamedFeatures) => {
  f.add('bias');
  f.add('w', 'said');
  f.add('s|r', 'say', 'ccomp');
  f.add('s|comp', 'say', 'ccomp', '-');
  f.add('w', '');
  f.add('é', 'naïve|x', '=');
};

describe('named features', () => {
  it('joins the pieces as name=a|b|c', () => {
    expect(namesOf(fill)).toEqual([
      'bias',
      'w=said',
      's|r=say|ccomp',
      's|comp=say|ccomp|-',
      'w=',
      'é=naïve|x|=',
    ]);
  });

  it('hashes the pieces to what featureOf gives the joined string, reused after clear', () => {
    const keys = new FeatureKeys();
    for (let round = 0; round < 2; round++) {
      fill(keys.clear());
      expect(Array.from(keys.keys.subarray(0, keys.n))).toEqual(namesOf(fill).map(featureOf));
    }
  });

  it('grows past its first buffer', () => {
    const keys = new FeatureKeys();
    const many = (f: NamedFeatures) => {
      for (let i = 0; i < 200; i++) f.add('n', String(i));
    };
    many(keys);
    expect(Array.from(keys.keys.subarray(0, keys.n))).toEqual(namesOf(many).map(featureOf));
  });

  it('gives a margin scorer the same margin hashed as named', () => {
    const score = marginScorer(
      marginModel(
        new Map([
          [featureOf('w=said'), 2],
          [featureOf('bias'), -0.5],
        ]),
      ),
    );
    const keys = new FeatureKeys();
    fill(keys);
    expect(score.keyed(keys.keys, keys.n)).toBe(score(namesOf(fill)));
  });
});
