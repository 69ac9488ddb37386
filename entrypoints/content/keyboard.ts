// Keyboard access: the next and previous mark (the browser's commands, relayed by the background to
// content/commands.ts) open each one's card with focus in it; Esc closes the card and puts focus back.
// The page's own keys are the page's: the only key read here is Esc, and only while a card is open.
import type { CardController } from './card/controller';
import type { Mark, MarkSet } from './marks';

/** Steps through the marks in reading order, wrapping; false when the page shows none. */
export type Stepper = (dir: 1 | -1) => boolean;

export function markStepper(marks: MarkSet, cards: CardController): Stepper {
  let cursor: Mark | null = null;
  return (dir) => {
    const list = marks.ordered().filter((m) => m.range.getClientRects().length > 0);
    if (!list.length) return false;
    const from = cards.current ?? cursor;
    const at = from ? list.indexOf(from) : -1;
    const next = list[at < 0 ? (dir > 0 ? 0 : list.length - 1) : (at + dir + list.length) % list.length]!;
    cursor = next;
    const rect = next.range.getBoundingClientRect();
    if (rect.top < 0 || rect.bottom > innerHeight) {
      next.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    }
    cards.open(next, 'keyboard');
    return true;
  };
}

export function watchEscape(doc: Document, cards: CardController, signal: AbortSignal): void {
  doc.addEventListener(
    'keydown',
    (e) => {
      if (e.key !== 'Escape' || !cards.current) return;
      const fromCard = cards.contains(e.composedPath());
      cards.close(true);
      // The page's own Esc handler (closing its menu) should not also fire for our card.
      if (fromCard) e.stopPropagation();
    },
    { capture: true, signal },
  );
}
