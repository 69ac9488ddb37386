// A naive Bayes topic model fitted on the corpus being built, not shipped: the sentences the topic word
// lists label teach it which other words the corpus uses on each topic ("rally", "superdelegates",
// "Trump University"), so a statement whose own words name no listed word is still filed by the words
// it shares with the corpus's labelled sentences. One pass over the corpus to fit, one over a
// statement's words to score: linear in the corpus.

/** Smoothing of word counts (add-α) and of a source's topic counts towards the corpus's. */
const ALPHA = 1;
const SOURCE_WEIGHT = 3;
/** A word seen fewer times in the labelled sentences says nothing reliable about a topic. */
const MIN_COUNT = 5;
/**
 * How much one word can count against a topic, in nats: a word the labelled sentences used only on
 * one topic, a few times ("lent" in a health-care article), would otherwise outweigh the rest of the
 * sentence and the source.
 */
const CAP = 2;

export class TopicModel {
  readonly topics: readonly string[];
  private readonly index: Map<string, number>;
  private readonly counts = new Map<string, Float64Array>();
  private readonly totals: Float64Array;
  private readonly examples: Float64Array;
  private logLik: Map<string, Float64Array> | null = null;

  constructor(topics: readonly string[]) {
    this.topics = topics;
    this.index = new Map(topics.map((t, i) => [t, i]));
    this.totals = new Float64Array(topics.length);
    this.examples = new Float64Array(topics.length);
  }

  /** One labelled example: `words` (contentWords) of a sentence the word lists filed under `topics`. */
  add(words: readonly string[], topics: readonly string[]): void {
    const ids = topics.map((t) => this.index.get(t)).filter((i) => i !== undefined);
    if (!ids.length || !words.length) return;
    const share = 1 / ids.length;
    for (const i of ids) this.examples[i]! += share;
    for (const w of words) {
      let c = this.counts.get(w);
      if (!c) this.counts.set(w, (c = new Float64Array(this.topics.length)));
      for (const i of ids) {
        c[i]! += share;
        this.totals[i]! += share;
      }
    }
    this.logLik = null;
  }

  /** The corpus-wide share of each topic among labelled examples (a prior for any source). */
  prior(): Float64Array {
    const n = this.examples.reduce((a, b) => a + b, 0);
    return this.examples.map((x) => (x + 1) / (n + this.topics.length));
  }

  /** A source's topic shares from its labelled sentences' topics, pulled towards the corpus's. */
  sourcePrior(topicCounts: ReadonlyMap<string, number>): Float64Array {
    const base = this.prior();
    let n = 0;
    for (const v of topicCounts.values()) n += v;
    const out = base.map((p) => p * SOURCE_WEIGHT);
    for (const [t, v] of topicCounts) {
      const i = this.index.get(t);
      if (i !== undefined) out[i]! += v;
    }
    return out.map((x) => x / (n + SOURCE_WEIGHT));
  }

  /**
   * P(topic | words) under `prior` (shares summing to 1), in this.topics' order, from groups of words
   * each with its weight: a statement's own words count fully, the reporter's frame around them and
   * the passage beyond less.
   */
  posterior(prior: Float64Array, groups: readonly (readonly [readonly string[], number])[]): Float64Array {
    // A topic no sentence of the corpus was filed under has nothing learned to go by: its flat
    // likelihoods would outscore a topic the corpus does use.
    if (!this.examples.some((x) => x > 0)) return prior;
    const lik = this.likelihoods();
    const score = prior.map((p, i) => (this.examples[i]! > 0 ? Math.log(p) : -Infinity));
    for (const [words, k] of groups)
      for (const w of words) {
        const l = lik.get(w);
        if (l) for (let i = 0; i < score.length; i++) if (score[i]! > -Infinity) score[i]! += k * l[i]!;
      }
    const max = Math.max(...score);
    const exp = score.map((s) => Math.exp(s - max));
    const sum = exp.reduce((a, b) => a + b, 0);
    return exp.map((x) => x / sum);
  }

  private likelihoods(): Map<string, Float64Array> {
    if (this.logLik) return this.logLik;
    const kept = [...this.counts].filter(([, c]) => c.reduce((a, b) => a + b, 0) >= MIN_COUNT);
    const v = kept.length;
    const denom = this.totals.map((t) => Math.log(t + ALPHA * v));
    this.logLik = new Map(
      kept.map(([w, c]) => {
        const l = c.map((x, i) => Math.log(x + ALPHA) - denom[i]!);
        const top = Math.max(...l);
        return [w, l.map((x) => Math.max(x, top - CAP))];
      }),
    );
    return this.logLik;
  }
}
