import type { PreparedText, Span } from '../../types';
import { sentenceAt } from '../../text';
import { base, type Tree } from '../../attribution/tree';
import type { FoundAttribution } from '../spans';
import { spanHead } from './heads';
import { WEEKDAY_ALT } from '../../text/dates';

// Relations that join a word to the name or noun it is part of: "Keron" in "Keron Blair" (a parse
// may hang a given name from the surname), "Flight" in "Flight attendants' union".
const PART_OF = new Set(['flat', 'compound']);

/**
 * A source as news annotation marks it is its whole noun phrase: the name with its appositive,
 * age, party or relative clause ("Marc H. Morial, the chief executive of the National Urban
 * League,", "Mr. King, 82,", "Gov. Pat McCrory (R)", "Nick Witney, a fellow … who ran the European
 * Defense Agency,"), and a described source with what follows its noun ("A Government
 * Accountability Office report released last year", "Americans worried about illegal immigration").
 * The passes before read the source from the name or the words they matched; here it widens to
 * the subtree the parse hangs from the phrase's head, up to the cue and the content, never
 * narrower than it was. The speaker is not changed: only the span that shows where the source is.
 */
export function wholeSources(doc: PreparedText, trees: Tree[], found: FoundAttribution[]): void {
  for (const f of found) {
    if (!f.source || !f.cue) continue;
    const sent = sentenceAt(doc.sentences, f.source.start);
    const tree = sent && trees[sent.index];
    if (!tree || sentenceAt(doc.sentences, f.cue.start) !== sent) continue;
    const wide = widened(tree, f.source, [f.cue, ...(f.bare ? [] : (f.content ?? [f]))]);
    if (wide) f.source = wide;
  }
}

// What a noun phrase holds besides its head ("the", "Republican", "Mr. King, 82,", "of Maryland",
// "who ran…"); a verb's dependents (subject, object, adverb, clause), a date ("David Axelrod on
// Wednesday") or a participle clause set off by commas ("President Obama, dedicating the museum on
// Saturday,", which news annotation leaves out of the source) end it.
const IN_PHRASE = new Set([
  'det',
  'amod',
  'compound',
  'flat',
  'appos',
  'nmod',
  'nummod',
  'acl',
  'conj',
  'cc',
  'punct',
]);
const NOMINAL = new Set(['NOUN', 'PROPN', 'NUM', 'PRON']);
const WHEN = new RegExp(
  `^(?:${WEEKDAY_ALT.toLowerCase()}|today|yesterday|tonight|week|weekend|month|year|morning|afternoon|evening|night)$`,
);

