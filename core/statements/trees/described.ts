import json from '../../../data/models/source-heads.json';
import sources from '../../../data/lexicons/sources.json';

/** The nouns seen heading a source phrase in the training annotation (scripts/train/sources.ts). */
export interface SourceHeadsJson {
  format: 'source-heads-1';
  minCount: number;
  heads: string[];
}

/** A noun enters the list seen heading a gold source this often: once may be an annotator's slip. */
export const SOURCE_HEADS_MIN = 2;

const HEADS = new Set([
  ...(json as SourceHeadsJson).heads,
  ...sources.anonymous.map((w) => w.toLowerCase()),
  ...sources.group.map((w) => w.toLowerCase()),
]);

/**
 * Whether a common noun can head a source the text only describes: a word the training annotation
 * has standing as a source ("officials", "poll", "study", "critics"), in either number.
 */
export function canSpeak(lower: string): boolean {
  if (HEADS.has(lower)) return true;
  const singular = lower.replace(/(?:ies)$/, 'y').replace(/(?:es|s)$/, '');
  return HEADS.has(singular) || HEADS.has(lower + 's') || HEADS.has(lower.replace(/y$/, 'ies'));
}
