import attribution from '../../data/models/attribution.json';
import confidence from '../../data/models/confidence.json';
import type { ConfidenceModel } from '../statements/confidence';
import type { Models } from './find';
import { scorer, type LinearJson } from './linear';

// Trained by `npm run train` (scripts/train/) on PolNeAR's train split; the confidence threshold is
// chosen on its dev split.

export function modelsOf(json: Record<keyof Models, LinearJson>): Models {
  return {
    predicate: scorer(json.predicate),
    extent: scorer(json.extent),
    content: scorer(json.content),
    source: scorer(json.source),
  };
}

export const MODELS: Models = modelsOf(attribution as Record<keyof Models, LinearJson>);

export const CONFIDENCE: ConfidenceModel = {
  score: scorer(confidence.model as LinearJson),
  threshold: confidence.threshold,
};
