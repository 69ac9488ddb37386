import { LinearModel, mulberry32, Perceptron, shuffle, type LinearModelJson } from '../learn';
import { cheapest, costs, projective } from './oracle';
import { GROUPS, MAX_FEATURES, StateFeatures } from './parser-features';
import { Config, LEFT, MOVES, type ParserInput } from './transitions';

// Bound once (see `parse`).
const { buffer: BUFFER, stack: STACK, both: BOTH } = GROUPS;
const LEFT_MOVE = LEFT;

export type { ParserInput } from './transitions';
export { projective } from './oracle';

/**
 * A greedy arc-hybrid dependency parser (Kuipers, Goldberg & Nivre; the feature set of Honnibal's
 * "Parsing English in 500 lines of Python"), trained with a dynamic oracle so it learns to recover
 * from its own mistakes. The moves and their rules are in transitions.ts, the oracle in oracle.ts,
 * the features of a state in parser-features.ts.
 */
export interface ParserJson {
  format: 'parser-1';
  model: LinearModelJson;
}

export class Parser {
  private readonly feats = new Int32Array(MAX_FEATURES);
  private readonly scores = new Int32Array(MOVES);
  private readonly part = new Int32Array(MOVES);
  /** The stack group's weights at each depth, and whether they are still the state's there. */
  private stackScores = new Int32Array(0);
  private stackKnown = new Uint8Array(0);
  private readonly config = new Config();
  private readonly features = new StateFeatures();

  constructor(readonly model: LinearModel) {}

  static fromJSON(json: ParserJson): Parser {
    if (json.format !== 'parser-1') throw new Error(`parser: unknown format ${String(json.format)}`);
    return new Parser(LinearModel.fromJSON(json.model));
  }

  toJSON(): ParserJson {
    return { format: 'parser-1', model: this.model.toJSON() };
  }

  /**
   * Each word's head (an index, -1 for the root): one tree over the sentence. A state's score is
   * the weights of three groups of features (parser-features.ts): those of the buffer's front alone
   * are kept while the front stays (an arc leaves it), those of the stack alone for each depth
   * while the words there and the top's children stay (a shift puts a new word at a depth, a right
   * arc gives the new top a child; a left arc's child goes to the front, so the state below is as
   * it was), and only the others are looked up at every state. The sums are the same integers.
   */
  parse(x: ParserInput): Int32Array {
    const n = x.words.length;
    const c = this.config.reset(x);
    const fx = this.features.reset(c);
    const { feats, scores, part } = this;
    if (this.stackScores.length < 3 * (n + 2)) {
      this.stackScores = new Int32Array(6 * (n + 2));
      this.stackKnown = new Uint8Array(2 * (n + 2));
    }
    const { stackScores, stackKnown } = this;
    stackKnown.fill(0, 0, n + 2);
    let front = -1;
    let f0 = 0;
    let f1 = 0;
    let f2 = 0;
    while (!c.done) {
      // A move that is the only one possible needs no scores.
      let move = c.forced;
      if (move < 0) {
        fx.fill(c);
        const depth = c.depth;
        if (front !== c.b) {
          front = c.b;
          // Cleared by hand: a call to fill() costs more than three stores. (No imported names in
          // this loop: a transpiler's CommonJS output reads each through a getter at every use.)
          part[0] = part[1] = part[2] = 0;
          this.model.accumulate(feats, fx.hash(BUFFER, feats), part);
          f0 = part[0]!;
          f1 = part[1]!;
          f2 = part[2]!;
        }
        if (!stackKnown[depth]) {
          stackKnown[depth] = 1;
          part[0] = part[1] = part[2] = 0;
          this.model.accumulate(feats, fx.hash(STACK, feats), part);
          stackScores[3 * depth] = part[0]!;
          stackScores[3 * depth + 1] = part[1]!;
          stackScores[3 * depth + 2] = part[2]!;
        }
        scores[0] = f0 + stackScores[3 * depth]!;
        scores[1] = f1 + stackScores[3 * depth + 1]!;
        scores[2] = f2 + stackScores[3 * depth + 2]!;
        this.model.accumulate(feats, fx.hash(BOTH, feats), scores);
        move = c.best(scores);
      }
      c.apply(move);
      // What the move changed at the new depth: a new word there, or the top's new child.
      if (move !== LEFT_MOVE) stackKnown[c.depth] = 0;
    }
    const heads = c.heads.slice(0, n);
    for (let i = 0; i < n; i++) if (heads[i]! >= n) heads[i] = -1;
    return heads;
  }
}

export interface ParserExample extends ParserInput {
  /** Gold heads, -1 for the root. */
  heads: Int32Array;
}

export interface ParserTraining {
  epochs: number;
  seed: number;
  prune?: number;
  minCount?: number;
  step?: number;
  /** Epochs that follow the oracle's moves before the parser follows its own (none by default). */
  explore?: number;
  onEpoch?: (epoch: number, parser: () => Parser) => void;
}

/**
 * Trains on gold trees (made projective first): at each state the parser takes its own best move,
 * and learns toward the best-scoring move that loses the least of the gold tree from there.
 */
export function trainParser(examples: readonly ParserExample[], opts: ParserTraining): Parser {
  const p = new Perceptron(MOVES);
  const feats = new Int32Array(MAX_FEATURES);
  const scores = new Float64Array(MOVES);
  const cost = new Int32Array(MOVES);
  const config = new Config();
  const fx = new StateFeatures();
  const golds = examples.map((e) => {
    const g = projective(e.heads);
    return g.map((h) => (h < 0 ? e.heads.length : h));
  });
  const order = examples.map((_, i) => i);
  const next = mulberry32(opts.seed);
  const snapshot = () => new Parser(p.model({ prune: opts.prune, step: opts.step, minCount: opts.minCount }));
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    shuffle(order, next);
    for (const s of order) {
      const x = examples[s]!;
      const gold = golds[s]!;
      const c = config.reset(x);
      fx.reset(c);
      while (!c.done) {
        const k = fx.extract(c, feats);
        scores.fill(0);
        p.accumulate(feats, k, scores);
        const guess = c.best(scores);
        costs(c, gold, cost);
        const truth = cheapest(c, cost, scores);
        p.update(truth, guess, feats, k);
        // The first epoch follows the oracle; later ones explore the parser's own mistakes.
        c.apply(epoch < (opts.explore ?? 0) ? truth : guess);
      }
    }
    opts.onEpoch?.(epoch, snapshot);
  }
  return snapshot();
}
