import abbreviations from '../../data/lexicons/abbreviations.json';
import type { Span } from './tokenize';
import { wordsOf, type Words } from './words';

// The titles GUM's trees hold often enough for the tagger and parser to have learned them.
const LEARNED = new Set(['Mr', 'Mrs', 'Ms', 'Dr']);
const OTHERS = new Set(abbreviations.titles.filter((t) => !LEARNED.has(t)).map((t) => `${t}.`));
const MR = wordsOf('Mr.', [{ start: 0, end: 3 }]);

/**
 * News abbreviates titles GUM's trees hardly hold ("Sen.", "Sens.", "Adm.", "Del."), and the parser
 * made an unknown one the head of the name after it: "Adm. | Harry Harris, who leads…" the subject
 * with the relative clause the root, "Sens." the subject with the names its apposition, so the
 * speaker was "Sens" or "Sen. Jack". Before a capitalised word such a title is read as "Mr." is,
 * the title GUM's trees hold most, which hangs from the name. (Read as the word it stands for,
 * "Senator", the parse was no better.) Changes `words` in place; the tokens keep their text.
 */
export function titlesAsMister(text: string, spans: readonly Span[], words: Words): void {
  for (let i = 0; i + 1 < spans.length; i++) {
    const { start, end } = spans[i]!;
    if (end - start > 9 || text.charCodeAt(end - 1) !== 46 || !OTHERS.has(text.slice(start, end))) continue;
    const next = text.charCodeAt(spans[i + 1]!.start);
    if (next < 65 || next > 90) continue;
    words.form[i] = MR.form[0]!;
    words.lower[i] = MR.lower[0]!;
    words.suffix3[i] = MR.suffix3[0]!;
    words.suffix2[i] = MR.suffix2[0]!;
    words.prefix[i] = MR.prefix[0]!;
    words.shape[i] = MR.shape[0]!;
  }
}
