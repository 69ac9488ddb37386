/**
 * A capitalised word the tagger took for a base-form verb right before a verb in the past or third
 * person ("Mook told CBS…", "Trump appears to…", "Pence went on to say"): an imperative never comes
 * straight before a tensed verb, so the word is a name. GUM's how-to guides teach the tagger that a
 * sentence may open on an imperative, and surnames that are also verbs ("Trump", "Cook") or no word
 * it knows fall to that. Adverbs may stand between ("Politifact then pointed out…", "Trump never
 * cited…"), and then a past participle too, which the misread name had made of the verb; a base
 * form after a modal or "to" is a verb whatever follows ("Should Be Criminally Investigated").
 * Retags such words as proper nouns in place, before the parse reads them.
 */
export function namesBeforeVerbs(
  text: string,
  spans: readonly { start: number }[],
  tagIds: Int32Array,
  tags: readonly string[],
): void {
  const base = tags.indexOf('VB|VERB');
  const name = tags.indexOf('NNP|PROPN');
  if (base < 0 || name < 0) return;
  for (let i = 0; i + 1 < tagIds.length; i++) {
    if (tagIds[i] !== base) continue;
    const c = text.charCodeAt(spans[i]!.start);
    if (c < 65 || c > 90) continue;
    if (i > 0 && /^(?:MD|TO)\|/.test(tags[tagIds[i - 1]!] ?? '')) continue;
    let j = i + 1;
    while (j < tagIds.length && /^RB\|/.test(tags[tagIds[j]!] ?? '')) j++;
    if ((j > i + 1 ? /^VB[DZN]\|/ : /^VB[DZ]\|/).test(tags[tagIds[j]!] ?? '')) tagIds[i] = name;
  }
}

/**
 * A sentence that opens on a name the actors stage found ("Schiff called on…", "Sanders told…",
 * "Trump charges that…", "Ted Cruz, who won Oklahoma, is calling for…"): at a sentence's start the
 * capital says nothing, and a surname the tagger does not know, or a name it knows as a word
 * ("trump", "charges", "ted"), is read as an imperative, a noun or a participle, and the parse loses
 * the subject. Retags such a word as a proper noun in place. Only the first word (after an opening
 * quotation mark): a one-word name whatever it was tagged; the first word of a longer name only
 * where it was read as a verb, noun, adjective or adverb, since a longer name may open on a
 * determiner or a title the tagger reads rightly. `names` in order of start.
 */
export function namedOpeners(
  spans: readonly { start: number; end: number }[],
  tagIds: Int32Array,
  tags: readonly string[],
  names: readonly { start: number; end: number }[],
): void {
  if (!names.length || !spans.length) return;
  const name = tags.indexOf('NNP|PROPN');
  if (name < 0) return;
  const i = /^``\|/.test(tags[tagIds[0]!] ?? '') && spans.length > 1 ? 1 : 0;
  const t = spans[i]!;
  const tag = tags[tagIds[i]!] ?? '';
  if (/^NNPS?\|/.test(tag)) return;
  // The names that start on the word, found by binary search.
  let lo = 0;
  let hi = names.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (names[mid]!.start < t.start) lo = mid + 1;
    else hi = mid;
  }
  let longer = false;
  for (let k = lo; k < names.length && names[k]!.start === t.start; k++) {
    if (names[k]!.end === t.end) {
      tagIds[i] = name;
      return;
    }
    if (names[k]!.end > t.end) longer = true;
  }
  if (longer && /^(?:VB[DGNPZ]?|NNS?|JJ[RS]?|RB)\|/.test(tag)) tagIds[i] = name;
}
