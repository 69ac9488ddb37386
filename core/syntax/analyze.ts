import { hashString } from '../learn';
import type { Labeller, LabellerJson } from './labels';
import type { Parser, ParserJson } from './parser';
import type { Tagger } from './tagger';
import { thatComplements } from './complements';
import { missingSubjects } from './subjects';
import { frontedSubjects } from './fronted';
import { perfectSubjects, perfectsReadAsModifiers } from './voice';
import { namesSplitInTwo } from './split-names';
import { namedOpeners, namesBeforeVerbs } from './names';
import { pastForParticiple, pastNeverNoun, presentForPlural } from './finite';
import { thatBeforePlural } from './complementizer';
import { controlVerbs } from './control';
import { datelineLength } from './dateline';
import { quoteDirections } from './quotes';
import { tokenize, type Span } from './tokenize';
import { wordsOf, type Words } from './words';
import { titlesAsMister } from './titles';
import { caseless } from './headline-case';

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
  /** Common English words, which a headline in title case is read with in lower case (headline-case.ts). */
  common?: ReadonlySet<string>;
}

/** The shipped parser file: the transition model and the relation namer. */
export interface ParserFileJson {
  parser: ParserJson;
  labeller: LabellerJson;
}

/** Sentences longer than this are parsed in pieces of this many tokens, so work stays linear. */
export const MAX_PARSE = 150;

/**
 * Tokens, tags and trees for each range of `text` with the given models (see `analyzeSyntax`). Each
 * stage runs over every sentence before the next starts (tag all, then parse all, then name all
 * arcs): the three models' tables do not fit the processor's nearer caches together, and one at a
 * time keeps more of each there than taking turns sentence by sentence.
 */
export function analyzer(m: SyntaxModels) {
  const stage = stages(m);
  /** `names`: where the text names an actor (start and end), which a sentence may open on. */
  return (
    text: string,
    ranges: readonly { start: number; end: number }[],
    names: readonly { start: number; end: number }[] = [],
  ): SynToken[][] => {
    // In order, for the sentence openers (names.ts) and the headlines (headline-case.ts).
    const sortedNames = Array.from(names ?? [], (n) => ({ start: n?.start ?? 0, end: n?.end ?? 0 })).sort(
      (a, b) => a.start - b.start,
    );
    // Callers in plain JavaScript may pass anything; nothing here throws.
    const s = typeof text === 'string' ? text : String(text ?? '');
    const work = Array.from(ranges ?? [], (r) => {
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
      return sentence(spans, datelineLength(s, spans));
    });
    for (const w of work) stage.tag(w, s, sortedNames);
    for (const w of work) stage.parse(w);
    for (const w of work) stage.label(w);
    return work.map((w) => repaired(stage.tokens(s, w)));
  };
}

/** Tags and a tree for one sentence already cut into tokens (evaluation on gold tokens). */
export function spanAnalyzer(m: SyntaxModels) {
  const stage = stages(m);
  return (text: string, spans: Span[]): SynToken[] => {
    const w = sentence(spans);
    stage.tag(w, text);
    stage.parse(w);
    stage.label(w);
    return repaired(stage.tokens(text, w));
  };
}

/** One sentence on its way through the stages. */
interface Sentence {
  spans: Span[];
  /** Each token's tag number, its word's and its tag's hashes (see words.ts, transitions.ts). */
  tagIds: Int32Array;
  words: Int32Array;
  tags: Int32Array;
  /** Each token's head (in its piece of MAX_PARSE tokens until `label`) and relation number. */
  heads: Int32Array;
  rels: Int32Array;
  /** A stage threw (not expected): the tokens come back as a flat sentence. */
  failed: boolean;
  /** Where each piece parsed on its own starts: a dateline, then runs of MAX_PARSE tokens. */
  pieces: number[];
  /** Whether the first piece is a dateline. */
  dated: boolean;
}

const NO_INTS = new Int32Array(0);

const sentence = (spans: Span[], dateline = 0): Sentence => {
  const pieces = dateline > 0 && dateline < spans.length ? [0] : [];
  const dated = pieces.length > 0;
  for (let from = dated ? dateline : 0; from < spans.length; from += MAX_PARSE) pieces.push(from);
  return {
    spans,
    tagIds: NO_INTS,
    words: NO_INTS,
    tags: NO_INTS,
    heads: NO_INTS,
    rels: NO_INTS,
    failed: false,
    pieces,
    dated,
  };
};

/** Relation numbers outside the labeller's: a later piece of a long sentence, and a dateline. */
const PIECE = -1;
const DATELINE = -2;

