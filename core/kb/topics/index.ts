// A statement's topics in the knowledge base: what the corpus is about, not a list written for five
// articles. The engine files each statement under the seed lexicon's topics (data/lexicons/topics.json,
// the Ukraine talks); here those stay only in sources about that subject. The corpus's own key terms
// come next ("Affordable Care Act"): the groups a card shows for a subject the corpus keeps returning
// to. A general news taxonomy (data/lexicons/news-topics.json, after the IPTC Media Topics) files the
// rest, through a model fitted on this corpus's sentences (model.ts), so the words a corpus uses
// around a topic count, not only the listed ones. Linear: one pass over the sources, one per statement.
import news from '../../../data/lexicons/news-topics.json';
import seed from '../../../data/lexicons/topics.json';
import type { KbActor, KbStatement } from '../schema';
import { TopicModel } from './model';
import { termMatcher } from './terms';
import { contentWords } from './tokens';
import { TopicWords, lowerText } from './words';

const FALLBACK = seed.fallback;
const SEED = new Set(Object.keys(seed.topics));
const NEWS_IDS = news.topics.map((t) => t.id);
const BROAD = new Set(news.topics.filter((t) => 'broad' in t && t.broad).map((t) => t.id));
const NEWS_WORDS = new TopicWords(news.topics);
const SEED_CONTEXT = new TopicWords([{ id: 'seed', words: seed.context.words }]);

/** How sure the corpus's model must be to file a statement whose own words name no topic. */
export const MIN_POSTERIOR = 0.3;

/** How sure the model must be of a statement's own words to file it without reading its sentence. */
export const SURE = 0.85;

/** How much a word of the statement's sentence outside it counts, and one of the passage around. */
const FRAME = 0.5;
const NEAR_WEIGHT = 0.2;
/** The passage: this many characters either side of the sentence. */
const NEAR = 400;

/** Sentences, roughly: the model needs examples, not exact boundaries. */
const SENTENCE = /[^.!?\n]+(?:[.!?]+["”’')]*|\n|$)/g;

/** The general topics a text's words name; a broad one only when no narrower one is named. */
export function listedTopics(lower: string): string[] {
  const found = NEWS_WORDS.ids(lower);
  const narrow = found.filter((id) => !BROAD.has(id));
  return narrow.length ? narrow : found;
}

interface SourceTopics {
  /** The source is about the seed lexicon's subject: `seed.context.share` of its words name it. */
  seedSubject: boolean;
  /** How many of its sentences the word lists file under each topic. */
  counts: Map<string, number>;
}

/** One pass over every source: its topic counts and seed gate, and the model's examples. */
function readSources(texts: ReadonlyMap<string, string>, model: TopicModel): Map<string, SourceTopics> {
  const out = new Map<string, SourceTopics>();
  for (const [id, text] of texts) {
    const counts = new Map<string, number>();
    let words = 0;
    let seedWords = 0;
    for (const m of text.matchAll(SENTENCE)) {
      const lower = lowerText(m[0]);
      words += lower.split(/\s+/).filter(Boolean).length;
      seedWords += SEED_CONTEXT.hits(lower).length;
      const topics = listedTopics(lower);
      if (!topics.length) continue;
      model.add(contentWords(lower), topics);
      for (const t of topics) counts.set(t, (counts.get(t) ?? 0) + 1);
    }
    out.set(id, { seedSubject: words > 0 && seedWords >= seed.context.share * words, counts });
  }
  return out;
}

/**
 * Sets every statement's topics: the seed topics the engine gave, where the source is about their
 * subject; else the key terms the statement names (their names are the topic ids, so a card and the
 * popup's filter show them as they are); else the general topic the corpus's model gives the
 * statement read in its sentence and source, when it is sure enough; else the fallback.
 */
export function assignTopics(
  statements: KbStatement[],
  texts: ReadonlyMap<string, string>,
  terms: readonly KbActor[],
  { minPosterior = MIN_POSTERIOR }: { minPosterior?: number } = {},
): void {
  const model = new TopicModel(NEWS_IDS);
  const sources = readSources(texts, model);
  const priors = new Map<string, Float64Array>();
  const named = termMatcher(terms);
  for (const st of statements) {
    const src = sources.get(st.sourceId);
    const own = src?.seedSubject ? st.topics.filter((t) => SEED.has(t)) : [];
    const text = lowerText(st.text);
    const subjects = named(text);
    if (own.length || subjects.length) {
      st.topics = [...new Set([...own, ...subjects])];
      continue;
    }
    let prior = priors.get(st.sourceId);
    if (!prior) priors.set(st.sourceId, (prior = model.sourcePrior(src?.counts ?? new Map())));
    // The statement's own words first; its sentence only when they leave the model unsure, since the
    // rest of a sentence is mostly the reporter's frame ("he told the host of ...", the speaker's job).
    const words = contentWords(text);
    let [topic, p] = best(model.posterior(prior, [[words, 1]]));
    if (p < SURE) {
      const source = texts.get(st.sourceId) ?? '';
      const from = Math.min(st.sentence.start, st.start);
      const to = Math.max(st.sentence.end, st.end);
      const frame = contentWords(lowerText(`${source.slice(from, st.start)} ${source.slice(st.end, to)}`));
      [topic, p] = best(
        model.posterior(prior, [
          [words, 1],
          [frame, FRAME],
        ]),
      );
      if (p < SURE) {
        // Still unsure (a fragment: "it feels so good"): the passage around it, as a reader would.
        const near = contentWords(
          lowerText(`${source.slice(Math.max(0, from - NEAR), from)} ${source.slice(to, to + NEAR)}`),
        );
        [topic, p] = best(
          model.posterior(prior, [
            [words, 1],
            [frame, FRAME],
            [near, NEAR_WEIGHT],
          ]),
        );
      }
    }
    st.topics = p >= minPosterior ? [model.topics[topic]!] : [FALLBACK];
  }
}

/** The index of the likeliest topic and its probability. */
function best(p: Float64Array): [number, number] {
  let i = 0;
  for (let j = 1; j < p.length; j++) if (p[j]! > p[i]!) i = j;
  return [i, p[i]!];
}
