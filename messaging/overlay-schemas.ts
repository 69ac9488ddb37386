// Shapes of the overlay's messages (issue #3). Split from schemas.ts so the matcher and the card can
// evolve apart. Each is validated where it arrives.
import * as v from 'valibot';

/** The compiled alias list the content script scans pages with (core/matcher/compile.ts). */
export const MatcherDataSchema = v.object({
  v: v.literal(1),
  ids: v.array(v.string()),
  aliases: v.array(v.tuple([v.string(), v.number(), v.picklist(['ok', 'context', 'caps'])])),
});

export const CardRequestSchema = v.object({
  /** KB actor id. */
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
});

/** Placeholder until the card model lands (core/cards); refined by the card work. */
export const CardSchema = v.object({ id: v.string(), name: v.string() });
export type Card = v.InferOutput<typeof CardSchema>;
