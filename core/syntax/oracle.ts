import { LEFT, MOVES, RIGHT, SHIFT, type Config } from './transitions';

/**
 * The parser's teacher in training: what each move would lose of the gold tree (Goldberg & Nivre
 * 2013's dynamic oracle for arc-hybrid), so the parser can learn from states its own mistakes led
 * to; and the gold trees made projective, which the transitions can build.
 */

/**
 * What each move would lose of the gold tree from state `c`, given a projective gold tree whose
 * root word's head is `n`.
 */
export function costs(c: Config, gold: Int32Array, out: Int32Array): void {
  const { stack, depth, b, n } = c;
  out.fill(0);
  if (depth > 0) {
    const s0 = stack[depth - 1]!;
    const s1 = depth > 1 ? stack[depth - 2]! : -1;
    let deps = 0;
    for (let k = b; k < n; k++) if (gold[k] === s0) deps++;
    const g = gold[s0]!;
    out[LEFT] = deps + (g === s1 || (g > b && g <= n) ? 1 : 0);
    out[RIGHT] = deps + (g >= b && g <= n ? 1 : 0);
  }
  if (b < n) {
    let lost = 0;
    for (let k = 0; k < depth; k++) {
      const s = stack[k]!;
      if (gold[s] === b) lost++;
      if (k < depth - 1 && gold[b] === s) lost++;
    }
    out[SHIFT] = lost;
  }
}

/** Among the valid moves that lose least (`cost`), the one that scores highest (the first on a tie). */
export function cheapest(c: Config, cost: Int32Array, scores: ArrayLike<number>): number {
  let least = Infinity;
  for (let m = 0; m < MOVES; m++) if (c.valid(m)) least = Math.min(least, cost[m]!);
  let truth = -1;
  for (let m = 0; m < MOVES; m++)
    if (c.valid(m) && cost[m] === least && (truth < 0 || scores[m]! > scores[truth]!)) truth = m;
  return truth;
}

/**
 * The gold tree made projective by lifting: a word whose arc crosses another is attached to its
 * head's head until no arc crosses (the few non-projective trees of English keep most arcs).
 */
export function projective(heads: Int32Array): Int32Array {
  const h = Int32Array.from(heads);
  const n = h.length;
  for (let round = 0; round < n; round++) {
    let lifted = false;
    for (let d = 0; d < n; d++) {
      const head = h[d]!;
      if (head < 0) continue;
      const [lo, hi] = head < d ? [head, d] : [d, head];
      for (let k = lo + 1; k < hi; k++) {
        if (dominates(h, head, k)) continue;
        h[d] = h[head]!;
        lifted = true;
        break;
      }
    }
    if (!lifted) break;
  }
  return h;
}

function dominates(h: Int32Array, a: number, k: number): boolean {
  for (let i = k, steps = 0; i >= 0 && steps <= h.length; i = h[i]!, steps++) if (i === a) return true;
  return false;
}
