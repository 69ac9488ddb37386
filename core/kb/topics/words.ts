// Topic word lists (data/lexicons/news-topics.json, topics.json) matched on whole words of lower-cased
// text, all lists in one regular expression: the KB runs them over every sentence of the corpus, so
// one scan a sentence rather than one a topic.

export interface TopicWordList {
  id: string;
  /** Lower case; a trailing "*" matches any ending. */
  words: readonly string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The same lower-casing and apostrophe folding the lists are written in. */
export const lowerText = (s: string): string => s.toLowerCase().replace(/[\u2019']/g, "'");

export class TopicWords {
  private readonly re: RegExp | null;
  private readonly exact = new Map<string, string[]>();
  private readonly prefixes: [string, string[]][] = [];

  constructor(lists: readonly TopicWordList[]) {
    const prefix = new Map<string, string[]>();
    const alts: string[] = [];
    for (const { id, words } of lists)
      for (const raw of words) {
        const w = raw.toLowerCase();
        const star = w.endsWith('*');
        const stem = star ? w.slice(0, -1) : w;
        const into = star ? prefix : this.exact;
        const ids = into.get(stem) ?? [];
        if (!ids.includes(id)) ids.push(id);
        into.set(stem, ids);
        alts.push(star ? `${escape(stem)}[\\w-]*` : escape(stem));
      }
    // Longest stems first, so "wall street" is tried as a prefix before "wall".
    this.prefixes = [...prefix].sort((a, b) => b[0].length - a[0].length);
    alts.sort((a, b) => b.length - a.length);
    this.re = alts.length ? new RegExp(`(?<![\\w-])(?:${alts.join('|')})(?![\\w-])`, 'g') : null;
  }

  /** Every list id whose words occur in `lower` (already lowerText), once per occurrence. */
  hits(lower: string): string[] {
    if (!this.re) return [];
    const out: string[] = [];
    for (const m of lower.matchAll(this.re)) {
      const w = m[0];
      const ids = this.exact.get(w) ?? this.prefixes.find(([p]) => w.startsWith(p))?.[1];
      if (ids) out.push(...ids);
    }
    return out;
  }

  /** The distinct list ids whose words occur in `lower`. */
  ids(lower: string): string[] {
    return [...new Set(this.hits(lower))];
  }
}
