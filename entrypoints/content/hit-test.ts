// Which mark is under the pointer. The marks are ranges, not elements, so there is no event target to
// ask: the caret position under the pointer names a text node, and the mark's client rects confirm
// the pointer is really on the text (a caret position exists for a point far right of a line's end).
import type { Mark, MarkSet } from './marks';

interface Caret {
  node: Node;
  offset: number;
}

function caretAt(doc: Document, x: number, y: number, shadowRoots: ShadowRoot[]): Caret | null {
  const d = doc as Document & {
    caretPositionFromPoint?(
      x: number,
      y: number,
      options?: { shadowRoots?: ShadowRoot[] },
    ): { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?(x: number, y: number): Range | null;
  };
  if (d.caretPositionFromPoint) {
    const p = d.caretPositionFromPoint(x, y, shadowRoots.length ? { shadowRoots } : undefined);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  // Chrome before 128.
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

const inside = (rect: DOMRect, x: number, y: number) =>
  x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1;

export function markAt(
  doc: Document,
  marks: MarkSet,
  x: number,
  y: number,
  shadowRoots: ShadowRoot[] = [],
): Mark | null {
  const caret = caretAt(doc, x, y, shadowRoots);
  if (!caret || caret.node.nodeType !== 3) return null;
  for (const mark of marks.at(caret.node as Text)) {
    for (const rect of mark.range.getClientRects()) if (inside(rect, x, y)) return mark;
  }
  return null;
}
