// The cards' confidence threshold, chosen on development verdicts.
import type { Verdict } from './speakers';

/** The lowest threshold whose kept statements have at least `target` right speakers. */
export function chooseThreshold(scored: { p: number; verdict: Verdict }[], target: number): number {
  const sorted = scored
    .filter((s) => s.verdict === 'right' || s.verdict === 'wrong')
    .sort((a, b) => b.p - a.p);
  let right = 0;
  let best = 1;
  for (let i = 0; i < sorted.length; i++) {
    if (sorted[i]!.verdict === 'right') right++;
    const next = sorted[i + 1];
    if (next && next.p === sorted[i]!.p) continue;
    if (right / (i + 1) >= target) best = sorted[i]!.p;
  }
  return best;
}
