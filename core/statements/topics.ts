import lexicon from '../../data/lexicons/topics.json';

// One regex per topic: a word list with "*" as "any ending", matched on whole words, lower-cased.
const TOPICS: [string, RegExp][] = Object.entries(lexicon.topics as Record<string, string[]>).map(
  ([id, words]) => {
    const alts = words
      .map((w) => w.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, (c) => (c === '*' ? '\\w*' : `\\${c}`)))
      .join('|');
    return [id, new RegExp(`(?:^|[^\\w])(?:${alts})(?![\\w])`)];
  },
);

/** Topic ids whose words occur in the statement text; the fallback id when none do. */
export function topicsOf(text: string): string[] {
  const t = text.toLowerCase().replace(/[\u2019']/g, "'");
  const out = TOPICS.filter(([, re]) => re.test(t)).map(([id]) => id);
  return out.length ? out : [lexicon.fallback];
}
