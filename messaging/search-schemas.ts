// Shapes of the popup's corpus search (issue #4). Split from the overlay's schemas: the popup and the
// overlay evolve apart. The request is bounded so a stray message cannot make the background work hard.
import * as v from 'valibot';

const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
const Ids = v.pipe(v.array(Id), v.maxLength(50));

export const SearchRequestSchema = v.object({
  /** What the reader typed; core/search cuts it further (120 characters, 8 words). */
  q: v.pipe(v.string(), v.maxLength(200)),
  topics: v.optional(Ids),
  sources: v.optional(Ids),
  limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(20))),
});
export type SearchRequest = v.InferOutput<typeof SearchRequestSchema>;

const Range = v.tuple([v.number(), v.number()]);
const Passage = v.object({ sourceId: Id, start: v.number(), end: v.number() });

export const PopupHitSchema = v.object({
  kind: v.picklist(['actor', 'term', 'statement']),
  id: v.string(),
  label: v.string(),
  detail: v.string(),
  /** The card a choice opens: the actor or term itself, or a statement's speaker when the KB knows them. */
  card: v.optional(v.string()),
  /** Where a statement opens: the reader at its passage. */
  passage: v.optional(Passage),
  /** Ranges of `label` to highlight. */
  ranges: v.array(Range),
});
export type PopupHit = v.InferOutput<typeof PopupHitSchema>;

export const SearchAnswerSchema = v.object({
  actors: v.array(PopupHitSchema),
  terms: v.array(PopupHitSchema),
  statements: v.array(PopupHitSchema),
});
export type SearchAnswer = v.InferOutput<typeof SearchAnswerSchema>;

/** What the popup's filters offer: the KB's topics and the reader's selected sources. */
export const SearchFacetsSchema = v.object({
  topics: v.array(v.string()),
  sources: v.array(v.object({ id: v.string(), label: v.string() })),
});
export type SearchFacets = v.InferOutput<typeof SearchFacetsSchema>;

/** Ids whose names the popup's "On this page" shows; bounded like the page's answer. */
export const ActorIdsSchema = v.pipe(v.array(Id), v.maxLength(500));
export const ActorNamesSchema = v.array(v.object({ id: v.string(), name: v.string(), type: v.string() }));
