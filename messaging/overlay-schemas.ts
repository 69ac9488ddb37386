// Shapes of the overlay's messages (issue #3). Split from schemas.ts so the matcher and the card can
// evolve apart. Each is validated where it arrives.
import * as v from 'valibot';
import type { CardModel } from '@/core/cards/model';

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

// The card model of core/cards/model.ts. Strings are bounded so that a bug cannot ship a novel.
const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
const Text = v.pipe(v.string(), v.maxLength(2000));
const Kind = v.picklist(['direct', 'indirect', 'according_to', 'position']);

const PassageSchema = v.object({ sourceId: v.pipe(v.string(), v.minLength(1)), start: Count, end: Count });

const CardItemSchema = v.object({
  statementId: v.string(),
  kind: Kind,
  label: v.string(),
  text: Text,
  truncated: v.boolean(),
  outlet: v.nullable(v.string()),
  date: v.string(),
  dateAdded: v.optional(v.literal(true)),
  passage: PassageSchema,
});

const EntrySchema = v.variant('type', [
  v.object({ type: v.literal('item'), item: CardItemSchema }),
  v.object({ type: v.literal('compare'), identical: v.boolean(), items: v.array(CardItemSchema) }),
]);

const TopicGroupSchema = v.object({
  topic: v.string(),
  label: v.string(),
  entries: v.array(EntrySchema),
  more: Count,
});

const SpeakerGroupSchema = v.object({
  key: v.string(),
  speaker: v.string(),
  speakerType: v.picklist(['person', 'organization', 'government', 'group', 'anonymous']),
  speakerId: v.nullable(v.string()),
  items: v.array(CardItemSchema),
  more: Count,
});

const HeaderSchema = v.object({
  type: v.picklist(['person', 'organization', 'government', 'group', 'term']),
  roles: v.array(v.string()),
  moreRoles: v.array(v.string()),
  sources: Count,
  statements: Count,
  hidden: Count,
});

const IntroductionSchema = v.object({
  text: Text,
  truncated: v.boolean(),
  outlet: v.nullable(v.string()),
  date: v.string(),
  dateAdded: v.optional(v.literal(true)),
  passage: PassageSchema,
});

/** An actor's or a term's card (core/cards). */
export const CardSchema = v.variant('kind', [
  v.object({
    kind: v.literal('actor'),
    id: v.string(),
    name: v.string(),
    header: HeaderSchema,
    ownWords: v.array(TopicGroupSchema),
    saidAbout: v.array(SpeakerGroupSchema),
    saidAboutMore: Count,
  }),
  v.object({
    kind: v.literal('term'),
    id: v.string(),
    name: v.string(),
    header: HeaderSchema,
    introductions: v.array(IntroductionSchema),
    introductionsMore: Count,
    saidAbout: v.array(SpeakerGroupSchema),
    saidAboutMore: Count,
  }),
]);
export type Card = v.InferOutput<typeof CardSchema>;

// Fails to compile when the schema and core/cards' model drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _inSync: Same<Card, CardModel> = true;
void _inSync;

/** A passage to open in the reader page: a span of one source's text. */
export const PassageRequestSchema = PassageSchema;

export const SourceRequestSchema = v.object({ id: v.pipe(v.string(), v.minLength(1), v.maxLength(200)) });

/** One source for the reader page: its text and where its statements are, by speaker. */
export const SourceViewSchema = v.object({
  id: v.string(),
  outlet: v.nullable(v.string()),
  title: v.nullable(v.string()),
  date: v.string(),
  /** Where a reader's own article came from; the reader links it only when it is http(s). */
  url: v.optional(v.pipe(v.string(), v.maxLength(2048))),
  /** The date is the day the reader added their own undated article, not a publication date. */
  dateAdded: v.optional(v.literal(true)),
  text: v.string(),
  statements: v.array(
    v.object({
      id: v.string(),
      start: Count,
      end: Count,
      speaker: v.string(),
      speakerType: v.picklist(['person', 'organization', 'government', 'group', 'anonymous']),
      kind: Kind,
    }),
  ),
});
export type SourceView = v.InferOutput<typeof SourceViewSchema>;
