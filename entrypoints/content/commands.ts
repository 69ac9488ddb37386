// The keyboard commands the background relays (background/commands.ts): the browser owns the keys, so
// this script reads none of them and a text field or a page's own shortcuts are never disturbed.
import * as v from 'valibot';
import { listenUntil, type MessageListener } from '@/messaging/native-runtime';
import { PageCommandMessageSchema } from '@/messaging/page-commands';

export interface CommandTarget {
  /** Next (1) or previous (-1) mark, its card opened; false when the page shows no mark. */
  step(dir: 1 | -1): boolean;
  /** Marks off or on for this page; true when it switched. */
  toggle(): boolean;
}

/** Answers the relayed commands until `signal` aborts; other messages are left to other listeners. */
export function answerCommands(target: CommandTarget, signal: AbortSignal): void {
  const listener: MessageListener = (message, _sender, sendResponse) => {
    const parsed = v.safeParse(PageCommandMessageSchema, message);
    if (!parsed.success) return undefined;
    const { command } = parsed.output;
    // Stepping is the top frame's (the background sends it there); a frame switches its own marks.
    if (command === 'toggle-marks') sendResponse(target.toggle());
    else sendResponse(target.step(command === 'next-mark' ? 1 : -1));
    return undefined;
  };
  listenUntil(listener, signal);
}
