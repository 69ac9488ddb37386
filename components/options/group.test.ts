import { describe, expect, it } from 'vitest';
import { groupByOutlet, withAll } from './group';

const src = (id: string, outlet: string | null, date = '2025-11-20') => ({
  id,
  outlet,
  title: null,
  date,
  statements: 1,
});

describe('groupByOutlet', () => {
  it('groups alphabetically, keeps sources without an outlet apart and last, newest first', () => {
    const groups = groupByOutlet([
      src('1', null),
      src('2', 'Reuters', '2025-11-19'),
      src('3', 'AP'),
      src('4', 'Reuters', '2025-11-21'),
    ]);
    expect(groups.map((g) => [g.outlet, g.sources.map((s) => s.id)])).toEqual([
      ['AP', ['3']],
      ['Reuters', ['4', '2']],
      [null, ['1']],
    ]);
  });
});

describe('withAll', () => {
  it('switches a whole group off and on without touching other sources', () => {
    expect(withAll(['9'], ['1', '2'], false).sort()).toEqual(['1', '2', '9']);
    expect(withAll(['1', '2', '9'], ['1', '2'], true)).toEqual(['9']);
  });
});
