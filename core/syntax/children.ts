/**
 * Each token's dependents, in sentence order, from the tokens' heads: a head outside the sentence
 * or a token its own head (a malformed tree) gives none.
 */
export function childrenOf(tokens: readonly { head: number }[]): number[][] {
  const n = tokens.length;
  const kids: number[][] = Array.from({ length: n }, () => []);
  for (let i = 0; i < n; i++) {
    const h = tokens[i]!.head;
    if (h >= 0 && h < n && h !== i) kids[h]!.push(i);
  }
  return kids;
}

/** The first and last token of the subtree under `i` (a malformed cycle is walked once). */
export function extent(kids: number[][], i: number): [number, number] {
  let lo = i;
  let hi = i;
  const seen = new Set([i]);
  const stack = [i];
  while (stack.length) {
    for (const c of kids[stack.pop()!]!) {
      if (seen.has(c)) continue;
      seen.add(c);
      stack.push(c);
      if (c < lo) lo = c;
      if (c > hi) hi = c;
    }
  }
  return [lo, hi];
}
