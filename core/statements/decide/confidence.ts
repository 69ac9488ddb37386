import type { ModelAttribution } from '../../attribution';
import type { PreparedText, Span, Statement } from '../../types';
import type { FoundAttribution } from '../spans';

// What a statement's confidence is judged on: how it was found (a rule pass or the attribution
// models, and whether the two agree on the source), how its source is printed (a name, a pronoun
// resolved back, a described group) and how far the source stands from the cue. Each names a kind
// of evidence whose reliability differs on unseen news, never a document.

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const bucket = (n: number, steps: number[]) => steps.findIndex((s) => n <= s) + 1 || steps.length + 1;

/**
 * Where a statement's speaker came from: a rule pass, the attribution models, or the parse tree's
 * head of a source phrase the rules read but could not resolve.
 */
export type Origin = 'rule' | 'model' | 'head';

/** Whether the cards' threshold judges a statement: only what the trees and models added. */
export const thresholded = (features: string[]): boolean =>
  features.includes('o=model') || features.includes('o=head');

export function confidenceFeatures(
  doc: PreparedText,
  st: Statement,
  origin: Origin,
  /** The model attribution whose cue overlaps the statement's, if any. */
  match: ModelAttribution | undefined,
  personsInSentence: number,
  /**
   * Said by the subject of an earlier verb it is joined to ("welcomed Khan's election and said…"):
   * its source stands as far from it as that verb's words run, which says nothing of how sure it is.
   */
  heir = false,
  /**
   * How often the text names the speaker, when they are a known actor: a person named once is more
   * often a misread name or a pronoun sent to the wrong antecedent than one the article is about.
   */
  mentions?: number,
  /**
   * The source mention is one a rule pass already read as this speaker's ("“…,” Trump told a
   * rally, saying Clinton would…": the participle's attribution shares the quote's source).
   */
  shared = false,
): string[] {
  const src = st.source ? doc.norm.slice(st.source.start, st.source.end) : '';
  const [first = '', second = ''] = src.split(/\s+/);
  // A name with its article ("the IMF", "The Security Council") is read apart from a description
  // ("the fund", "the former president"), which stands for someone only through coreference.
  const form = !src
    ? 'none'
    : /^(?:he|she|they|who)$/i.test(src)
      ? `pron:${src.toLowerCase()}`
      : /^[A-Z]/.test(first) && !/^(?:The|A|An)$/.test(first)
        ? 'cap'
        : /^the$/i.test(first) && /^[A-Z]/.test(second)
          ? 'the-cap'
          : 'lower';
  const last = st.speaker.split(/\s+/).pop() ?? '';
  const coref = src && last && !src.includes(last) ? 'coref' : 'direct';
  const agree = !match
    ? 'none'
    : !match.source || !st.source
      ? 'nosrc'
      : overlaps(match.source, st.source)
        ? 'agree'
        : 'differ';
  const inverted = st.source && st.cue ? (st.source.start > st.cue.start ? 'inv' : 'fwd') : 'na';
  const gap = heir
    ? 'heir'
    : st.source && st.cue
      ? bucket(Math.abs(st.cue.start - st.source.end), [2, 10, 30, 80, 200])
      : 0;
  const score = match ? bucket(match.score, [-2, 0, 2, 4, 6, 8, 10]) : 0;
  const named = mentions === undefined ? 'none' : bucket(mentions, [1, 3, 9]);
  // A participle set off by a comma after its subject's own clause ("Mrs. Clinton has embraced
  // his approach, promising to…"): its source stands far from it by the clause between, which
  // says nothing of how sure the reading is.
  const participle =
    !!st.cue &&
    !!st.source &&
    st.source.end < st.cue.start &&
    /,\s*$/.test(doc.norm.slice(Math.max(0, st.cue.start - 3), st.cue.start)) &&
    /^\w+ing$/.test(doc.norm.slice(st.cue.start, st.cue.end).split(/\s+/)[0] ?? '');
  return [
    'bias',
    `o=${origin}`,
    `k=${st.kind}`,
    `o|k=${origin}|${st.kind}`,
    `t=${st.speakerType}`,
    `o|t=${origin}|${st.speakerType}`,
    `form=${form}`,
    `o|form=${origin}|${form}`,
    `coref=${coref}`,
    `form|coref=${form}|${coref}`,
    `agree=${agree}`,
    `o|agree=${origin}|${agree}`,
    `agree|form=${agree}|${form}`,
    `inv=${inverted}`,
    `gap=${gap}`,
    `o|gap=${origin}|${gap}`,
    `score=${score}`,
    `o|score=${origin}|${score}`,
    `persons=${Math.min(personsInSentence, 3)}`,
    `persons|form=${Math.min(personsInSentence, 3)}|${form}`,
    `len=${bucket(st.end - st.start, [20, 60, 150, 400])}`,
    `named=${named}`,
    `o|named=${origin}|${named}`,
    `ptc=${participle}`,
    `ptc|o=${participle}|${origin}`,
    `shared=${shared}`,
    `shared|gap=${shared}|${gap}`,
  ];
}

/** The trained confidence model and the threshold cards need (chosen on development data). */
export interface ConfidenceModel {
  score: (features: string[]) => number;
  threshold: number;
}

/**
 * Each statement's confidence, the probability the model gives its speaker being right; those the
 * attribution models added below the threshold are no statements but attributions without a card
 * (spans only).
 */
export function decide(
  statements: Statement[],
  features: Map<Statement, string[]>,
  model: ConfidenceModel,
): { kept: Statement[]; dropped: FoundAttribution[] } {
  const kept: Statement[] = [];
  const dropped: FoundAttribution[] = [];
  for (const st of statements) {
    const f = features.get(st) ?? [];
    const p = 1 / (1 + Math.exp(-model.score(f)));
    st.confidence = Math.round(p * 1000) / 1000;
    // The rule passes were tuned to their own precision (the seeds' 1.0, PolNeAR's 97 %); the
    // threshold holds back what the models add where they are less sure than that.
    if (!thresholded(f) || st.confidence >= model.threshold) kept.push(st);
    else
      dropped.push({
        kind: st.kind,
        start: st.start,
        end: st.end,
        ...(st.source ? { source: st.source } : {}),
        ...(st.cue ? { cue: st.cue } : {}),
        ...(st.content ? { content: st.content } : {}),
      });
  }
  return { kept, dropped };
}
