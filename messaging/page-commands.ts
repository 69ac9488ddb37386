// The background's relay of a keyboard command (utils/commands.ts) to the active tab's content script:
// sent with tabs.sendMessage like the popup's page questions (page-queries.ts), checked where it
// arrives, and answered synchronously with whether the page did anything with it.
import * as v from 'valibot';
import { PAGE_COMMANDS } from '@/utils/commands';

export const PAGE_COMMAND = 'footnote:command';

export const PageCommandMessageSchema = v.object({
  type: v.literal(PAGE_COMMAND),
  command: v.picklist(PAGE_COMMANDS),
});
export type PageCommandMessage = v.InferOutput<typeof PageCommandMessageSchema>;

/** True when the page acted (a mark reached, the marks switched); false when it had nothing to do. */
export const PageCommandAnswerSchema = v.boolean();
