import { hashString } from '../learn';
import type { Labeller, LabellerJson } from './labels';
import type { Parser, ParserJson } from './parser';
import type { Tagger } from './tagger';
import { tokenize, type Span } from './tokenize';
import { wordsOf, type Words } from './words';

/** One token of a parsed sentence. */
export interface SynToken {
  /** Offsets into the analysed text. */
  start: number;
  end: number;
  text: string;
  lower: string;
  /** Universal tag (NOUN, VERB, AUX…) and Penn tag (NN, VBD, VBN…). */
  upos: string;
  xpos: string;
  /** Index of the head among the sentence's tokens; -1 for the root. */
  head: number;
  /** Universal Dependencies relation (nsubj, nsubj:pass, obj, acl:relcl…). */
  deprel: string;
}

export interface SyntaxModels {
  tagger: Tagger;
  parser: Parser;
  labeller: Labeller;
}

/** The shipped parser file: the transition model and the relation namer. */
export interface ParserFileJson {
  parser: ParserJson;
  labeller: LabellerJson;
}

/** Sentences longer than this are parsed in pieces of this many tokens, so work stays linear. */
export const MAX_PARSE = 150;

/** Tokens, tags and trees for each range of `text` with the given models (see `analyzeSyntax`). */
export function analyzer(m: SyntaxModels) {
  const analyse = spanAnalyzer(m);
  return (text: string, ranges: readonly { start: number; end: number }[]): SynToken[][] => {
    // Callers in plain JavaScript may pass anything; nothing here throws.
    const s = typeof text === 'string' ? text : String(text ?? '');
    return Array.from(ranges ?? [], (r) => {
      const start = clamp(r?.start, s.length);
      const end = Math.max(start, clamp(r?.end, s.length));
      let spans: Span[];
      try {
        spans = tokenize(s, start, end);
      } catch {
        spans = [...s.slice(start, end).matchAll(/\S+/g)].map((m) => ({
          start: start + m.index,
          end: start + m.index + m[0].length,
        }));
      }
      return analyse(s, spans);
    });
  };
}

/** Tags and a tree for one sentence already cut into tokens (evaluation on gold tokens). */
export function spanAnalyzer(m: SyntaxModels) {
  const tagHashes = Int32Array.from(m.tagger.tags, (t) => hashString(t));
  const split = m.tagger.tags.map((t) => {
    const bar = t.indexOf('|');
    return bar < 0 ? [t, t] : [t.slice(0, bar), t.slice(bar + 1)];
  });
  const relations = m.labeller.relations;
  const scratch = new Scratch();
  return (text: string, spans: Span[]): SynToken[] => {
    try {
      return analyseSpans(m, text, spans, tagHashes, split, relations, scratch);
    } catch {
      // Not expected; if a model misbehaves the tokens still come back, as a flat sentence.
      return spans.map((s, i) => token(text, s, 'X', 'X', i === 0 ? -1 : 0, i === 0 ? 'root' : 'dep'));
    }
  };
}

/**
 * Arrays reused from sentence to sentence: allocating small typed arrays for every sentence cost
 * more than some of the work done in them.
 */
class Scratch {
  words: Words | undefined;
  tags = new Int32Array(0);
  heads = new Int32Array(0);
  rels = new Int32Array(0);

  /** Room for `n` tokens. */
  fit(n: number): this {
    if (this.tags.length < n) {
      const capacity = Math.max(2 * n, 64);
      this.tags = new Int32Array(capacity);
      this.heads = new Int32Array(capacity);
      this.rels = new Int32Array(capacity);
    }
    return this;
  }
}

function analyseSpans(
  m: SyntaxModels,
  text: string,
  spans: Span[],
  tagHashes: Int32Array,
  split: string[][],
  relations: string[],
  scratch: Scratch,
): SynToken[] {
  const n = spans.length;
  const words = (scratch.words = wordsOf(text, spans, scratch.words));
  const tagIds = m.tagger.tag(words);
  const { tags, heads, rels } = scratch.fit(n);
  for (let i = 0; i < n; i++) tags[i] = tagHashes[tagIds[i]!]!;
  heads.fill(-1, 0, n);
  let firstRoot = -1;
  for (let from = 0; from < n; from += MAX_PARSE) {
    const to = Math.min(n, from + MAX_PARSE);
    const x = { words: words.lower.subarray(from, to), tags: tags.subarray(from, to) };
    const h = m.parser.parse(x);
    const l = m.labeller.label(x, h);
    for (let i = 0; i < h.length; i++) {
      heads[from + i] = h[i]! < 0 ? -1 : from + h[i]!;
      rels[from + i] = l[i]!;
    }
    // A long sentence's later pieces hang from the first piece's root.
    for (let i = from; i < to; i++) {
      if (heads[i] !== -1) continue;
      if (firstRoot < 0) firstRoot = i;
      else {
        heads[i] = firstRoot;
        rels[i] = -1;
      }
    }
  }
  return spans.map((s, i) => {
    const [xpos, upos] = split[tagIds[i]!]!;
    const rel = heads[i] === -1 ? 'root' : rels[i] === -1 ? 'parataxis' : (relations[rels[i]!] ?? 'dep');
    return token(text, s, upos!, xpos!, heads[i]!, rel === 'root' && heads[i] !== -1 ? 'dep' : rel);
  });
}

function token(text: string, s: Span, upos: string, xpos: string, head: number, deprel: string): SynToken {
  const t = text.slice(s.start, s.end);
  return { start: s.start, end: s.end, text: t, lower: t.toLowerCase(), upos, xpos, head, deprel };
}

function clamp(v: number | undefined, max: number): number {
  if (typeof v !== 'number') return 0;
  return Number.isFinite(v) ? Math.max(0, Math.min(Math.trunc(v), max)) : v > 0 ? max : 0;
}
