// What the sweep reads from a page as the page itself sees it: the content script's figures (its
// debug console line, the one `npm run bench` reads too) and the marked ranges with their context.
// The actor behind each mark is worked out in Node (marks.ts), with the same matcher and data.

export interface ScanFigures {
  marks: number;
  /** Building the matcher (ms), one task before the first slice. */
  setup: number;
  /** Main-thread time in scan slices (ms), cumulative over the page's life. */
  busy: number;
  /** The longest slice (ms). */
  longest: number;
  slices: number;
}

/** The top frame's figures from a console line of the content script, or null for any other line. */
export function parseFigures(line: string): ScanFigures | null {
  const m = /^\[footnote\] marks (\{.*\})$/.exec(line);
  if (!m) return null;
  try {
    const f = JSON.parse(m[1]!) as Partial<ScanFigures> & { top?: boolean };
    if (!f.top) return null;
    const num = (x: unknown) => (typeof x === 'number' && Number.isFinite(x) ? x : 0);
    return {
      marks: num(f.marks),
      setup: num(f.setup),
      busy: num(f.busy),
      longest: num(f.longest),
      slices: num(f.slices),
    };
  } catch {
    return null;
  }
}

export interface MarkContext {
  text: string;
  /** The block's text around the mark, and where the mark starts in it. */
  context: string;
  at: number;
}

/**
 * Runs in the page (page.evaluate): every range of the marks highlight with up to 80 characters of
 * its block's text either side. Self-contained, since it is serialised into the page.
 */
export function readMarks(): MarkContext[] {
  const inline =
    /^(A|ABBR|B|BDI|BDO|BIG|CITE|DATA|DEL|DFN|EM|FONT|I|INS|LABEL|MARK|NOBR|Q|S|SMALL|SPAN|STRONG|SUB|SUP|TIME|TT|U|VAR|WBR)$/;
  const h = CSS.highlights.get('footnote-mark');
  if (!h) return [];
  const out: MarkContext[] = [];
  for (const r of h) {
    const range = r as Range;
    const text = range.toString();
    let block: Node | null = range.startContainer.parentElement ?? range.startContainer;
    while (block instanceof Element && inline.test(block.tagName) && block.parentElement)
      block = block.parentElement;
    const before = document.createRange();
    const after = document.createRange();
    try {
      before.setStart(block ?? range.startContainer, 0);
      before.setEnd(range.startContainer, range.startOffset);
      after.setStart(range.endContainer, range.endOffset);
      after.setEnd(block ?? range.endContainer, block?.childNodes.length ?? 0);
    } catch {
      out.push({ text, context: text, at: 0 });
      continue;
    }
    const head = before.toString().slice(-80);
    out.push({ text, context: head + text + after.toString().slice(0, 80), at: head.length });
  }
  return out;
}
