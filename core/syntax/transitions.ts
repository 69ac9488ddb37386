/**
 * The arc-hybrid transition system (Kuipers, Goldberg & Nivre): a parse state, the three moves and
 * when each is allowed. Each word is pushed once and popped once: 2n moves, linear in the sentence.
 * The root sits after the last word and takes exactly one dependent.
 */

/** A sentence as the parser sees it: one hash per word (its lower case) and one per tag. */
export interface ParserInput {
  words: Int32Array;
  tags: Int32Array;
}

/** Push the buffer's front onto the stack. */
export const SHIFT = 0;
/** Pop the stack's top, a dependent of the word below it. */
export const RIGHT = 1;
/** Pop the stack's top, a dependent of the buffer's front. */
export const LEFT = 2;
export const MOVES = 3;
/** The root's word and tag hash. */
export const ROOT_WORD = 0x524f4f54;

/**
 * A parse in progress: the stack, the buffer's front, the heads found and each word's outer
 * children, with the words' and tags' hashes (the root's after them). Its arrays are reused from
 * sentence to sentence.
 */
export class Config {
  n = 0;
  depth = 0;
  b = 0;
  stack = new Int32Array(0);
  heads = new Int32Array(0);
  /** Leftmost and second-leftmost, rightmost and second-rightmost child; -1 when none. */
  l1 = new Int32Array(0);
  l2 = new Int32Array(0);
  r1 = new Int32Array(0);
  r2 = new Int32Array(0);
  nl = new Int32Array(0);
  nr = new Int32Array(0);
  W = new Int32Array(0);
  T = new Int32Array(0);

  reset(x: ParserInput): this {
    const n = (this.n = x.words.length);
    this.depth = 0;
    this.b = 0;
    if (this.stack.length < n + 2) {
      const cap = Math.max(64, 2 * n + 2);
      for (const k of ['stack', 'heads', 'l1', 'l2', 'r1', 'r2', 'nl', 'nr', 'W', 'T'] as const)
        this[k] = new Int32Array(cap);
    }
    this.heads.fill(-1, 0, n);
    this.l1.fill(-1, 0, n + 1);
    this.l2.fill(-1, 0, n + 1);
    this.r1.fill(-1, 0, n + 1);
    this.r2.fill(-1, 0, n + 1);
    this.nl.fill(0, 0, n + 1);
    this.nr.fill(0, 0, n + 1);
    this.W.set(x.words);
    this.T.set(x.tags.subarray(0, n));
    this.W[n] = ROOT_WORD;
    this.T[n] = ROOT_WORD;
    return this;
  }

  get done(): boolean {
    return this.b >= this.n && this.depth === 0;
  }

  /** The one move possible (an empty stack, the sentence's end), or -1 when there is a choice. */
  get forced(): number {
    return this.b >= this.n ? (this.depth === 1 ? LEFT : RIGHT) : this.depth === 0 ? SHIFT : -1;
  }

  valid(move: number): boolean {
    if (move === SHIFT) return this.b < this.n;
    if (move === RIGHT) return this.depth >= 2;
    // The root takes one dependent: the last word left on the stack.
    return this.depth >= 1 && (this.b < this.n || this.depth === 1);
  }

  apply(move: number): void {
    if (move === SHIFT) {
      this.stack[this.depth++] = this.b++;
      return;
    }
    const d = this.stack[--this.depth]!;
    const h = move === RIGHT ? this.stack[this.depth - 1]! : this.b;
    this.heads[d] = h;
    if (d < h) {
      this.l2[h] = this.l1[h]!;
      this.l1[h] = d;
      this.nl[h]!++;
    } else {
      this.r2[h] = this.r1[h]!;
      this.r1[h] = d;
      this.nr[h]!++;
    }
  }

  /** The valid move that scores highest (the first on a tie). */
  best(scores: ArrayLike<number>): number {
    let move = -1;
    for (let m = 0; m < MOVES; m++) if (this.valid(m) && (move < 0 || scores[m]! > scores[move]!)) move = m;
    return move;
  }
}
