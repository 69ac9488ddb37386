// The one message protocol between content script, background and extension pages. Every message is a
// row of `messages`: the schema of its data and of its answer. The TypeScript types derive from the
// schemas, so the checked shape and the compiled shape cannot drift apart.
import { defineExtensionMessaging } from '@webext-core/messaging';
import * as v from 'valibot';
import { KbSummarySchema } from './schemas';
import {
  CardRequestSchema,
  CardSchema,
  MatcherDataSchema,
  PassageRequestSchema,
  SourceRequestSchema,
  SourceViewSchema,
} from './overlay-schemas';
import {
  ActorIdsSchema,
  ActorNamesSchema,
  SearchAnswerSchema,
  SearchFacetsSchema,
  SearchRequestSchema,
} from './search-schemas';
import { SourceEntrySchema } from './source-schemas';
import {
  AddArticleSchema,
  ArticleRequestSchema,
  ImportRequestSchema,
  LibraryChangeSchema,
  LibraryExportSchema,
  LibraryListSchema,
} from './library-schemas';

type Schema = v.GenericSchema;

export const messages = {
  /** Counts of the bundled knowledge base: proves the KB loaded and gives the pages something to say. */
  getKbSummary: { data: v.undefined(), result: KbSummarySchema },
  /** The compiled matcher the content script marks pages with. */
  getMatcher: { data: v.undefined(), result: MatcherDataSchema },
  /** The card of one KB actor or term, filtered to the reader's selected sources; null when unknown. */
  getCard: { data: CardRequestSchema, result: v.nullable(CardSchema) },
  /** Opens the reader page on a passage, in a new tab (a content script cannot open extension pages). */
  openPassage: { data: PassageRequestSchema, result: v.undefined() },
  /** One source for the reader page; null when the KB has no such source. */
  getSource: { data: SourceRequestSchema, result: v.nullable(SourceViewSchema) },
  /** The popup's corpus search: grouped hits, without the sources the reader switched off. */
  search: { data: SearchRequestSchema, result: SearchAnswerSchema },
  /** The topics and selected sources the popup's search can be filtered by. */
  searchFacets: { data: v.undefined(), result: SearchFacetsSchema },
  /** Names and types of KB actors, for the popup's "On this page" (unknown ids are left out). */
  actorNames: { data: ActorIdsSchema, result: ActorNamesSchema },
  /** Every corpus source, without its text: the options page's source selection lists them. */
  getSources: { data: v.undefined(), result: v.array(SourceEntrySchema) },
  /** The reader's own articles (newest first, without texts) and what could not be used. */
  listArticles: { data: v.undefined(), result: LibraryListSchema },
  /** Adds an article (page, paste or file) and rebuilds the KB with it; answers once search sees it. */
  addArticle: { data: AddArticleSchema, result: LibraryChangeSchema },
  /** Deletes one of the reader's articles (or a damaged stored record) and rebuilds the KB without it. */
  deleteArticle: { data: ArticleRequestSchema, result: LibraryChangeSchema },
  /** The export file of the reader's articles: its name and text. */
  exportArticles: { data: v.undefined(), result: LibraryExportSchema },
  /** An export file's text into the library, all or nothing; on error nothing changes. */
  importArticles: { data: ImportRequestSchema, result: LibraryChangeSchema },
} satisfies Record<string, { data: Schema; result: Schema }>;

export type MessageType = keyof typeof messages;
export type MessageData<T extends MessageType> = v.InferInput<(typeof messages)[T]['data']>;
export type MessageResult<T extends MessageType> = v.InferOutput<(typeof messages)[T]['result']>;

export type ProtocolMap = {
  [T in MessageType]: (data: MessageData<T>) => MessageResult<T>;
};

const messenger = defineExtensionMessaging<ProtocolMap>();

type RequestArgs<T extends MessageType> = MessageData<T> extends undefined ? [] : [data: MessageData<T>];

/**
 * Sends a request to the background and checks the answer before handing it on. A ValiError here means
 * the two sides disagree about the protocol, which is a bug worth surfacing rather than rendering.
 */
export async function request<T extends MessageType>(
  type: T,
  ...args: RequestArgs<T>
): Promise<MessageResult<T>> {
  // The messenger's overloads cannot follow the generic T; `messages` keeps the pairing honest instead.
  const send = messenger.sendMessage as (type: MessageType, data: unknown) => Promise<unknown>;
  const answer = await send(type, args[0]);
  return v.parse(messages[type].result, answer) as MessageResult<T>;
}

/** Answers one message type in the background. The data is validated before `handler` sees it. */
export function handle<T extends MessageType>(
  type: T,
  handler: (
    data: v.InferOutput<(typeof messages)[T]['data']>,
  ) => Promise<MessageResult<T>> | MessageResult<T>,
): () => void {
  // As in `request`: the generic T defeats the messenger's mapped types, so it is typed by `messages`.
  const listen = messenger.onMessage as (
    type: MessageType,
    listener: (message: { data: unknown }) => unknown,
  ) => () => void;
  return listen(type, (message) => handler(v.parse(messages[type].data, message.data)));
}
