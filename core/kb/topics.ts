// A statement's topics in the knowledge base: what the corpus is about, not a list written for five
// articles. The engine files each statement under the seed lexicon's topics (data/lexicons/topics.json,
// the Ukraine talks); here those stay only in sources about that subject, the corpus's own key terms
// come next ("Affordable Care Act"), and a general news taxonomy (data/lexicons/news-topics.json)
// files what neither covers. Linear: one gate per source, a fixed set of patterns per statement.
import news from '../../data/lexicons/news-topics.json';
import seed from '../../data/lexicons/topics.json';
import type { KbActor, KbStatement } from './schema';

const FALLBACK = seed.fallback;
const SEED = new Set(Object.keys(seed.topics));

/** A word list with "*" as "any ending", on whole words of lower-cased text (as the engine reads topics.json). */
function pattern(words: string[], flags = ''): RegExp {
  const alts = words
    .map((w) => w.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, (c) => (c === '*' ? '[\\w-]*' : `\\${c}`)))
    .join('|');
  return new RegExp(`(?<![\\w-])(?:${alts})(?![\\w-])`, flags);
}

const CONTEXT = pattern(seed.context.words, 'g');
const NEWS: [string, RegExp][] = news.topics.map((t) => [t.id, pattern(t.words)]);
const lower = (s: string) => s.toLowerCase().replace(/[\u2019']/g, "'");

/** Whether a source is about the seed lexicon's subject: `share` of its words name it. */
function aboutSeedSubject(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean).length;
  let n = 0;
  for (const _ of lower(text).matchAll(CONTEXT)) n++;
  return words > 0 && n >= seed.context.share * words;
}

/**
 * Sets every statement's topics: the seed topics the engine gave, where the source is about their
 * subject; else the key terms the statement names (their names are the topic ids, so a card and the
 * popup's filter show them as they are); else the general topics whose words it uses; else the fallback.
 */
export function assignTopics(
  statements: KbStatement[],
  sourceText: (sourceId: string) => string,
  terms: readonly KbActor[],
): void {
  const gate = new Map<string, boolean>();
  const termOf = new Map<string, string>();
  for (const t of terms)
    for (const f of [t.name, ...t.aliases]) if (!termOf.has(lower(f))) termOf.set(lower(f), t.name);
  const named = termOf.size
    ? new RegExp(
        `(?<![\\p{L}\\p{N}])(?:${[...termOf.keys()]
          .sort((a, b) => b.length - a.length)
          .map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
          .join('|')})(?![\\p{L}\\p{N}])`,
        'gu',
      )
    : null;
  const chosen = statements.map((st) => {
    let inSubject = gate.get(st.sourceId);
    if (inSubject === undefined)
      gate.set(st.sourceId, (inSubject = aboutSeedSubject(sourceText(st.sourceId))));
    const text = lower(st.text);
    const own = inSubject ? st.topics.filter((t) => SEED.has(t)) : [];
    const subjects = named ? [...text.matchAll(named)].map((m) => termOf.get(m[0])!).filter(Boolean) : [];
    if (own.length || subjects.length) return [...own, ...subjects];
    return generalTopics(text);
  });
  statements.forEach((st, i) => {
    const topics = chosen[i]!;
    st.topics = topics.length ? [...new Set(topics)] : [FALLBACK];
  });
}

const BROAD = new Set(news.topics.filter((t) => 'broad' in t && t.broad).map((t) => t.id));

/** The general topics whose words the text uses; a broad one only when no narrower one matches. */
function generalTopics(text: string): string[] {
  const found = NEWS.filter(([, re]) => re.test(text)).map(([id]) => id);
  const narrow = found.filter((id) => !BROAD.has(id));
  return narrow.length ? narrow : found;
}
