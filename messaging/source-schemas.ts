// The options page's list of corpus sources: what a reader needs to choose among them, without texts.
import * as v from 'valibot';

export const SourceEntrySchema = v.object({
  id: v.pipe(v.string(), v.maxLength(100)),
  outlet: v.nullable(v.pipe(v.string(), v.maxLength(300))),
  title: v.nullable(v.pipe(v.string(), v.maxLength(1000))),
  date: v.pipe(v.string(), v.maxLength(20)),
  /** The date is only the day the reader added their own undated article. */
  dateAdded: v.optional(v.literal(true)),
  statements: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

export type SourceEntry = v.InferOutput<typeof SourceEntrySchema>;
