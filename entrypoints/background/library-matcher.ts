// The page matcher once the reader's articles have joined the KB. The build compiles matcher.json with
// an English word list that never ships ("Will", "Post" must not mark alone); here only its verdicts
// are at hand. A one-word alias the bundled matcher lets mark alone is known not to be a common word;
// any other one-word alias is treated as one, so a reader's new speaker "Adaeze Okonkwo" marks in full
// everywhere, and "Okonkwo" alone only as a surname in context (as "Trump" does). That errs toward
// marking less, never toward a wrong card. For the bundled KB alone the result is matcher.json itself.
import type { KbIndex } from '@/core/kb';
import { matcherForKb } from '@/core/kb/matcher';
import type { MatcherData } from '@/core/matcher/compile';

const compiled = new WeakMap<KbIndex, MatcherData>();

/** The one-word aliases the build let mark alone: its word list said they are not ordinary English. */
export function knownNames(bundled: MatcherData): Set<string> {
  return new Set(
    bundled.aliases
      .filter(([key, , guard]) => guard === 'ok' && !key.includes(' '))
      .map(([key]) => key.toLowerCase()),
  );
}

export function matcherWithLibrary(ix: KbIndex, bundledIx: KbIndex, bundled: MatcherData): MatcherData {
  if (ix === bundledIx) return bundled;
  let data = compiled.get(ix);
  if (!data) {
    const safe = knownNames(bundled);
    data = matcherForKb(ix.kb, (word) => !safe.has(word));
    compiled.set(ix, data);
  }
  return data;
}
