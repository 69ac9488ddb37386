// Speaker labels: a transcript's "WALLACE: Let's start with…" paragraphs and a headline's "Pence:
// Gennifer Flowers Won't Be at Debate". They attribute the words after the colon, but a label is too
// bare to name an actor safely (titles.ts keeps transcripts out of the statements), so they are
// unresolved attributions only.
import type { PreparedText } from '../../types';
import type { Collector } from '../build';

// Capitals all through, one to three words: "WALLACE", "SEN. TIM KAINE".
const CAPS_LABEL = /^(\s*"?\s*)([A-Z][A-Z.'-]+(?:\s+[A-Z][A-Z.'-]+){0,2}):[ \t]+(?=\S)/;
// In the first paragraph (the headline), a name in title case: "Pat Caddell:", "Poll:".
const HEAD_LABEL = /^(\s*)([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2}):[ \t]+(?=\S)/;

export function noteLabels(doc: PreparedText, out: Collector): void {
  const { norm } = doc;
  for (const p of doc.paragraphs) {
    const para = norm.slice(p.start, p.end);
    const m = CAPS_LABEL.exec(para) ?? (p.index === 0 ? HEAD_LABEL.exec(para) : null);
    if (!m || !/[A-Za-z]{2}/.test(m[2]!)) continue;
    const source = { start: p.start + m[1]!.length, end: p.start + m[1]!.length + m[2]!.length };
    const from = p.start + m[0].length;
    // A transcript's turn keeps its last period, as PolNeAR marks it; a headline has none of its own.
    let end = p.end;
    while (end > from && (/\s/.test(norm[end - 1]!) || (p.index === 0 && norm[end - 1] === '.'))) end--;
    if (end - from < 3) continue;
    out.note('direct', source, { start: from, end }, { start: source.end, end: source.end + 1 });
  }
}
