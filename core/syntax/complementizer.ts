import { tagSet } from './tag-sets';

/**
 * "Studies have shown that lower-income Americans tend to pay more": "that" cannot point at a
 * plural ("that Americans"), so before one, past its adjectives and a hyphened compound, it opens a
 * clause. The tagger read it as a determiner (a real news page), and the parse then made "that
 * lower-income" the verb's object, and the card's words. Retags in place, before the parse.
 */
export function thatBeforePlural(
  text: string,
  spans: readonly { start: number; end: number }[],
  tagIds: Int32Array,
  tags: readonly string[],
): void {
  const mark = tags.indexOf('IN|SCONJ');
  if (mark < 0) return;
  const det = tagSet(tags, /^DT\|/);
  const modifier = tagSet(tags, /^(?:JJ[RS]?|HYPH|CD|VBN|VBG|RB[RS]?)\|/);
  const hyphen = tagSet(tags, /^HYPH\|/);
  const singular = tagSet(tags, /^NN\|/);
  const plural = tagSet(tags, /^NNP?S\|/);
  const n = tagIds.length;
  for (let i = 0; i + 1 < n; i++) {
    if (!det[tagIds[i]!] || text.slice(spans[i]!.start, spans[i]!.end).toLowerCase() !== 'that') continue;
    let j = i + 1;
    // "lower - income": a noun after a hyphen is part of the compound modifier.
    while (j < n && (modifier[tagIds[j]!] || (singular[tagIds[j]!] && hyphen[tagIds[j - 1]!]))) j++;
    if (j < n && plural[tagIds[j]!]) tagIds[i] = mark;
  }
}
