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

/**
 * Whether the reader is in this frame: a step goes to every frame of the tab, and only the one with
 * focus steps through its own marks, as a key press would have reached only it. The top frame acts
 * unless focus is inside one of its frames; a frame acts while it has focus itself.
 */
function focusedHere(doc: Document): boolean {
  const active = doc.activeElement;
  if (active && /^(IFRAME|FRAME)$/.test(active.tagName)) return false;
  return window === window.top || doc.hasFocus();
}

/** Answers the relayed commands until `signal` aborts; other messages are left to other listeners. */
export function answerCommands(target: CommandTarget, signal: AbortSignal, doc = document): void {
  const listener: MessageListener = (message, _sender, sendResponse) => {
    const parsed = v.safeParse(PageCommandMessageSchema, message);
    if (!parsed.success) return undefined;
    const { command } = parsed.output;
    // Every frame switches its own marks, so the whole page goes quiet; a frame without focus leaves
    // a step unanswered, and the tab's answer is the focused frame's.
    if (command === 'toggle-marks') sendResponse(target.toggle());
    else if (focusedHere(doc)) sendResponse(target.step(command === 'next-mark' ? 1 : -1));
    return undefined;
  };
  listenUntil(listener, signal);
}
