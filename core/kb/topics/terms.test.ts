import { describe, expect, it } from 'vitest';
import type { KbActor } from '../schema';
import { termMatcher } from './terms';

const term = (name: string, aliases: string[]): KbActor => ({
  id: name,
  name,
  type: 'term',
  aliases,
  roles: [],
  mentions: {},
});

describe('termMatcher', () => {
  const named = termMatcher([
    term('Affordable Care Act', ['Affordable Care Act', 'Obamacare', 'ACA']),
    term('Iowa caucuses', ['Iowa caucuses']),
  ]);

  it('gives the names of the terms whose forms a lower-cased text uses, once each', () => {
    expect(named('repeal obamacare and the affordable care act before the iowa caucuses')).toEqual([
      'Affordable Care Act',
      'Iowa caucuses',
    ]);
  });

  it('matches whole forms only', () => {
    expect(named('the acacia tree')).toEqual([]);
  });

  it('matches nothing without terms', () => {
    expect(termMatcher([])('obamacare')).toEqual([]);
  });
});
