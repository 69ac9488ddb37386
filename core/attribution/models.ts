import attribution from '../../data/models/attribution.json';
import confidence from '../../data/models/confidence.json';
import { marginScorer, type LinearModelJson } from '../learn';
import type { ConfidenceModel } from '../statements/decide/confidence';
import type { Models } from './find';

// Trained by `npm run train` (scripts/train/) on PolNeAR's train split; the confidence threshold is
// chosen on its dev split. Each is a one-class core/learn model whose score is the margin.

export function modelsOf(json: Record<keyof Models, LinearModelJson>): Models {
  return {
    predicate: marginScorer(json.predicate),
    extent: marginScorer(json.extent),
    content: marginScorer(json.content),
    source: marginScorer(json.source),
  };
}

export const MODELS: Models = modelsOf(attribution as Record<keyof Models, LinearModelJson>);

export const CONFIDENCE: ConfidenceModel = {
  score: marginScorer(confidence.model as LinearModelJson),
  threshold: confidence.threshold,
};

/**
 * The predicate model's margin above which a verb is read as an attribution for the statement
 * stage. Below zero: a verb the model is unsure of still becomes a candidate, and the confidence
 * model (which sees the margin) decides whether it reaches a card; chosen on PolNeAR dev, where it
 * adds a tenth to the gold attributions cards cover at the same speaker precision. A stance or
 * action ('position') still needs a margin above zero (core/statements/trees/learned.ts).
 */
export const PREDICATE_FLOOR = -3;
