import type { SynToken } from './analyze';
import { childrenOf, extent } from './children';

/**
 * One name the parser read as two subjects of its verb: "President Barack | Obama said…", "Gov.
 * Nathan | Deal has vowed…", "Analyst | Ben Ackley is convinced…". A verb has one subject, and two
 * runs of proper nouns side by side before it, nothing between them, are one name; the source models
 * would otherwise choose between its halves. The first run hangs from the second's head as
 * `compound`, so the phrase's head is the name's last part, which any mention of the person holds
 * (a title before it may not be part of one). Only runs of proper nouns: in "the loopholes Donald
 * Trump used" the noun is the relative clause's head. Changes `tokens` in place.
 */
export function namesSplitInTwo(tokens: SynToken[]): void {
  const n = tokens.length;
  if (n < 3) return;
  let kids: number[][] | undefined;
  for (let b = 1; b < n; b++) {
    const rel = tokens[b]!.deprel;
    if ((rel !== 'nsubj' && rel !== 'nsubj:pass') || tokens[b]!.upos !== 'PROPN') continue;
    const v = tokens[b]!.head;
    if (v <= b) continue;
    kids ??= childrenOf(tokens);
    const [bLo, bHi] = extent(kids, b);
    if (bHi >= v || !allNames(tokens, bLo, bHi)) continue;
    const a = kids[v]!.find((c) => c < b && tokens[c]!.deprel === rel);
    if (a === undefined || tokens[a]!.upos !== 'PROPN') continue;
    const [aLo, aHi] = extent(kids, a);
    if (aHi !== bLo - 1 || !allNames(tokens, aLo, aHi)) continue;
    tokens[a] = { ...tokens[a]!, head: b, deprel: 'compound' };
    kids[v]!.splice(kids[v]!.indexOf(a), 1);
    kids[b]!.unshift(a);
  }
}

/** Proper nouns only (a title's abbreviation is one: "Gov.", "Sen."). */
function allNames(tokens: SynToken[], lo: number, hi: number): boolean {
  for (let i = lo; i <= hi; i++) if (tokens[i]!.upos !== 'PROPN') return false;
  return true;
}
