import { describe, expect, it } from 'vitest';
import { tagSet } from './tag-sets';

describe('tagSet', () => {
  it('marks the tag ids of a kind, worked out once per list of tags', () => {
    const tags = ['NNS|NOUN', 'VB|VERB', 'NN|NOUN'];
    const plural = tagSet(tags, /^NNS\|/);
    expect(Array.from(plural)).toEqual([1, 0, 0]);
    expect(tagSet(tags, /^NNS\|/)).toBe(plural);
    // Another list of tags has its own marks.
    expect(Array.from(tagSet(['VB|VERB', 'NNS|NOUN'], /^NNS\|/))).toEqual([0, 1]);
  });
});
