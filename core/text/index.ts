import type { PreparedText, Sentence } from '../types';
import { normalize } from './normalize';
import { paragraphs, sentences } from './segment';

export { normalize } from './normalize';

export function prepare(text: string): PreparedText {
  const norm = normalize(text);
  const paras = paragraphs(norm);
  return { text, norm, paragraphs: paras, sentences: sentences(text, norm, paras) };
}

/** The sentence that holds offset `pos` (binary search; sentences are sorted and disjoint). */
export function sentenceAt(sents: Sentence[], pos: number): Sentence | undefined {
  let lo = 0;
  let hi = sents.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sents[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** Whether [start, end) lies within one sentence: a phrase read across a sentence's end does not. */
export function withinSentence(sents: Sentence[], start: number, end: number): boolean {
  return sentenceAt(sents, start) === sentenceAt(sents, end - 1);
}
