import attribution from '../../data/models/attribution.json';
import confidence from '../../data/models/confidence.json';
import { marginScorer, type LinearModelJson } from '../learn';
import type { ConfidenceModel } from '../statements/confidence';
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
