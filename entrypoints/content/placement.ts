// Places the card beside a mark with floating-ui: the mark's Range is the reference, `inline()` picks
// the line the pointer is on when a name wraps, `flip()` and `shift()` keep the card on screen, and
// the offset keeps it off the line, so the card never covers the name it explains.
import { autoUpdate, computePosition, flip, inline, offset, shift } from '@floating-ui/dom';

export function place(range: Range, card: HTMLElement, pointer?: { x: number; y: number }): () => void {
  const reference = {
    getBoundingClientRect: () => range.getBoundingClientRect(),
    getClientRects: () => range.getClientRects(),
    // Lets autoUpdate follow the scrolling ancestors of the text.
    contextElement: (range.startContainer.parentElement ?? undefined) as Element | undefined,
  };
  const update = () =>
    void computePosition(reference, card, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [inline(pointer), offset(6), flip({ padding: 8 }), shift({ padding: 8 })],
    }).then(({ x, y }) => {
      card.style.left = `${Math.round(x)}px`;
      card.style.top = `${Math.round(y)}px`;
    });
  return autoUpdate(reference, card, update, { animationFrame: false });
}
