// "On this page" (the popup, issue #4): which actors this page marks and how often, and showing one:
// scroll to its first mention and flash it with a temporary highlight in the CSS Highlight registry,
// so the page's DOM is never touched (no wrapper, no class, no focus moved).
import * as v from 'valibot';
import { listenUntil, type MessageListener } from '@/messaging/native-runtime';
import { MENTIONS_QUERY, ShowMentionSchema, type PageActors } from '@/messaging/page-queries';
import type { MarkSet } from './marks';

export const FLASH_HIGHLIGHT = 'footnote-flash';
const FLASH_MS = 1600;

/** Live marks counted per actor, most mentioned first. */
export function mentionCounts(marks: MarkSet): PageActors {
  const counts = new Map<string, number>();
  for (const m of marks.ordered()) counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([id, count]) => ({ id, count }));
}

/** Scrolls the first mention of `id` into view and flashes it; false when the page has none. */
export function showMention(marks: MarkSet, id: string): boolean {
  const mark = marks.ordered().find((m) => m.id === id);
  if (!mark) return false;
  // Smooth only where it is seen: Firefox drops a smooth scroll begun in a hidden tab (the popup
  // opened as a tab of its own hides the page), and a reader may ask for less motion.
  const still =
    document.visibilityState === 'hidden' || matchMedia('(prefers-reduced-motion: reduce)').matches;
  mark.nodes[0]?.parentElement?.scrollIntoView({ block: 'center', behavior: still ? 'instant' : 'smooth' });
  if (typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function') {
    const flash = new Highlight(mark.range);
    flash.priority = 2;
    CSS.highlights.set(FLASH_HIGHLIGHT, flash);
    setTimeout(() => {
      if (CSS.highlights.get(FLASH_HIGHLIGHT) === flash) CSS.highlights.delete(FLASH_HIGHLIGHT);
    }, FLASH_MS);
  }
  return true;
}

/** Answers the popup's page questions in the top frame; other messages are left to other listeners. */
export function answerPageQueries(marks: MarkSet, signal: AbortSignal): void {
  if (window !== window.top) return;
  const listener: MessageListener = (message, _sender, sendResponse) => {
    const type = (message as { type?: unknown } | null)?.type;
    if (type === MENTIONS_QUERY) sendResponse(mentionCounts(marks));
    else {
      const show = v.safeParse(ShowMentionSchema, message);
      if (show.success) sendResponse(showMention(marks, show.output.id));
    }
    return undefined;
  };
  listenUntil(listener, signal);
}
