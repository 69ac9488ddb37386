// Quotes printed with two apostrophes (''…'', the New York Times' convention, PolNeAR's Times
// texts): the statements stage reads each mark as one double mark, and its spans keep the two
// apostrophes together.
import type { PreparedText, Span, Statement } from '../../types';
import type { FoundAttribution } from '../spans';

/**
 * Some outlets print quotes with two apostrophes (''This isn't tax reform,'' said…, PolNeAR's New
 * York Times texts). For this stage they read as one double mark, the other apostrophe a space, so
 * the length and every offset stay: `''This` → ` "This`, `reform,''` → `reform," `.
 */
export function doubleApostrophes(doc: PreparedText): PreparedText {
  if (!doc.norm.includes("''")) return doc;
  // Three apostrophes are a single-quoted phrase that opens or closes with the quote around it:
  // `''the word 'old-school,'''` closes the inner mark first (`'" `), `'''Sir, …` opens the outer
  // one first (` "'`).
  const norm = doc.norm.replace(/'''|''/g, (m, at: number) => {
    const opens = /\s|^$/.test(doc.norm[at - 1] ?? '');
    if (m.length === 3) return opens ? ` "'` : `'" `;
    return opens ? ' "' : '" ';
  });
  return { ...doc, norm };
}

/**
 * A quote mark of two apostrophes (''…'', the New York Times' convention) is one mark, so no span
 * ends or starts between its two halves: the passes read it as one double mark and a space
 * (`doubleApostrophes`), and a span they end at that mark would show "…rights.'" on a card and miss
 * the annotation's span by one character.
 */
export function wholeApostropheMarks(text: string, found: FoundAttribution[]): void {
  const whole = (sp: Span) => {
    if (sp.end > sp.start && text.slice(sp.end - 1, sp.end + 1) === "''") sp.end++;
    if (sp.end > sp.start && text.slice(sp.start - 1, sp.start + 1) === "''") sp.start--;
  };
  for (const f of found) {
    const was = `${f.start}:${f.end}`;
    whole(f);
    for (const c of f.content ?? []) whole(c);
    if ('text' in f && `${f.start}:${f.end}` !== was) (f as Statement).text = text.slice(f.start, f.end);
  }
}
