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
