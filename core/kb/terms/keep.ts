// Which of the terms the engine's lexicon finds article by article are key terms of the corpus. The
// lexicon's patterns were written for one corpus (the Ukraine talks): elsewhere a common noun it
// knows ("sanctions", "peace talks") or a region ("Crimea") is a key term only where the corpus keeps
// returning to it, and any term needs more than one source.
import { REGIONS } from '../../actors/lexicon';
import type { KbActor } from '../schema';

/** Share of the corpus's sources a common-noun or region term must be named in. */
export const GENERIC_SHARE = 0.05;

const REGION_NAMES = new Set(REGIONS.map((r) => r.name));

/** Printed as a common noun somewhere ("sanctions"): no capital and no number in one of its forms. */
const generic = (a: KbActor) => a.aliases.some((x) => !/[\p{Lu}\p{N}]/u.test(x));

export function keepsTerm(a: KbActor, sourceCount: number): boolean {
  if (a.type !== 'term' || sourceCount < 2) return true;
  const named = Object.keys(a.mentions).length;
  if (named < 2) return false;
  return !(generic(a) || REGION_NAMES.has(a.name)) || named >= GENERIC_SHARE * sourceCount;
}
