import type { Actor, Mention } from '../types';

/**
 * Canonical names of the actors and terms mentioned inside [start, end), in order of first mention.
 * Mentions are sorted by offset, so a binary search finds the first one in range.
 */
export function aboutOf(mentions: Mention[], byId: Map<string, Actor>, start: number, end: number): string[] {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: string[] = [];
  for (let i = lo; i < mentions.length && mentions[i]!.start < end; i++) {
    const m = mentions[i]!;
    if (m.end > end) continue;
    const name = byId.get(m.actorId)?.name;
    if (name && !out.includes(name)) out.push(name);
  }
  return out;
}
