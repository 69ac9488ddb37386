import type { ModelAttribution } from '../../attribution';
import type { ActorResult } from '../../actors';
import { sentenceAt } from '../../text';
import type { PreparedText, Span, Statement } from '../../types';
import type { Entity } from '../sources/entities';
import { SpanIndex } from '../near';
import { confidenceFeatures, type Origin } from './confidence';

/**
 * What each statement's confidence is judged on (confidence.ts), with the counts the text gives:
 * the people named in its sentence, how often its speaker is named, the model attribution whose cue
 * it shares, and whether a rule pass already gave its source mention to the same speaker.
 */
export function statementFeatures(
  doc: PreparedText,
  statements: readonly Statement[],
  entities: readonly Entity[],
  actors: ActorResult['actors'],
  found: readonly ModelAttribution[],
  origin: (st: Statement) => Origin,
  inherited: ReadonlySet<Statement>,
): Map<Statement, string[]> {
  // People named per sentence, counted once: a pronoun among several is less sure.
  const persons = new Map<number, number>();
  for (const e of entities) {
    if (e.type !== 'person' || e.modifier) continue;
    const i = sentenceAt(doc.sentences, e.start)?.index;
    if (i !== undefined) persons.set(i, (persons.get(i) ?? 0) + 1);
  }
  const features = new Map<Statement, string[]>();
  const byCue = new SpanIndex<Span & { a: ModelAttribution }>();
  for (const a of found) byCue.add({ start: a.cue.start, end: a.cue.end, a });
  const mentions = new Map(actors.map((a) => [a.id, a.mentions]));
  // Source mentions a rule pass already gave a statement to (with its speaker).
  const ruled = new Map<string, string>();
  for (const st of statements)
    if (st.source && origin(st) === 'rule') ruled.set(`${st.source.start}:${st.source.end}`, st.speaker);
  for (const st of statements) {
    const n = persons.get(sentenceAt(doc.sentences, st.start)?.index ?? -1) ?? 0;
    const match = st.cue ? byCue.overlapping(st.cue)[0]?.a : undefined;
    features.set(
      st,
      confidenceFeatures(
        doc,
        st,
        origin(st),
        match,
        n,
        inherited.has(st),
        st.speakerId === undefined ? undefined : mentions.get(st.speakerId),
        origin(st) !== 'rule' &&
          !!st.source &&
          ruled.get(`${st.source.start}:${st.source.end}`) === st.speaker,
      ),
    );
  }
  return features;
}
