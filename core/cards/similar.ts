// When two outlets report "the same point": a deliberately conservative test, since a wrong pairing
// would set one statement beside another it does not match. Same speaker and topic are checked by the
// caller; here the wording must share enough content words, measured both ways.

// Function words and the speech verbs that frame a report: sharing them says nothing about content.
const STOP = new Set(
  (
    'a an the and or but if then than that this these those there their they them it its is are was were be been ' +
    'being have has had do does did will would shall should can could may might must not no nor of in on at to ' +
    'for from by with about as into over after before under between out up down so such very just also any all ' +
    'some more most other what which who whom whose when where while because course we our us you your he him his ' +
    'she her i me my said says say told tell added according mr ms mrs'
  ).split(' '),
);

/** Content words of a text, lower-cased, with a light plural/-ed/-ing fold so "understandings" meets "understanding". */
export function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const raw of text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []) {
    const word = raw.replace(/['’]s$/, '');
    if (word.length < 3 || STOP.has(word)) continue;
    words.add(stem(word));
  }
  return words;
}

function stem(word: string): string {
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ed')) return word.slice(0, -2);
  if (word.length > 4 && word.endsWith('es') && !word.endsWith('ses')) return word.slice(0, -1);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** Both texts need at least this many shared content words… */
export const MIN_SHARED = 4;
/** …which must be this share of the shorter text's content words… */
export const MIN_OVERLAP = 0.6;
/** …and this share of all the content words of both (Jaccard), so a short text cannot match a long one by inclusion alone. */
export const MIN_JACCARD = 0.4;

export function samePoint(a: Set<string>, b: Set<string>): boolean {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  if (shared < MIN_SHARED) return false;
  const smaller = Math.min(a.size, b.size);
  const union = a.size + b.size - shared;
  return shared / smaller >= MIN_OVERLAP && shared / union >= MIN_JACCARD;
}
