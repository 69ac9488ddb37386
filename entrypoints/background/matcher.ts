import type { KbIndex } from '@/core/kb';
import type { MatcherData } from '@/core/matcher/compile';

/** The compiled matcher for content scripts. (Stub: the overlay work fills it from the KB build.) */
export function matcherFor(_ix: KbIndex): MatcherData {
  return { v: 1, ids: [], aliases: [] };
}
