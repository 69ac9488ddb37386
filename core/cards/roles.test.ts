import { describe, expect, it } from 'vitest';
import { headerRoles, within } from './roles';

describe('headerRoles', () => {
  it('shows the first two roles and keeps the rest for "more roles"', () => {
    expect(
      headerRoles(['Senate Majority Leader', 'majority leader', 'Kentucky Republican', 'Senator']),
    ).toEqual({
      roles: ['Senate Majority Leader', 'Kentucky Republican'],
      moreRoles: ['Senator'],
    });
  });

  it('keeps out of "more roles" what a shown role already says', () => {
    expect(headerRoles(['Russian Foreign Minister', 'Foreign Minister', 'diplomat'], [4, 1, 1])).toEqual({
      roles: ['Russian Foreign Minister'],
      moreRoles: ['diplomat'],
    });
  });

  it('never shows a role the other shown one already says, in either order', () => {
    expect(headerRoles(['Foreign Minister', 'Russian Foreign Minister', 'diplomat']).roles).toEqual([
      'Foreign Minister',
      'diplomat',
    ]);
  });

  it('shows nothing for no roles', () => {
    expect(headerRoles([])).toEqual({ roles: [], moreRoles: [] });
  });
});

describe('within', () => {
  it('matches whole words only, ignoring case', () => {
    expect(within('Foreign Minister', 'Russian foreign minister')).toBe(true);
    expect(within('President', 'Republican presidential nominee')).toBe(false);
    expect(within('president', 'then-president')).toBe(true);
  });
});

describe('headerRoles with source counts', () => {
  it('shows a second role only when two sources give it, and never a past one', () => {
    expect(headerRoles(['Texas Senator', 'only candidate to campaign in Wyoming'], [26, 1])).toEqual({
      roles: ['Texas Senator'],
      moreRoles: ['only candidate to campaign in Wyoming'],
    });
    expect(
      headerRoles(['former President', 'then-president', 'Arkansas governor'], [63, 4, 2]).roles,
    ).toEqual(['former President', 'Arkansas governor']);
  });

  it('shows the first role even when one source gives it', () => {
    expect(headerRoles(['nursing home owner'], [1]).roles).toEqual(['nursing home owner']);
  });
});
