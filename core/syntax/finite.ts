import { tagSet } from './tag-sets';

/**
 * A sentence's verb the tagger read as a past participle: "Minyon Moore, a senior adviser to the
 * Clinton campaign, called Mr. Obama's remarks "a true wake-up call"", "David Axelrod on Wednesday
 * called on Howard Dean to apologize", "Protesters marching through the streets chanted…". A
 * sentence of news has a tensed verb, and a participle needs an auxiliary to be one; where the
 * tagger found no tensed verb and no auxiliary at all, the first participle right after the words
 * that can end a subject (a noun, a pronoun, an adverb, the comma closing an appositive) is the past
 * tense the sentence lacks. Not after a hyphen ("Pakistan-based"), an adjective or a determiner,
 * nor a participle in a list ("wealthy, privileged, narcissistic"), nor in a sentence that opens on
 * an imperative or holds another verb's base form the tagger misread. Retags in place, before the parse reads the tags.
 */
export function pastForParticiple(tagIds: Int32Array, tags: readonly string[]): void {
  const past = tags.indexOf('VBD|VERB');
  if (past < 0 || tagIds.length < 3) return;
  const n = tagIds.length;
  const bare = tagSet(tags, /^VB\|/);
  const tensed = tagSet(tags, /^(?:VBD|VBZ|VBP|MD)\|/);
  const licenses = tagSet(tags, /^(?:TO|MD|VB[DZP]?|RB)\|/);
  const participle = tagSet(tags, /^VBN\|/);
  const subjectEnd = tagSet(tags, /^(?:NNS?|NNPS?|PRP|RB|,)\|/);
  const comma = tagSet(tags, /^,\|/);
  const listGoesOn = tagSet(tags, /^(?:,|CC|JJ|\.)\|/);
  if (bare[tagIds[0]!]) return;
  for (let i = 0; i < n; i++) {
    if (tensed[tagIds[i]!]) return;
    // A base form with nothing before it to license one ("He, like others interviewed, spoke on…"
    // with "spoke" read so) is the tensed verb, misread; the participle is then a reduced relative.
    if (bare[tagIds[i]!] && (i === 0 || !licenses[tagIds[i - 1]!])) return;
  }
  for (let k = 1; k < n; k++) {
    if (!participle[tagIds[k]!]) continue;
    const before = tagIds[k - 1]!;
    if (!subjectEnd[before]) continue;
    // (Past the sentence's end counts as the list going on.)
    if (comma[before] && (k + 1 >= n || listGoesOn[tagIds[k + 1]!])) continue;
    tagIds[k] = past;
    return;
  }
}
