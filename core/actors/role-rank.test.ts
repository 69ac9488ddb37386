import { describe, expect, it } from 'vitest';
import { RoleTally, foldRole } from './role-rank';

const rank = (given: [string, string, string?][]) => {
  const t = new RoleTally();
  for (const [role, source, date] of given) t.add(role, source, date);
  return t.ranked();
};

describe('RoleTally', () => {
  it('ranks by sources, not mentions, in the commonest printing', () => {
    expect(
      rank([
        ['former Secretary of State', 'a'],
        ['former secretary of state', 'b'],
        ['former Secretary of State', 'c'],
        ['Democratic nominee', 'a'],
        ['Democratic nominee', 'a'],
      ]),
    ).toEqual([
      { role: 'former Secretary of State', sources: 3 },
      { role: 'Democratic nominee', sources: 1 },
    ]);
  });

  it('breaks ties to the newest source', () => {
    expect(
      rank([
        ['Governor of Ohio', 'a', '2015-01-01'],
        ['presidential candidate', 'b', '2016-03-01'],
      ])[0]!.role,
    ).toBe('presidential candidate');
  });

  it('counts a bare title or party label for the fullest role holding it', () => {
    expect(
      rank([
        ['Secretary', 'a'],
        ['Secretary', 'b'],
        ['Secretary', 'c'],
        ['former Secretary of State', 'd'],
        ['Democrat', 'a'],
        ['Democratic nominee', 'e'],
        ['Democratic nominee', 'f'],
      ]),
    ).toEqual([
      { role: 'former Secretary of State', sources: 4 },
      { role: 'Democratic nominee', sources: 3 },
    ]);
  });

  it('ranks a role true only at the time of its sentence last', () => {
    expect(
      rank([
        ['then-Secretary of State', 'a'],
        ['then-Secretary of State', 'b'],
        ['senator', 'c'],
      ])[0]!.role,
    ).toBe('senator');
  });

  it('folds printings of one role together', () => {
    expect(foldRole('F.B.I. Director')).toBe(foldRole('FBI director'));
    expect(foldRole('GOP frontrunner')).toBe(foldRole('GOP front-runner'));
  });
});
