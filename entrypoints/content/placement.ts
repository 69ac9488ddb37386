// Places the card beside a mark with floating-ui: the mark's Range is the reference, `inline()` picks
// the line the pointer is on when a name wraps, `flip()` and `shift()` keep the card on screen, and
// the offset keeps it off the line, so the card never covers the name it explains. On a phone-wide
// screen it is a sheet above or below the mark instead (sheet.ts).
import { autoUpdate, computePosition, flip, inline, offset, shift } from '@floating-ui/dom';
import { SHEET_MAX_WIDTH, sheetFor } from './sheet';

export function place(range: Range, card: HTMLElement, pointer?: { x: number; y: number }): () => void {
  const reference = {
    getBoundingClientRect: () => range.getBoundingClientRect(),
    getClientRects: () => range.getClientRects(),
    // Lets autoUpdate follow the scrolling ancestors of the text.
    contextElement: (range.startContainer.parentElement ?? undefined) as Element | undefined,
  };
  const view = card.ownerDocument.defaultView ?? window;
  const set = (styles: Record<string, string>) => Object.assign(card.style, styles);
  const update = () => {
    if (view.innerWidth <= SHEET_MAX_WIDTH) {
      const { edge, maxHeight } = sheetFor(range.getBoundingClientRect(), view.innerHeight);
      card.dataset.sheet = edge;
      set({
        left: '0',
        top: edge === 'top' ? '0' : 'auto',
        bottom: edge === 'bottom' ? '0' : 'auto',
        maxHeight: `${maxHeight}px`,
      });
      return;
    }
    delete card.dataset.sheet;
    set({ bottom: 'auto', maxHeight: '' });
    void computePosition(reference, card, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [inline(pointer), offset(6), flip({ padding: 8 }), shift({ padding: 8 })],
    }).then(({ x, y }) => {
      // A resize back to a phone width while this was computed: the sheet's place stands.
      if (card.dataset.sheet) return;
      card.style.left = `${Math.round(x)}px`;
      card.style.top = `${Math.round(y)}px`;
    });
  };
  return autoUpdate(reference, card, update, { animationFrame: false });
}
