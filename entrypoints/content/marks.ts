// The marks on a page: a Range per mention, shown through the CSS Custom Highlight API so the page's
// DOM is never touched (no <mark> wrappers a React page would fight with). Also the lookups the
// pointer and the keyboard need: which mark holds a text node, and the marks in reading order.

export interface Mark {
  range: Range;
  id: string;
  /** A common-word surname ("Trump"): shown only while the page names the same actor safely. */
  weak: boolean;
  nodes: Text[];
}

export const MARK_HIGHLIGHT = 'footnote-mark';
export const ACTIVE_HIGHLIGHT = 'footnote-active';

/** The reader's highlight style (utils/reading.ts): how marks look until one is hovered or stepped to. */
export type MarkStyle = 'background' | 'underline' | 'none';

// One registry name per style, each with its own rule in highlights.css: switching the style swaps the
// name the marks are registered under, so the page's DOM is still never touched. 'none' keeps the
// ranges registered under a name no rule styles, so a page probe can still count them.
export const STYLE_HIGHLIGHTS: Record<MarkStyle, string> = {
  background: MARK_HIGHLIGHT,
  underline: 'footnote-mark-underline',
  none: 'footnote-mark-plain',
};

// Firefox ESR 140+ and Chrome 105+ have the API; elsewhere marks still exist (hover and keyboard
// work) but are not drawn.
const highlightsSupported = () =>
  typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

export class MarkSet {
  private readonly all = new Set<Mark>();
  private readonly byNode = new Map<Text, Mark[]>();
  private readonly strong = new Map<string, number>();
  private readonly shown: Highlight | undefined;
  private readonly active: Highlight | undefined;
  private visible = true;
  private registered = false;
  private style: MarkStyle = 'background';

  constructor() {
    if (highlightsSupported()) {
      this.shown = new Highlight();
      this.active = new Highlight();
      // Above other highlights (a page's own search highlights), so the active mark reads as active.
      this.active.priority = 1;
    }
  }

  get size(): number {
    return this.all.size;
  }

  add(mark: Mark): void {
    this.all.add(mark);
    for (const n of mark.nodes) {
      const list = this.byNode.get(n);
      if (list) list.push(mark);
      else this.byNode.set(n, [mark]);
    }
    if (mark.weak) {
      if (this.strong.get(mark.id)) this.shown?.add(mark.range);
      return;
    }
    const count = (this.strong.get(mark.id) ?? 0) + 1;
    this.strong.set(mark.id, count);
    this.shown?.add(mark.range);
    // The first safe mention ("President Trump") confirms the bare surname wherever the page used it.
    if (count === 1) for (const m of this.all) if (m.weak && m.id === mark.id) this.shown?.add(m.range);
  }

  /** Removes the marks for which `test` holds (inside a re-rendered block, or no longer in the page). */
  removeWhere(test: (mark: Mark) => boolean): void {
    for (const mark of this.all) {
      if (!test(mark)) continue;
      this.all.delete(mark);
      this.shown?.delete(mark.range);
      this.active?.delete(mark.range);
      for (const n of mark.nodes) {
        const list = this.byNode.get(n)?.filter((m) => m !== mark);
        if (list?.length) this.byNode.set(n, list);
        else this.byNode.delete(n);
      }
      if (mark.weak) continue;
      const left = (this.strong.get(mark.id) ?? 1) - 1;
      this.strong.set(mark.id, left);
      // The last safe mention gone (re-rendered away), the bare surname is a common word again.
      if (!left) for (const m of this.all) if (m.weak && m.id === mark.id) this.shown?.delete(m.range);
    }
  }

  clear(): void {
    this.removeWhere(() => true);
  }

  /** Marks the reader may act on: weak ones only when confirmed. */
  isLive(mark: Mark): boolean {
    return this.all.has(mark) && (!mark.weak || (this.strong.get(mark.id) ?? 0) > 0);
  }

  at(node: Text): Mark[] {
    return (this.byNode.get(node) ?? []).filter((m) => this.isLive(m));
  }

  /** Live marks in document order (for stepping through them with the keyboard). */
  ordered(): Mark[] {
    return [...this.all].filter((m) => this.isLive(m)).sort(byPosition);
  }

  setActive(mark: Mark | null): void {
    this.active?.clear();
    if (mark) this.active?.add(mark.range);
  }

  /** Registers (or withdraws) the highlights in the document's registry. */
  show(on: boolean): void {
    this.visible = on;
    if (!this.shown || !this.active) return;
    this.registered = on;
    if (on) {
      CSS.highlights.set(STYLE_HIGHLIGHTS[this.style], this.shown);
      CSS.highlights.set(ACTIVE_HIGHLIGHT, this.active);
    } else {
      CSS.highlights.delete(STYLE_HIGHLIGHTS[this.style]);
      CSS.highlights.delete(ACTIVE_HIGHLIGHT);
    }
  }

  /** Draws the marks in another style; at once when they are showing, else from the next show(). */
  setStyle(style: MarkStyle): void {
    if (style === this.style) return;
    if (this.registered && this.shown) {
      CSS.highlights.delete(STYLE_HIGHLIGHTS[this.style]);
      CSS.highlights.set(STYLE_HIGHLIGHTS[style], this.shown);
    }
    this.style = style;
  }

  get showing(): boolean {
    return this.visible;
  }
}

/** The node a range's text is laid out at in the document: its own, or the host of its shadow tree. */
function anchor(range: Range): Node {
  let node: Node = range.startContainer;
  for (let root = node.getRootNode(); root instanceof ShadowRoot; root = node.getRootNode()) node = root.host;
  return node;
}

function byPosition(a: Mark, b: Mark): number {
  try {
    return a.range.compareBoundaryPoints(Range.START_TO_START, b.range);
  } catch {
    // Ranges in different trees (a page's shadow root and the document) cannot be compared: their
    // hosts can. (The Keir Starmer of the e2e news page sits in a shadow root.)
    const x = anchor(a.range);
    const y = anchor(b.range);
    if (x === y) return 0;
    return x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  }
}
