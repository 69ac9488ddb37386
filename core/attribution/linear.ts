import type { Scorer } from './find';

/**
 * A binary linear model over named features, as shipped in data/models: the features that carry
 * weight and their weights, rounded to a fixed step so the file stays small and training writes the
 * same bytes every time.
 */
export interface LinearJson {
  features: string[];
  /** Weights in units of `step`. */
  weights: number[];
  step: number;
}

export function scorer(json: LinearJson): Scorer {
  const w = new Map<string, number>();
  json.features.forEach((f, i) => w.set(f, json.weights[i]! * json.step));
  return (features) => {
    let s = 0;
    for (const f of features) s += w.get(f) ?? 0;
    return s;
  };
}
