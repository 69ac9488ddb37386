import type { Span } from './tokenize';

const DASH = /^(?:-|--|—|–|―)$/;
const AGENCY = /^[A-Z][A-Za-z.]{1,14}$/;
const CAPITALS = /^[A-Z][A-Z.'-]*[A-Z]\.?$/;

/**
 * How many tokens a wire dateline takes at the start of a sentence ("WASHINGTON (AP) —", "RENO,
 * Nev. —", "New York (AFP) –", "ST. LOUIS —"), its dash included; 0 when there is none. A dateline is
 * no part of the sentence's syntax, and parsed with it the place takes the subject's role
 * ("WASHINGTON — Sen. Bernie Sanders defended…" read as Washington defending), so it is parsed apart.
 * A dateline opens with a place in capitals, or names a news agency in brackets, and ends at a dash
 * set apart by a space within its first twelve tokens.
 */
export function datelineLength(text: string, spans: readonly Span[]): number {
  const word = (i: number) => text.slice(spans[i]!.start, spans[i]!.end);
  const capitalsFirst = spans.length > 0 && CAPITALS.test(word(0));
  let long = false;
  let agency = false;
  for (let i = 0; i < Math.min(spans.length - 1, 12); i++) {
    const t = word(i);
    // One inside a word ("AFL-CIO", "DNA-suitable") is no dateline's dash.
    if (DASH.test(t)) {
      const apart = /\s/.test(text[spans[i]!.start - 1] ?? '');
      return i > 0 && apart && ((capitalsFirst && long) || agency) ? i + 1 : 0;
    }
    if (t === ',' || t === '.') continue;
    if (t === '(') {
      // "(AP)", "(Reuters)", "(AFP)": one or two capitalised words, then the bracket closes.
      let j = i + 1;
      while (j < i + 3 && j < spans.length && AGENCY.test(word(j))) j++;
      if (j === i + 1 || j >= spans.length || word(j) !== ')') return 0;
      agency = true;
      i = j;
      continue;
    }
    // A date after the place: "WASHINGTON, June 24 (UPI) –".
    if (/^\d{1,2}$/.test(t)) continue;
    if (!/^[A-Z][A-Za-z.'-]*$/.test(t)) return 0;
    if (CAPITALS.test(t) && t.replace(/[^A-Z]/g, '').length >= 3) long = true;
  }
  return 0;
}
