// A statement's topics in the knowledge base: what the corpus is about, not a list written for five
// articles. The engine files each statement under the seed lexicon's topics (data/lexicons/topics.json,
// the Ukraine talks); here those stay only in sources about that subject. The corpus's own key terms
// come next ("Affordable Care Act"): the groups a card shows for a subject the corpus keeps returning
// to. A general news taxonomy (data/lexicons/news-topics.json, after the IPTC Media Topics) files the
// rest, through a model fitted on this corpus's sentences (model.ts), so the words a corpus uses
// around a topic count, not only the listed ones. Linear: one pass over the sources, then at most
// three readings of each statement.
import news from '../../../data/lexicons/news-topics.json';
import seed from '../../../data/lexicons/topics.json';
import type { KbActor, KbStatement } from '../schema';
import { TopicModel } from './model';
import { readStatement } from './read';
import { readSources } from './sources';
import { termMatcher } from './terms';
import { TopicWords, lowerText } from './words';

const FALLBACK = seed.fallback;
const SEED = new Set(Object.keys(seed.topics));
const NEWS_IDS = news.topics.map((t) => t.id);
const BROAD = new Set(news.topics.filter((t) => 'broad' in t && t.broad).map((t) => t.id));
const NEWS_WORDS = new TopicWords(news.topics);

/** Below this, the likeliest topic is a guess: the statement gets the fallback. */
export const MIN_POSTERIOR = 0.3;

/** The general topics a text's words name; a broad one only when no narrower one is named. */
export function listedTopics(lower: string): string[] {
  const found = NEWS_WORDS.ids(lower);
  const narrow = found.filter((id) => !BROAD.has(id));
  return narrow.length ? narrow : found;
}

/**
 * Sets every statement's topics: the seed topics the engine gave, where the source is about their
 * subject; else the key terms the statement names (their names are the topic ids, so a card and the
 * popup's filter show them as they are); else the general topic the corpus's model reads in the
 * statement (read.ts), when it is likely enough; else the fallback. `texts` maps source ids to texts:
 * every source the model learns from, a superset of the statements' sources.
 */
export function assignTopics(
  statements: KbStatement[],
  texts: ReadonlyMap<string, string>,
  terms: readonly KbActor[],
): void {
  const model = new TopicModel(NEWS_IDS);
  const sources = readSources(texts, model, listedTopics);
  const priors = new Map<string, Float64Array>();
  const named = termMatcher(terms);
  for (const st of statements) {
    const src = sources.get(st.sourceId);
    const own = src?.seedSubject ? st.topics.filter((t) => SEED.has(t)) : [];
    const subjects = named(lowerText(st.text));
    if (own.length || subjects.length) {
      st.topics = [...new Set([...own, ...subjects])];
      continue;
    }
    let prior = priors.get(st.sourceId);
    if (!prior) priors.set(st.sourceId, (prior = model.sourcePrior(src?.counts ?? new Map())));
    const [topic, p] = readStatement(model, prior, st, texts.get(st.sourceId) ?? '');
    st.topics = p >= MIN_POSTERIOR ? [model.topics[topic]!] : [FALLBACK];
  }
}
