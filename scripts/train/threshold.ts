// The cards' confidence threshold, chosen on development verdicts.
import { mulberry32 } from '../../core/learn';
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

/**
 * The median of chooseThreshold over seeded resamplings of the development verdicts. Where the
 * kept statements' precision runs flat near the target over a wide band of confidence (PolNeAR dev:
 * 97.7–99 % from p 0.99 down to 0.86), the lowest cut that reaches it moves with any one verdict;
 * the median over resamplings does not.
 */
export function stableThreshold(
  scored: { p: number; verdict: Verdict }[],
  target: number,
  samples = 101,
  seed = 7,
): number {
  const judged = scored.filter((s) => s.verdict === 'right' || s.verdict === 'wrong');
  if (!judged.length) return 1;
  const next = mulberry32(seed);
  const cuts: number[] = [];
  for (let b = 0; b < samples; b++) {
    const sample = judged.map(() => judged[Math.floor(next() * judged.length)]!);
    cuts.push(chooseThreshold(sample, target));
  }
  cuts.sort((a, b) => a - b);
  return cuts[cuts.length >> 1]!;
}
