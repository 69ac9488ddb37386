// The text of an article's HTML as the engine wants it: one paragraph per block, blank lines between.
// `textContent` would glue "…said.</p><p>The…" into "said.The", and the sentence splitter and the
// quote continuation rules (a quote running on across paragraphs) both read paragraph breaks.
const BLOCKS = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE DD DETAILS DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TBODY TD TH THEAD TR UL'.split(
    ' ',
  ),
);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA']);

export function blockText(root: Node): string {
  const paragraphs: string[] = [];
  let line = '';
  const flush = () => {
    const t = line.replace(/\s+/g, ' ').trim();
    if (t) paragraphs.push(t);
    line = '';
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) line += (child as Text).data;
      else if (child.nodeType === 1) {
        const tag = (child as Element).tagName.toUpperCase();
        if (SKIP.has(tag)) continue;
        // A <br> in a paragraph is a line of its own (a dateline, a verse): the engine reads it so.
        if (tag === 'BR') flush();
        else if (BLOCKS.has(tag)) {
          flush();
          walk(child);
          flush();
        } else walk(child);
      }
    }
  };
  walk(root);
  flush();
  return paragraphs.join('\n\n');
}

/** YYYY-MM-DD from a page's published time ("2025-11-25T10:00:00Z", "Tue, 25 Nov 2025"), or null. */
export function pageDate(raw: string | null | undefined): string | null {
  const s = raw?.trim();
  if (!s) return null;
  const iso = /^(\d{4}-\d{2}-\d{2})(?:$|T)/.exec(s);
  if (iso) return iso[1]!;
  const t = Date.parse(s);
  // A year before the web or far ahead is a misread, not a date.
  if (Number.isNaN(t)) return null;
  const d = new Date(t).toISOString().slice(0, 10);
  return d >= '1990-01-01' && d <= '2100-01-01' ? d : null;
}
