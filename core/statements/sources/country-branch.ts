import type { Sentence } from '../../types';
import type { Entity } from './entities';
import { AFFILIATIONS, MODIFIERS, NOT_NAME, STOP, TITLE_FIRST } from '../../actors/lexicon';

/**
 * "Wired Italy reports…", "Priorities USA emailed…": a country's name that ends a run of
 * capitalised words names a company's branch or a group (a real news page, PolNeAR), a body no actor
 * stands for, never the country. Not after a function word, a title or a party label ("But Italy
 * said", "Republican Texas").
 */
export function countryBranch(norm: string, sent: Sentence, e: Entity): boolean {
  if (e.type !== 'government') return false;
  const m = /(?:^|[\s(])([A-Z][\w&'’.-]*) $/.exec(norm.slice(Math.max(sent.start, e.start - 30), e.start));
  if (!m) return false;
  const w = m[1]!;
  return (
    !STOP.has(w) &&
    !NOT_NAME.has(w) &&
    !AFFILIATIONS.has(w) &&
    !MODIFIERS.has(w.toLowerCase()) &&
    !TITLE_FIRST.has(w.toLowerCase())
  );
}
