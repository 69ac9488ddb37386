import { base, isTensed, NOUN_PHRASE_TAGS, type Tree } from './tree';

// A subject the parse did not give a verb, read from the words right before it (candidates.ts
// offers it to the source model as 'before').

const BEFORE_SKIP = new Set(['aux', 'advmod', 'neg']);
const PREPOSITION =
  /^(?:in|at|atop|on|near|from|for|to|into|onto|over|under|inside|outside|across|around|behind|beyond|beneath|above|below|throughout|within|along|against|among|between|toward|towards|through|via|per|like|unlike)$/;

/**
 * The run of proper nouns right before a predicate the parse gave no subject, past its
 * auxiliaries and adverbs: "In the depths of the Great Recession, Paul Ryan worried that…" (the
 * name read as a conjunct of "Recession"), "Ted Cruz is protesting…" ("Ted" tagged a verb). The
 * source model judges how far such a guess is to be trusted.
 */
export function nameBefore(tree: Tree, pred: number): [number, number] | undefined {
  let j = pred - 1;
  while (j >= 0 && tree.tokens[j]!.head === pred && BEFORE_SKIP.has(base(tree.tokens[j]!.deprel))) j--;
  const unskipped = j;
  j = pastAside(tree, pred, j);
  const last = j;
  while (j >= 0 && tree.tokens[j]!.upos === 'PROPN' && !tree.quoted[j]) j--;
  // Past an aside, only a name that opens its sentence or clause: in "Italy's envoy to the United
  // Nations, however, has indicated…" the body before the aside is no subject.
  const opens =
    OPENS.test(tree.tokens[j]?.text ?? ',') ||
    // (What may stand before a name in the noun phrase that opens a sentence: "Rival Hillary Clinton".)
    tree.tokens
      .slice(0, j + 1)
      .every((w, k) => NOUN_PHRASE_TAGS.has(w.upos) || (k === 0 && w.upos === 'CCONJ'));
  if (last !== unskipped && !opens) return undefined;
  // A name a preposition opens is its object, whatever the tagger made of the preposition ("NASA
  // scientists using a telescope atop Mauna Kea have confirmed…", "atop" read as a noun). Not "with",
  // "of" or "about", which may open a subject of their own ("with Cruz promising to…", "of Carson
  // saying…", "vented about Sanders vowing…").
  if (j >= 0 && PREPOSITION.test(tree.tokens[j]!.lower)) return undefined;
  // Before a tensed verb, a name after "of" is that preposition's object.
  if (j >= 0 && tree.tokens[j]!.lower === 'of' && tree.tokens[pred]!.xpos !== 'VBG') return undefined;
  return j < last ? [j + 1, last] : undefined;
}

const OPENS = /^[,;:(“"‘']$/;
const OPENING_ADVERB = /^(?:however|too|also|meanwhile|though|instead|likewise|moreover|then|now|in turn)$/;

/**
 * Where the words before a tensed predicate end in an aside set off by commas, the token before
 * that aside's opening comma; else `j` itself. The parse often hangs the name before such an aside
 * inside it and leaves the verb with no subject: "Clinton, who called Sanders shortly after the
 * winner was declared, told her supporters…" (the name read as the subject of "declared"), "Rival
 * Hillary Clinton, however, has indicated…" (read as a circumstance). An aside is a relative clause
 * on "who", an adverb, or an appositive with no tensed verb of its own ("Wisconsin Gov. Scott Walker,
 * one of the candidates vanquished by Trump, had pledged…").
 */
function pastAside(tree: Tree, pred: number, j: number): number {
  const t = tree.tokens;
  const p = t[pred]!;
  const before = tree.children[pred]!.filter((c) => c < pred);
  // (A bare "VB" without "to" is a tensed verb the tagger misread: "Clinton, who…, told…".)
  const tensed =
    isTensed(p) ||
    (p.xpos === 'VB' && !before.some((c) => t[c]!.lower === 'to')) ||
    before.some((c) => base(t[c]!.deprel) === 'aux');
  if (!tensed || j < 2 || t[j]!.text !== ',' || tree.quoted[j]) return j;
  let open = j - 1;
  while (open >= 0 && t[open]!.text !== ',' && j - open <= 30 && !tree.quoted[open]) open--;
  if (open < 1 || t[open]!.text !== ',' || open === j - 1) return j;
  const aside = t.slice(open + 1, j);
  const first = aside[0]!;
  // "The campaign's chairman, Paul Manafort, dismissed…": the aside is itself the name before the
  // verb, set off after the noun it names. (Not after a name: "in Benghazi, Libya, discussed…".)
  // (Not where a name opens the sentence and the noun is in its own appositive: "Prince Andrew, the
  // younger brother of heir to the throne, Charles, has told…" is Andrew's, a real news page.)
  if (aside.every((w) => w.upos === 'PROPN' || w.text === '.')) {
    let k = 0;
    while (k < open && t[k]!.upos === 'PROPN') k++;
    const named = k > 0 && k < open - 1 && t[k]!.text === ',';
    return t[open - 1]!.upos === 'NOUN' && !named ? j - 1 : j;
  }
  // "Mr. Trump, and others, have likened…": a second subject, no aside.
  if (first.upos === 'CCONJ') return j;
  const relative = first.lower === 'who';
  const adverb = aside.length <= 2 && aside.every((w) => w.upos === 'ADV' || OPENING_ADVERB.test(w.lower));
  const appositive =
    !relative && !adverb && first.upos !== 'ADP' && first.upos !== 'SCONJ' && !aside.some(isTensed);
  return relative || adverb || appositive ? open - 1 : j;
}
