// Hovering a mark opens its card after a short dwell (a pointer passing over a line of names opens
// nothing); leaving it closes the card after a grace period, long enough to move into the card.
// Touch, which has no hover, is touch.ts's.
import type { CardController } from './card/controller';
import { markAt } from './hit-test';
import type { Mark, MarkSet } from './marks';
import { followReading } from './reading';
import { modifierHeld } from '@/utils/reading';

/** The default dwell; the reader's Reading options may set another. */
export const DWELL_MS = 300;
export const GRACE_MS = 400;

export function watchPointer(
  doc: Document,
  marks: MarkSet,
  cards: CardController,
  shadowRoots: () => ShadowRoot[],
  enabled: () => boolean,
  signal: AbortSignal,
): void {
  let last: PointerEvent | null = null;
  let frame = 0;
  let dwell: ReturnType<typeof setTimeout> | undefined;
  let grace: ReturnType<typeof setTimeout> | undefined;
  let hovered: Mark | null = null;
  const reading = followReading(signal);

  const cancel = (t: ReturnType<typeof setTimeout> | undefined) => t !== undefined && clearTimeout(t);

  const leave = () => {
    if (!cards.current || cards.isPinned || cards.openedBy !== 'pointer' || grace !== undefined) return;
    grace = setTimeout(() => {
      grace = undefined;
      if (!cards.isPinned && cards.openedBy === 'pointer') cards.close(false);
    }, GRACE_MS);
  };

  const check = () => {
    frame = 0;
    const e = last;
    if (!e || signal.aborted || !enabled()) return;
    if (cards.contains(e.composedPath())) {
      cancel(grace);
      grace = undefined;
      cancel(dwell);
      hovered = null;
      return;
    }
    const mark = markAt(doc, marks, e.clientX, e.clientY, shadowRoots());
    if (mark === hovered) return;
    hovered = mark;
    cancel(dwell);
    if (!mark) return leave();
    if (mark === cards.current) {
      cancel(grace);
      grace = undefined;
      return;
    }
    // With a modifier key chosen, hovering without it opens nothing (the keyboard shortcut still does).
    if (!modifierHeld(reading(), e)) {
      hovered = null;
      return;
    }
    const at = { x: e.clientX, y: e.clientY };
    dwell = setTimeout(() => {
      if (hovered !== mark || !marks.isLive(mark)) return;
      // A pinned card stays until closed: hovering elsewhere does not replace it.
      if (cards.isPinned) return;
      cancel(grace);
      grace = undefined;
      cards.open(mark, 'pointer', at);
    }, reading().hoverDelay);
  };

  doc.addEventListener(
    'pointermove',
    (e) => {
      if (e.pointerType === 'touch') return;
      last = e;
      // One hit test a frame, however fast the pointer moves.
      if (!frame) frame = requestAnimationFrame(check);
    },
    { capture: true, passive: true, signal },
  );
  // A click elsewhere closes an unpinned card, as with any popover. A touch closes it on its tap
  // instead (touch.ts): a finger put down to scroll the page is no "elsewhere".
  doc.addEventListener(
    'pointerdown',
    (e) => {
      if (e.pointerType === 'touch') return;
      if (cards.current && !cards.isPinned && !cards.contains(e.composedPath())) cards.close(false);
    },
    { capture: true, passive: true, signal },
  );
  signal.addEventListener(
    'abort',
    () => {
      cancel(dwell);
      cancel(grace);
      if (frame) cancelAnimationFrame(frame);
    },
    { once: true },
  );
}
