// Narrows a group to the documents worth handing to fuse.js: fuse scores every document it is given,
// so on tens of thousands of statements it cannot run per keystroke. Each query word is looked up in
// the group's vocabulary (exact word, prefix of a word, or a word within a few typos) and documents
// must hold a match for every query word.
import { prefixDistance, typoBudget } from './distance';
import { words } from './normalize';

/** How well a corpus word matches a query word; documents are pre-ranked by the sum. */
const EXACT = 3;
const PREFIX = 2;
const TYPO = [0, 1, 0.5];

interface WordMatch {
  word: string;
  quality: number;
}

export interface Candidate {
  doc: number;
  /** Sum over query words of the best word match in the document, times the weight of its field. */
  quality: number;
}

const MEMO_SIZE = 256;

export class TokenIndex {
  /** Per word, the documents holding it and, parallel, the weight of the heaviest field it is in. */
  private readonly postings = new Map<string, { docs: number[]; weights: number[] }>();
  /** Vocabulary by first letter: a typo in the first letter is rare, and this cuts the scan ~20×. */
  private readonly byInitial = new Map<string, string[]>();
  private readonly memo = new Map<string, WordMatch[]>();
  private readonly best: Float32Array;
  private readonly hits: Uint8Array;
  private readonly total: Float32Array;

  /** `docs[i]` is document i's folded fields with their weights. */
  constructor(docs: readonly (readonly { text: string; weight: number }[])[]) {
    docs.forEach((fields, doc) => {
      for (const { text, weight } of fields) {
        for (const w of words(text)) {
          let list = this.postings.get(w);
          if (!list) {
            this.postings.set(w, (list = { docs: [], weights: [] }));
            const initial = w.charAt(0);
            const bucket = this.byInitial.get(initial);
            if (bucket) bucket.push(w);
            else this.byInitial.set(initial, [w]);
          }
          const last = list.docs.length - 1;
          if (list.docs[last] !== doc) {
            list.docs.push(doc);
            list.weights.push(weight);
          } else if (weight > list.weights[last]!) list.weights[last] = weight;
        }
      }
    });
    this.best = new Float32Array(docs.length);
    this.hits = new Uint8Array(docs.length);
    this.total = new Float32Array(docs.length);
  }

  /** Corpus words matching one query word. Memoised: typing one more letter repeats the earlier words. */
  lookup(q: string): WordMatch[] {
    const known = this.memo.get(q);
    if (known) return known;
    const max = typoBudget(q.length);
    const found: WordMatch[] = [];
    for (const w of this.byInitial.get(q.charAt(0)) ?? []) {
      if (w === q) found.push({ word: w, quality: EXACT });
      else if (w.startsWith(q)) found.push({ word: w, quality: PREFIX });
      else if (max > 0) {
        const d = prefixDistance(q, w, max);
        if (d <= max) found.push({ word: w, quality: TYPO[d]! });
      }
    }
    if (this.memo.size >= MEMO_SIZE) this.memo.clear();
    this.memo.set(q, found);
    return found;
  }

  /** The corpus words any of the query words matches. */
  matchedWords(query: readonly string[]): Set<string> {
    const out = new Set<string>();
    for (const q of query) for (const { word } of this.lookup(q)) out.add(word);
    return out;
  }

  /**
   * Documents that `keep` lets through and that hold a match for every query word: each word the reader
   * adds narrows the results, and a word matching nothing empties the group.
   */
  candidates(query: readonly string[], keep: (doc: number) => boolean): Candidate[] {
    const { best, hits, total } = this;
    const touched: number[] = [];
    for (const q of query) {
      const seen: number[] = [];
      for (const { word, quality } of this.lookup(q)) {
        const { docs, weights } = this.postings.get(word)!;
        for (let k = 0; k < docs.length; k++) {
          const doc = docs[k]!;
          const q = quality * weights[k]!;
          if (best[doc] === 0) seen.push(doc);
          if (q > best[doc]!) best[doc] = q;
        }
      }
      for (const doc of seen) {
        if (hits[doc] === 0) touched.push(doc);
        hits[doc]!++;
        total[doc]! += best[doc]!;
        best[doc] = 0;
      }
    }
    const list: Candidate[] = [];
    for (const doc of touched) {
      if (hits[doc] === query.length && keep(doc)) list.push({ doc, quality: total[doc]! });
      hits[doc] = 0;
      total[doc] = 0;
    }
    return list;
  }
}
