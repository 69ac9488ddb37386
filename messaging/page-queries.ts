// The popup's questions to the active tab's content script for "On this page" (issue #4). Sent with
// tabs.sendMessage, like the site question, so the popup needs no `tabs` permission; answered
// synchronously by the top frame's content script (entrypoints/content/on-page.ts).
import * as v from 'valibot';

/** → `PageActors`: the actors marked in the page, with how many times each is mentioned. */
export const MENTIONS_QUERY = 'footnote:mentions';
/** { type, id } → boolean: scrolls to the actor's first mention and flashes it. */
export const SHOW_MENTION = 'footnote:show-mention';

export const PageActorsSchema = v.pipe(
  v.array(v.object({ id: v.string(), count: v.pipe(v.number(), v.integer(), v.minValue(1)) })),
  v.maxLength(500),
);
export type PageActors = v.InferOutput<typeof PageActorsSchema>;

export const ShowMentionSchema = v.object({
  type: v.literal(SHOW_MENTION),
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
});
