// Shapes that cross the extension's message boundary. Each side validates what arrives, because a
// message can come from an older build of the other side (after an update) or from a bug.
import * as v from 'valibot';

const Count = v.pipe(v.number(), v.integer(), v.minValue(0));

export const KbSummarySchema = v.object({
  sources: Count,
  actors: Count,
  statements: Count,
});
export type KbSummary = v.InferOutput<typeof KbSummarySchema>;
