/**
 * A verb's rough stem, so "warns", "warned" and "warning" share what the models learn of "warn"
 * (a reporting verb seen once in one form is often seen in another on unseen text). Irregular
 * forms stay as they are: each is frequent enough to be learnt in its own right.
 */
export function stem(lower: string): string {
  if (lower.length <= 4) return lower;
  if (/ie[sd]$/.test(lower)) return lower.slice(0, -3) + 'y';
  const doubled = /([^aeiousl])\1(?:ed|ing)$/.exec(lower);
  if (doubled) return lower.slice(0, doubled.index + 1);
  return lower.replace(/(?:ing|ed|es|s)$/, '').replace(/e$/, '');
}
