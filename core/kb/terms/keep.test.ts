import { describe, expect, it } from 'vitest';
import type { KbActor } from '../schema';
import { keepsTerm } from './keep';

const term = (name: string, aliases: string[], sources: number): KbActor => ({
  id: name,
  name,
  type: 'term',
  aliases,
  roles: [],
  mentions: Object.fromEntries(Array.from({ length: sources }, (_, i) => [`s${i}`, 1])),
});

describe('keepsTerm', () => {
  it('keeps a named term of several sources, never one of a single source', () => {
    expect(keepsTerm(term('Alaska summit', ['Alaska summit', 'meeting in Anchorage'], 3), 1008)).toBe(true);
    expect(keepsTerm(term('28-point plan', ['28-point plan'], 2), 5)).toBe(true);
    expect(keepsTerm(term('Article 3', ['Article 3'], 1), 1008)).toBe(false);
  });

  it('keeps a common noun or a region only where the corpus keeps returning to it', () => {
    expect(keepsTerm(term('Sanctions', ['sanctions', 'Sanctions'], 3), 5)).toBe(true);
    expect(keepsTerm(term('Sanctions', ['sanctions', 'Sanctions'], 19), 1008)).toBe(false);
    expect(keepsTerm(term('Crimea', ['Crimea'], 6), 1008)).toBe(false);
    expect(keepsTerm(term('Donbas', ['Donbas'], 3), 5)).toBe(true);
  });

  it('keeps everything of a one-source corpus, and every actor that is not a term', () => {
    expect(keepsTerm(term('Kharkiv', ['Kharkiv'], 1), 1)).toBe(true);
    expect(keepsTerm({ ...term('Lavrov', ['Lavrov'], 1), type: 'person' }, 5)).toBe(true);
  });
});
