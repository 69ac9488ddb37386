import { hashString } from '../learn';
import type { SynToken } from './analyze';
import type { LabelExample } from './labels';
import type { Span } from './tokenize';
import { wordsOf } from './words';

/** A hand-parsed word for tests: form, "XPOS|UPOS", head (1-based as in CoNLL-U, 0: root), relation. */
export type Row = [string, string, number, string];

/** Tiny hand-parsed sentences, words separated by single spaces. */
export const HAND: Row[][] = [
  [
    ['The', 'DT|DET', 2, 'det'],
    ['dog', 'NN|NOUN', 3, 'nsubj'],
    ['barks', 'VBZ|VERB', 0, 'root'],
    ['.', '.|PUNCT', 3, 'punct'],
  ],
  [
    ['A', 'DT|DET', 2, 'det'],
    ['cat', 'NN|NOUN', 3, 'nsubj'],
    ['sees', 'VBZ|VERB', 0, 'root'],
    ['the', 'DT|DET', 5, 'det'],
    ['dog', 'NN|NOUN', 3, 'obj'],
    ['.', '.|PUNCT', 3, 'punct'],
  ],
  [
    ['She', 'PRP|PRON', 2, 'nsubj'],
    ['said', 'VBD|VERB', 0, 'root'],
    ['that', 'IN|SCONJ', 6, 'mark'],
    ['the', 'DT|DET', 5, 'det'],
    ['cat', 'NN|NOUN', 6, 'nsubj:pass'],
    ['was', 'VBD|AUX', 7, 'aux:pass'],
    ['seen', 'VBN|VERB', 2, 'ccomp'],
    ['.', '.|PUNCT', 2, 'punct'],
  ],
  [
    ['Dogs', 'NNS|NOUN', 2, 'nsubj'],
    ['sleep', 'VBP|VERB', 0, 'root'],
    ['in', 'IN|ADP', 4, 'case'],
    ['houses', 'NNS|NOUN', 2, 'obl'],
    ['.', '.|PUNCT', 2, 'punct'],
  ],
];

/** A hand-parsed sentence as text, spans, tags and the parser's input. */
export function handSentence(
  rows: Row[],
): LabelExample & { text: string; spans: Span[]; tagNames: string[] } {
  const text = rows.map((r) => r[0]).join(' ');
  const spans: Span[] = [];
  let at = 0;
  for (const [form] of rows) {
    spans.push({ start: at, end: at + form.length });
    at += form.length + 1;
  }
  return {
    text,
    spans,
    tagNames: rows.map((r) => r[1]),
    words: wordsOf(text, spans).lower,
    tags: Int32Array.from(rows, (r) => hashString(r[1])),
    heads: Int32Array.from(rows, (r) => r[2] - 1),
    deprels: rows.map((r) => r[3]),
  };
}

/** A hand-parsed sentence as the analyser's tokens (for the repairs' tests: a parse as written). */
export function handTokens(rows: Row[]): SynToken[] {
  let at = 0;
  return rows.map(([text, tag, head, deprel]) => {
    const [xpos, upos] = tag.split('|') as [string, string];
    const t = {
      start: at,
      end: at + text.length,
      text,
      lower: text.toLowerCase(),
      upos,
      xpos,
      head: head - 1,
      deprel,
    };
    at += text.length + 1;
    return t;
  });
}

/** Words joined by single spaces, and each word's span in that text (for the tag repairs' tests). */
export function spansOf(words: string[]): { text: string; spans: Span[] } {
  let at = 0;
  const spans = words.map((w) => {
    const s = { start: at, end: at + w.length };
    at += w.length + 1;
    return s;
  });
  return { text: words.join(' '), spans };
}
