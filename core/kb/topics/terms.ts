// The key terms a statement names: a key term's name is its topic id, so a card groups what an actor
// said about the Affordable Care Act under that name. One regular expression over every form.
import type { KbActor } from '../schema';
import { lowerText } from './words';

/** A function giving the names of the terms whose forms a lower-cased text uses. */
export function termMatcher(terms: readonly KbActor[]): (lower: string) => string[] {
  const termOf = new Map<string, string>();
  for (const t of terms)
    for (const f of [t.name, ...t.aliases]) if (!termOf.has(lowerText(f))) termOf.set(lowerText(f), t.name);
  if (!termOf.size) return () => [];
  const re = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${[...termOf.keys()]
      .sort((a, b) => b.length - a.length)
      .map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('|')})(?![\\p{L}\\p{N}])`,
    'gu',
  );
  return (lower) => [...new Set([...lower.matchAll(re)].map((m) => termOf.get(m[0])!).filter(Boolean))];
}
