// One pass over a corpus's sources: the examples the topic model learns from (every sentence the news
// topics' word lists label), each source's topic counts (its prior), and whether a source is about
// the seed lexicon's subject (the gate on the engine's Ukraine topics).
import seed from '../../../data/lexicons/topics.json';
import type { TopicModel } from './model';
import { contentWords } from './tokens';
import { TopicWords, lowerText } from './words';

const SEED_CONTEXT = new TopicWords([{ id: 'seed', words: seed.context.words }]);

/** Sentences, roughly: the model needs examples, not exact boundaries. */
const SENTENCE = /[^.!?\n]+(?:[.!?]+["”’')]*|\n|$)/g;

export interface SourceTopics {
  /** The source is about the seed lexicon's subject: `seed.context.share` of its words name it. */
  seedSubject: boolean;
  /** How many of its sentences the word lists file under each topic. */
  counts: Map<string, number>;
}

/** Teaches `model` every labelled sentence of `texts` (source id → text) and returns each source's counts. */
export function readSources(
  texts: ReadonlyMap<string, string>,
  model: TopicModel,
  listed: (lower: string) => string[],
): Map<string, SourceTopics> {
  const out = new Map<string, SourceTopics>();
  for (const [id, text] of texts) {
    const counts = new Map<string, number>();
    let words = 0;
    let seedWords = 0;
    for (const m of text.matchAll(SENTENCE)) {
      const lower = lowerText(m[0]);
      words += lower.split(/\s+/).filter(Boolean).length;
      seedWords += SEED_CONTEXT.hits(lower).length;
      const topics = listed(lower);
      if (!topics.length) continue;
      model.add(contentWords(lower), topics);
      for (const t of topics) counts.set(t, (counts.get(t) ?? 0) + 1);
    }
    out.set(id, { seedSubject: words > 0 && seedWords >= seed.context.share * words, counts });
  }
  return out;
}
