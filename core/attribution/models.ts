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
 * The predicate model's margin (log-odds) above which a verb is read as an attribution for the
 * statement stage: even odds. On PolNeAR dev a floor of −1 covers no more gold attributions and
 * costs half a point of content F1 (−3 suited the perceptrons these models replaced, whose margins
 * ran larger); the confidence model, which sees the margin, decides what reaches a card. A stance or action
 * ('position') also needs a margin above zero (core/statements/trees/learned.ts).
 */
export const PREDICATE_FLOOR = 0;
