// A cheap test that a block of text could hold a mention at all, run before the matcher tokenizes it:
// most page text names nobody (archive-of-our-own's 100 KB story took 60 ms to tokenize for zero
// marks). One native regex over the first word of every alias finds a superset of the matcher's hits.
import type { MatcherData } from '@/core/matcher/compile';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function mentionPrefilter(data: MatcherData): (text: string) => boolean {
  const firsts = new Set<string>();
  for (const [key] of data.aliases) {
    const first = key.split(' ')[0]!;
    firsts.add(first);
    // The matcher also accepts a lower-case term capitalised at a sentence start ("Security guarantees").
    if (/^\p{Ll}/u.test(first)) firsts.add(first[0]!.toUpperCase() + first.slice(1));
  }
  if (!firsts.size) return () => false;
  // Longest first, and any apostrophe for a straight one: the tokenizer reads "O’Brien" as "O'Brien".
  const words = [...firsts].sort((a, b) => b.length - a.length).map((w) => escape(w).replace(/'/g, "['’‘]"));
  const re = new RegExp(words.join('|'), 'u');
  return (text) => re.test(text);
}
