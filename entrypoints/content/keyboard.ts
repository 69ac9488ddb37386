// Keyboard access: Alt+Shift+→ / ← step through the marks and open each one's card with focus in it,
// Alt+Shift+F switches the marks off and on for this page, Esc closes the card and puts focus back.
// event.code, not event.key: Alt changes the character on macOS (Alt+Shift+F types "Ï").
import type { CardController } from './card/controller';
import type { Mark, MarkSet } from './marks';

export interface KeyboardActions {
  toggle(): void;
  enabled(): boolean;
}

const editable = (t: EventTarget | null) =>
  t instanceof Element &&
  (/^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName) || (t as HTMLElement).isContentEditable);

export function watchKeyboard(
  doc: Document,
  marks: MarkSet,
  cards: CardController,
  actions: KeyboardActions,
  signal: AbortSignal,
): void {
  let cursor: Mark | null = null;

  const step = (dir: 1 | -1) => {
    const list = marks.ordered().filter((m) => m.range.getClientRects().length > 0);
    if (!list.length) return;
    const from = cards.current ?? cursor;
    const at = from ? list.indexOf(from) : -1;
    const next = list[at < 0 ? (dir > 0 ? 0 : list.length - 1) : (at + dir + list.length) % list.length]!;
    cursor = next;
    const rect = next.range.getBoundingClientRect();
    if (rect.top < 0 || rect.bottom > innerHeight) {
      next.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    }
    cards.open(next, 'keyboard');
  };

  doc.addEventListener(
    'keydown',
    (e) => {
      if (e.key === 'Escape' && cards.current) {
        const fromCard = cards.contains(e.composedPath());
        cards.close(true);
        // The page's own Esc handler (closing its menu) should not also fire for our card.
        if (fromCard) e.stopPropagation();
        return;
      }
      if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey) return;
      // Alt+Shift+arrows select by word in text fields: leave those alone.
      if (editable(e.target) && !cards.contains(e.composedPath())) return;
      if (e.code === 'KeyF') {
        e.preventDefault();
        actions.toggle();
      } else if (actions.enabled() && (e.code === 'ArrowRight' || e.code === 'ArrowLeft')) {
        e.preventDefault();
        step(e.code === 'ArrowRight' ? 1 : -1);
      }
    },
    { capture: true, signal },
  );
}
