// Small learned models for the engine: an averaged perceptron trained in the build (scripts/train)
// and read back in the browser from data/models/*.json. See README.md.
export {
  frequent,
  marginModel,
  marginScorer,
  type MarginScorer,
  trainBinary,
  type BinaryExample,
  type BinaryOptions,
} from './binary';
export { feature, featureOf, hashString, mix, namedFeature } from './hash';
export { LinearModel, type LinearModelJson } from './model';
export { FeatureKeys, FeatureNames, namesOf, type NamedFeatures } from './named';
export { Perceptron, train, type Example, type QuantiseOptions, type TrainOptions } from './perceptron';
export { mulberry32, shuffle } from './rng';
