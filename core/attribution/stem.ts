/**
 * A verb's rough stem, so "warns", "warned" and "warning" share what the models learn of "warn"
 * (a reporting verb seen once in one form is often seen in another on unseen text). Irregular
 * forms stay as they are: each is frequent enough to be learnt in its own right.
 */
export function stem(lower: string): string {
  if (lower.length <= 4) return lower;
  if (lower.endsWith('ies') || lower.endsWith('ied')) return lower.slice(0, -3) + 'y';
  // A doubled consonant before the ending ("planned", "stopping") keeps one of the two.
  const ending = lower.endsWith('ing') ? 3 : lower.endsWith('ed') ? 2 : 0;
  if (ending && doubled(lower, lower.length - ending - 2)) return lower.slice(0, lower.length - ending - 1);
  const cut = lower.slice(
    0,
    lower.length - (ending || (lower.endsWith('es') ? 2 : lower.endsWith('s') ? 1 : 0)),
  );
  return cut.endsWith('e') ? cut.slice(0, -1) : cut;
}

/** The same letter at `i` and `i + 1`, neither a vowel, "s" nor "l". */
function doubled(w: string, i: number): boolean {
  const c = w.charCodeAt(i);
  return i >= 0 && c === w.charCodeAt(i + 1) && !'aeiousl'.includes(w[i]!);
}
