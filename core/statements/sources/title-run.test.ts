import { describe, expect, it } from 'vitest';
import { titledRun } from './title-run';

describe('titledRun', () => {
  it('reads capitalised words ending in a title as the role before a name', () => {
    expect(titledRun(' Virginia AFL-CIO President ')).toBe(true);
    expect(titledRun(' Senate Majority Leader ')).toBe(true);
    expect(titledRun(' Secretary of State ')).toBe(true);
  });
  it('reads an abbreviated title with its period ("according to former Sen. Scott Brown")', () => {
    expect(titledRun(' former Sen. ')).toBe(true);
    expect(titledRun(' Florida Gov. ')).toBe(true);
  });
  it('reads no title in words that join two names or end elsewhere', () => {
    expect(titledRun(' polls showing ')).toBe(false);
    expect(titledRun(' the Virginia AFL-CIO President ')).toBe(false);
    expect(titledRun(' Virginia AFL-CIO ')).toBe(false);
    expect(titledRun(' President')).toBe(false);
  });
});