function inPhrase(tree: Tree, c: number): boolean {
  const t = tree.tokens[c]!;
  const rel = base(t.deprel);
  if (!IN_PHRASE.has(rel) && t.deprel !== 'nmod:poss' && t.deprel !== 'det:predet') return false;
  if (rel === 'nmod' && WHEN.test(t.lower)) return false;
  if (rel === 'acl' && t.deprel === 'acl') {
    // "President Obama, dedicating the museum…," is set off; "A group of doctors in 2015 sent…" is
    // a sentence the parse hung from its subject.
    const lo = tree.lo[c]!;
    if (t.xpos === 'VBG' && (tree.tokens[lo]!.text === ',' || tree.tokens[lo - 1]?.text === ','))
      return false;
    if (/^VB[DZP]$/.test(t.xpos)) return false;
  }
  // "Obama, dedicating the museum…": a verb joined to a name is a clause of the sentence.
  if (rel === 'conj' && !NOMINAL.has(t.upos)) return false;
  if (rel === 'punct') return !/^["“”'‘’`]+$/.test(t.text);
  return true;
}

/**
 * The source with the rest of the name it stops inside: "Liz" of "Liz Wahl", "President Barack" of
 * "President Barack Obama", "Bin" of "Bin Laden" (a name the passes before cut short). Capitalised
 * proper nouns next to it, with only a space between.
 */
function wholeName(tree: Tree, source: Span, others: Span[]): Span {
  const toks = tree.tokens;
  const name = (i: number) => {
    const t = toks[i];
    return (
      !!t &&
      t.upos === 'PROPN' &&
      /^\p{Lu}/u.test(t.text) &&
      !others.some((o) => t.start < o.end && o.start < t.end)
    );
  };
  let first = toks.findIndex((t) => t.start >= source.start);
  let last = first;
  while (toks[last + 1] && toks[last + 1]!.end <= source.end) last++;
  if (first < 0 || toks[last]!.end !== source.end || toks[first]!.start !== source.start) return source;
  while (name(last + 1) && toks[last + 1]!.start === toks[last]!.end + 1 && name(last)) last++;
  while (name(first - 1) && toks[first - 1]!.end + 1 === toks[first]!.start && name(first)) first--;
  return { start: toks[first]!.start, end: toks[last]!.end };
}

function widened(tree: Tree, printed: Span, others: Span[]): Span | undefined {
  const source = wholeName(tree, printed, others);
  const sh = spanHead(tree, source);
  if (!sh) return source !== printed ? source : undefined;
  const toks = tree.tokens;
  let top = sh.head;
  // A word of a name or compound whose head stands right after it: "Flight" of "Flight attendants".
  for (let up = 0; up < 3; up++) {
    const h = toks[top]!.head;
    if (h <= top || h - top > 2 || !PART_OF.has(base(toks[top]!.deprel))) break;
    top = h;
  }
  if (!NOMINAL.has(toks[top]!.upos)) return undefined;
  // Outwards from the head, child by child, to the first that is not part of the phrase.
  let from = top;
  let to = top;
  const kids = tree.children[top]!;
  const taken = (c: number) => {
    const a = toks[tree.lo[c]!]!.start;
    const b = toks[tree.hi[c]!]!.end;
    return others.some((o) => a < o.end && o.start < b);
  };
  for (const c of kids.filter((k) => k > top).sort((a, b) => a - b)) {
    if (!inPhrase(tree, c) || taken(c)) break;
    to = Math.max(to, tree.hi[c]!);
  }
  // A date the parse hung inside an appositive ("candidate Donald Trump on Saturday tweeted") is
  // the verb's, as one hung from the head is.
  for (let j = top + 1; j <= to; j++) {
    if (base(toks[j]!.deprel) === 'nmod' && WHEN.test(toks[j]!.lower) && tree.lo[j]! > top) {
      to = tree.lo[j]! - 1;
      break;
    }
  }
  for (const c of kids.filter((k) => k < top).sort((a, b) => b - a)) {
    if (!inPhrase(tree, c) || taken(c)) break;
    // A dateline or label before a dash or colon ("WASHINGTON --", "Frustration with police:").
    if (toks.slice(tree.lo[c]!, tree.hi[c]! + 1).some((t) => /^(?:--|—|–|:)$/.test(t.text))) break;
    from = Math.min(from, tree.lo[c]!);
  }
  // Punctuation or "and" at either end is the sentence's; a closing parenthesis is the phrase's
  // ("Gov. Pat McCrory (R)"), and so is the comma that closes an appositive before the verb
  // ("Mr. King, 82, said"), as phraseRange keeps it.
  const edge = (i: number) => toks[i]!.upos === 'PUNCT' || base(toks[i]!.deprel) === 'cc';
  while (from < top && edge(from)) from++;
  while (to > top && edge(to) && toks[to]!.text !== ')') to--;
  const inner = toks.slice(top, to + 1).some((t) => t.text === ',');
  const cue = others[0]!;
  if (inner && toks[to + 1]?.text === ',' && toks[to + 1]!.end <= cue.start) to++;
  const wide = { start: toks[from]!.start, end: toks[to]!.end };
  if (
    others.some((o) => wide.start < o.end && o.start < wide.end) ||
    wide.start > source.start ||
    wide.end < source.end
  )
    return source !== printed ? source : undefined;
  if (wide.start === printed.start && wide.end === printed.end) return undefined;
  return wide;
}
