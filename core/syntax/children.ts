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
