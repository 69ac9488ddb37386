// The passes that run once the cue passes are done, each on a shape those read no words for: a
// reporting verb that ends its sentence (trailing.ts), polls and documents that find and show
// (findings.ts), and "as" frames (as-frame.ts). None gives a speaker: what they find is resolved by
// its source phrase's head in the tree (trees/heads.ts), or stays unresolved.
import type { Tree } from '../../attribution/tree';
import type { Cue } from '../cues/cues';
import type { Ctx } from '../index';
import type { FoundAttribution } from '../spans';
import { asFrames } from './as-frame';
import { findingAttributions } from './findings';
import { trailingAttributions } from './trailing';

/** What the late passes find where no attribution in `used` already holds the cue. */
export const lateAttributions = (
  ctx: Ctx,
  cues: Cue[],
  used: FoundAttribution[],
  trees?: readonly Tree[],
): FoundAttribution[] => [
  ...trailingAttributions(ctx, cues, used, trees),
  ...findingAttributions(ctx, used, trees),
  ...asFrames(ctx, used, trees),
];