/** The stages, each on one sentence, with what they share. */
function stages(m: SyntaxModels) {
  const tagHashes = Int32Array.from(m.tagger.tags, (t) => hashString(t));
  const split = m.tagger.tags.map((t) => {
    const bar = t.indexOf('|');
    return bar < 0 ? [t, t] : [t.slice(0, bar), t.slice(bar + 1)];
  });
  const relations = m.labeller.relations;
  const common = m.common;
  // Reused from sentence to sentence: allocating six small typed arrays a sentence cost more than
  // hashing its words.
  let scratch: Words | undefined;
  /** Runs a stage on a sentence unless an earlier one failed; a throw marks it failed. */
  const guarded =
    <A extends unknown[]>(step: (w: Sentence, ...a: A) => void) =>
    (w: Sentence, ...a: A) => {
      if (w.failed) return;
      try {
        step(w, ...a);
      } catch {
        w.failed = true;
      }
    };
  return {
    tag: guarded((w: Sentence, text: string, names: readonly Span[] = []) => {
      const n = w.spans.length;
      const line = common && caseless(text, w.spans, names, common);
      const words = (scratch = line
        ? wordsOf(line.text, line.spans, scratch)
        : wordsOf(text, w.spans, scratch));
      titlesAsMister(text, w.spans, words);
      w.tagIds = m.tagger.tag(words, quoteDirections(text, w.spans), true);
      namedOpeners(w.spans, w.tagIds, m.tagger.tags, names);
      namesBeforeVerbs(text, w.spans, w.tagIds, m.tagger.tags);
      controlVerbs(text, w.spans, w.tagIds, m.tagger.tags);
      pastNeverNoun(text, w.spans, w.tagIds, m.tagger.tags);
      presentForPlural(text, w.spans, w.tagIds, m.tagger.tags);
      pastForParticiple(w.tagIds, m.tagger.tags);
      thatBeforePlural(text, w.spans, w.tagIds, m.tagger.tags);
      w.words = words.lower.slice(0, n);
      w.tags = new Int32Array(n);
      for (let i = 0; i < n; i++) w.tags[i] = tagHashes[w.tagIds[i]!]!;
    }),
    parse: guarded((w: Sentence) => {
      const n = w.spans.length;
      w.heads = new Int32Array(n);
      for (let k = 0; k < w.pieces.length; k++) {
        const from = w.pieces[k]!;
        const to = w.pieces[k + 1] ?? n;
        w.heads.set(
          m.parser.parse({ words: w.words.subarray(from, to), tags: w.tags.subarray(from, to) }),
          from,
        );
      }
    }),
    label: guarded((w: Sentence) => {
      const { heads } = w;
      const n = w.spans.length;
      const rels = (w.rels = new Int32Array(n));
      // A dateline piece comes first and hangs from the sentence's root, which is the first root
      // of the pieces after it; a long sentence's later pieces hang from that root too.
      let firstRoot = -1;
      const roots: number[] = [];
      for (let k = 0; k < w.pieces.length; k++) {
        const from = w.pieces[k]!;
        const to = w.pieces[k + 1] ?? n;
        const x = { words: w.words.subarray(from, to), tags: w.tags.subarray(from, to) };
        rels.set(m.labeller.label(x, heads.subarray(from, to)), from);
        for (let i = from; i < to; i++) heads[i] = heads[i]! < 0 ? -1 : from + heads[i]!;
        for (let i = from; i < to; i++) {
          if (heads[i] !== -1) continue;
          if (w.dated && k === 0) roots.push(i);
          else if (firstRoot < 0) firstRoot = i;
          else {
            heads[i] = firstRoot;
            rels[i] = PIECE;
          }
        }
      }
      for (const r of roots) {
        heads[r] = firstRoot;
        rels[r] = firstRoot < 0 ? rels[r]! : DATELINE;
      }
    }),
    tokens(text: string, w: Sentence): SynToken[] {
      const { spans, tagIds, heads, rels } = w;
      // Not expected; if a model misbehaves the tokens still come back, as a flat sentence.
      if (w.failed)
        return spans.map((s, i) => token(text, s, 'X', 'X', i === 0 ? -1 : 0, i === 0 ? 'root' : 'dep'));
      return spans.map((s, i) => {
        const [xpos, upos] = split[tagIds[i]!]!;
        const rel =
          heads[i] === -1
            ? 'root'
            : rels[i] === PIECE
              ? 'parataxis'
              : rels[i] === DATELINE
                ? 'dep'
                : (relations[rels[i]!] ?? 'dep');
        return token(text, s, upos!, xpos!, heads[i]!, rel === 'root' && heads[i] !== -1 ? 'dep' : rel);
      });
    },
  };
}

/**
 * The parser's trees with the mistakes a sentence's own shape shows mended (complements.ts,
 * voice.ts, split-names.ts, fronted.ts, subjects.ts).
 */
function repaired(tokens: SynToken[]): SynToken[] {
  thatComplements(tokens);
  perfectsReadAsModifiers(tokens);
  perfectSubjects(tokens);
  namesSplitInTwo(tokens);
  frontedSubjects(tokens);
  missingSubjects(tokens);
  return tokens;
}

function token(text: string, s: Span, upos: string, xpos: string, head: number, deprel: string): SynToken {
  const t = text.slice(s.start, s.end);
  return { start: s.start, end: s.end, text: t, lower: t.toLowerCase(), upos, xpos, head, deprel };
}

function clamp(v: number | undefined, max: number): number {
  if (typeof v !== 'number') return 0;
  return Number.isFinite(v) ? Math.max(0, Math.min(Math.trunc(v), max)) : v > 0 ? max : 0;
}
