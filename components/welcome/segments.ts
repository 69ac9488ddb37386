// The welcome page's example paragraph cut at the marks the real matcher found in it: plain text
// between, a mark (its actor's id) for each mention.

export type Segment = { text: string; id?: undefined } | { text: string; id: string };

/** `text` in order, cut at `matches` (sorted or not); overlapping or out-of-range matches are dropped. */
export function segments(text: string, matches: { start: number; end: number; id: string }[]): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const m of [...matches].sort((a, b) => a.start - b.start)) {
    if (m.start < at || m.end <= m.start || m.end > text.length) continue;
    if (m.start > at) out.push({ text: text.slice(at, m.start) });
    out.push({ text: text.slice(m.start, m.end), id: m.id });
    at = m.end;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}
