import { describe, expect, it } from 'vitest';
import names from '../../data/lexicons/names.json';
import { build, UNISEX } from './given';

describe('given-name genders built from two packages', () => {
  const built = build();
  if (typeof built === 'string') throw new Error(built);
  const { male, female } = JSON.parse(built.json) as { male: string; female: string };
  const m = new Set(male.split(' '));
  const f = new Set(female.split(' '));
  it('holds names the curated lists lack, by the gender both packages give', () => {
    expect(m.has('Grant')).toBe(true);
    expect(m.has('Lance')).toBe(true);
    expect(f.has('Louise')).toBe(true);
    expect(m.has('Louise') || f.has('Grant')).toBe(false);
  });
  it('gives no gender to a name both sexes carry, nor repeats a curated one', () => {
    for (const n of UNISEX) expect(m.has(n) || f.has(n)).toBe(false);
    for (const n of [...names.given.male, ...names.given.female, ...names.given.either])
      expect(m.has(n) || f.has(n)).toBe(false);
    expect([...m].filter((n) => f.has(n))).toEqual([]);
  });
});
