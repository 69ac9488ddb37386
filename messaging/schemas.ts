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

/** A name as a user types it or a page prints it; bounded so a stray message cannot send a novel. */
export const ActorNameSchema = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200));

export const StatementCardSchema = v.object({
  speaker: v.string(),
  kind: v.string(),
  text: v.string(),
  /** Id of the corpus source (data/sources.json) the statement was read from, when the KB says. */
  sourceId: v.optional(v.string()),
});
export type StatementCard = v.InferOutput<typeof StatementCardSchema>;

/** What a card shows about one actor: who they are and what the corpus has them say. */
export const ActorCardSchema = v.object({
  name: v.string(),
  type: v.string(),
  aliases: v.array(v.string()),
  roles: v.array(v.string()),
  statements: v.array(StatementCardSchema),
});
export type ActorCard = v.InferOutput<typeof ActorCardSchema>;
