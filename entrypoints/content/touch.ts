// Touch has no hover, so a tap on a mark opens its card and a tap elsewhere closes it. A tap on a
// mark inside a link stays the link's: the reader expects to follow it. Such a mark opens its card on
// a long press instead, without cancelling the browser's own long-press menu (open in a new tab,
// copy the link): the card waits beneath that menu. A finger put down to scroll opens and closes
// nothing, since only a tap makes a click.
import type { CardController } from './card/controller';
import type { Mark } from './marks';

export const LONG_PRESS_MS = 500;
/** How far a finger may drift and still be pressing, not scrolling (px). */
const SLOP = 10;

/** Whether the mark's text is part of a link, whose tap must stay the page's. */
export const linked = (mark: Mark): boolean => !!mark.range.startContainer.parentElement?.closest('a[href]');

export function watchTouch(
  doc: Document,
  hit: (x: number, y: number) => Mark | null,
  cards: CardController,
  enabled: () => boolean,
  signal: AbortSignal,
): void {
  let touch = false;
  let pressed = false;
  let press: { timer: ReturnType<typeof setTimeout>; x: number; y: number } | null = null;
  const release = () => {
    if (press) clearTimeout(press.timer);
    press = null;
  };
  const longPress = (mark: Mark, x: number, y: number) => {
    release();
    pressed = true;
    cards.open(mark, 'touch', { x, y });
  };
  const on = <K extends keyof DocumentEventMap>(
    type: K,
    listener: (e: DocumentEventMap[K]) => void,
    passive = true,
  ) => doc.addEventListener(type, listener, { capture: true, passive, signal });

  on('pointerdown', (e) => {
    release();
    touch = e.pointerType === 'touch';
    pressed = false;
    if (!touch || !e.isPrimary || !enabled()) return;
    const mark = hit(e.clientX, e.clientY);
    if (!mark || !linked(mark)) return;
    const { clientX: x, clientY: y } = e;
    press = { x, y, timer: setTimeout(() => longPress(mark, x, y), LONG_PRESS_MS) };
  });
  on('pointermove', (e) => {
    if (press && Math.hypot(e.clientX - press.x, e.clientY - press.y) > SLOP) release();
  });
  on('pointerup', release);
  on('pointercancel', release);
  // Browsers that open their menu before our timer runs out say so with this event: the card opens
  // then, and the menu is left to show.
  on('contextmenu', (e) => {
    if (!touch || pressed || !enabled()) return;
    const mark = hit(e.clientX, e.clientY);
    if (mark && linked(mark)) longPress(mark, e.clientX, e.clientY);
  });
  on(
    'click',
    (e) => {
      if (!touch) return;
      // The lift that ends a long press is no tap on the link (where a browser makes it a click).
      if (pressed) {
        pressed = false;
        e.preventDefault();
        return;
      }
      if (cards.contains(e.composedPath())) return;
      const mark = enabled() ? hit(e.clientX, e.clientY) : null;
      if (mark && !linked(mark)) cards.open(mark, 'touch', { x: e.clientX, y: e.clientY });
      else if (cards.current && !cards.isPinned) cards.close(false);
    },
    false,
  );
  signal.addEventListener('abort', release, { once: true });
}
