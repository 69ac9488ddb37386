// Turns a DOM subtree into blocks of text the matcher can read whole: "Volodymyr <b>Zelensky</b>" is
// one string, while two paragraphs stay two strings, so a name never runs across a paragraph break.
// Reads the DOM only; nothing is written.

export interface Block {
  text: string;
  /** The text nodes the block is made of, in order, and where each starts in `text`. */
  nodes: Text[];
  starts: number[];
}

// Elements whose text is not prose the reader is reading: form fields (a search box holding "Putin"),
// code, and what is never rendered as text. Their whole subtree is left out.
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'CODE',
  'PRE',
  'KBD',
  'SAMP',
  'SVG',
  'svg',
  'MATH',
  'math',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'HEAD',
  'TITLE',
]);

// Inline elements join their text to the surrounding block. Anything else, including unknown custom
// elements (often used as cards and teasers), starts a new block: a name split across two teasers is
// not a name.
const INLINE = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'BIG',
  'CITE',
  'DATA',
  'DEL',
  'DFN',
  'EM',
  'FONT',
  'I',
  'INS',
  'LABEL',
  'MARK',
  'NOBR',
  'Q',
  'S',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'TT',
  'U',
  'VAR',
  'WBR',
]);

// A <br> ends a line: more than the matcher's three characters of white space, so "Vladimir<br>Putin"
// (a byline, a caption) is two lines, not one name.
const LINE_BREAK = '\n\n\n\n';

/** Whether an element joins its text to the surrounding block. */
export const isInline = (el: Element): boolean => INLINE.has(el.tagName);

/** Whether an element's subtree is left out of scanning (see SKIP; editable regions too). */
export function skipped(el: Element, ownHost?: Element | null): boolean {
  if (el === ownHost || SKIP.has(el.tagName)) return true;
  // A comment box or an editor: marking the user's own typing would be noise, and its ranges would
  // move under the caret.
  return el.hasAttribute('contenteditable') && (el as HTMLElement).isContentEditable !== false;
}

/** Whether `node` lies inside a skipped element (for roots handed in by the mutation observer). */
export function insideSkipped(node: Node, ownHost?: Element | null): boolean {
  for (let el = node instanceof Element ? node : node.parentElement; el; el = el.parentElement) {
    if (skipped(el, ownHost)) return true;
    if ((el as HTMLElement).isContentEditable) return true;
  }
  return false;
}

/** The nearest ancestor that is not an inline element: the block a text node's sentence lives in. */
export function blockOf(node: Node): Element | null {
  let el = node instanceof Element ? node : node.parentElement;
  while (el && INLINE.has(el.tagName) && el.parentElement) el = el.parentElement;
  return el;
}

// How many nodes the walk may visit between two pause points. The kudos list of an
// archive-of-our-own page (3,700 links in one block) took 80 ms in one go; 500 nodes take well under 8.
const PAUSE_EVERY = 500;

/**
 * Walks `root` and yields its blocks one by one, and `null` every few hundred nodes inside a long
 * block, so a caller can pause anywhere (idle-time scanning). Open shadow roots met on the way are
 * handed to `onShadowRoot`; their text is scanned as roots of their own, since a tree walker does not
 * enter them.
 */
export function* collectBlocks(
  root: Node,
  options: { ownHost?: Element | null; onShadowRoot?: (root: ShadowRoot) => void } = {},
): Generator<Block | null> {
  const doc = root.ownerDocument ?? (root as Document);
  // No filter callback: a call from the walker into script for every element costs more than
  // skipping a rejected subtree by hand.
  const walker = doc.createTreeWalker(root, 1 | 4 /* SHOW_ELEMENT | SHOW_TEXT */);
  let current: Block | undefined;
  let currentBlock: Element | null = null;
  let visited = 0;
  const flush = function* () {
    if (current && /[\p{L}\p{N}]/u.test(current.text)) yield current;
    current = undefined;
  };
  /** The node after `node`'s subtree, or null at the end of `root`. */
  const skipSubtree = (node: Node): Node | null => {
    walker.currentNode = node;
    for (;;) {
      const next = walker.nextSibling();
      if (next) return next;
      const parent = walker.parentNode();
      if (!parent || parent === root) return null;
    }
  };
  let node: Node | null = walker.nextNode();
  while (node) {
    if (++visited % PAUSE_EVERY === 0) yield null;
    if (node.nodeType === 1) {
      const el = node as Element;
      if (skipped(el, options.ownHost)) {
        // What stands in for the skipped text also parts the words around it: "Vladimir <code>x</code>
        // Putin" is not the name.
        if (current && el.parentNode && blockOf(el.parentNode) === currentBlock) current.text += LINE_BREAK;
        node = skipSubtree(el);
        continue;
      }
      if (el.shadowRoot && options.onShadowRoot) options.onShadowRoot(el.shadowRoot);
      if (el.tagName === 'BR' && current) current.text += LINE_BREAK;
      // A block element opening inside the current block ("<div>text <p>para</p> more</div>") ends
      // the current run; its own text starts a new one.
      else if (!INLINE.has(el.tagName) && current) {
        yield* flush();
        currentBlock = null;
      }
      node = walker.nextNode();
      continue;
    }
    const text = node as Text;
    const block = blockOf(text);
    if (block !== currentBlock || !current) {
      yield* flush();
      current = { text: '', nodes: [], starts: [] };
      currentBlock = block;
    }
    current.nodes.push(text);
    current.starts.push(current.text.length);
    current.text += text.data;
    node = walker.nextNode();
  }
  yield* flush();
}

/** The DOM position of offset `at` in `block` (end positions stay in the node they end). */
export function positionIn(block: Block, at: number, isEnd: boolean): { node: Text; offset: number } {
  const { nodes, starts } = block;
  let lo = 0;
  let hi = nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    // An end offset equal to a node's start belongs to the previous node: "Putin" ends in its node.
    if (isEnd ? starts[mid]! < at : starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  const node = nodes[lo]!;
  return { node, offset: Math.min(Math.max(at - starts[lo]!, 0), node.data.length) };
}
