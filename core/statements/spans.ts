// The source, cue and content of each statement as an attribution annotation marks them (PolNeAR's
// conventions, learnt on its train split): the source is the speaker's whole noun phrase, the cue the
// verb group, the content a quote with its marks. Run once all statements are found, so the passes
// before it keep seeing the bare name and verb they matched; the card's words (`start`/`end`) stay.
import type { PreparedText, Span, Statement, StatementKind } from '../types';

/**
 * An attribution as the text makes it: a statement's spans, or one whose source the engine could not
 * resolve to an actor ("he said" with no clear antecedent), which never becomes a statement.
 */
export interface FoundAttribution extends Span {
  kind: StatementKind;
  source?: Span;
  cue?: Span;
  content?: Span[];
  /** A reporting verb whose content was not read: source and cue only. */
  bare?: boolean;
}
import { sentenceAt } from '../text';
import titles from '../../data/lexicons/titles.json';

const low = (xs: string[]) => xs.map((x) => x.toLowerCase());
// Words that stand left of a name inside its noun phrase: "longtime Democratic pollster Pat
// Caddell", "Sen. Ted Cruz", "Republican vice-presidential nominee Gov. Mike Pence". Multi-word
// titles give their words but for the small ones ("secretary of state" must not walk over "of").
const SMALL = /^(?:of|and|the|for|to|in|on|at|a|an|state)$/;
const TITLE_WORDS = new Set(
  [...low(titles.titles), ...low(titles.adjectival), ...low(titles.honorifics)]
    .flatMap((t) => t.split(/[\s-]+/))
    .filter((w) => !SMALL.test(w)),
);
const NP_WORDS = new Set([
  ...TITLE_WORDS,
  ...low(titles.modifiers)
    .flatMap((t) => t.split(/[\s-]+/))
    .filter((w) => !SMALL.test(w)),
  ...low(titles.affiliations),
  'longtime',
  'veteran',
  'top',
  'senior',
  'democratic',
  'republican',
  'gop',
  'campaign',
]);
const DETERMINERS = /^(?:the|a|an|his|her|their|its|our)$/i;
// Titles of several words with a small word inside ("secretary of state", "chief of staff"), whole,
// ending right before a name.
const MULTI_TITLE = new RegExp(
  `(?:^|\\s)(${titles.titles
    .filter((t) => /\s(?:of|the|for|to)\s/i.test(t))
    .sort((a, b) => b.length - a.length)
    .map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'))
    .join('|')})\\s+$`,
  'i',
);
// A verb group's words before the verb: "has said", "also said", "would later say".
const AUX =
  /^(?:has|have|had|also|will|would|could|did|does|do|was|were|is|are|be|been|later|again|repeatedly|previously|never|not|once|recently|publicly|already|just|then|first|still|often|even|further|earlier|since|long)$/i;

// …and any adverb in lower case ("had basically said", "defiantly told"), "now" and "both" ("have
// both argued"): PolNeAR train's cues hold them.
const ADVERB =
  /^(?:(?!(?:only|reply|family|ally|supply|rally|assembly|early|daily|weekly|monthly|likely|friendly|elderly)$)[a-z]+ly|now|both|all|each|ever)$/;

// A noun phrase opening the sentence and set off by a comma before a name: a determiner or a
// possessive first, no clause punctuation or quotation inside.
const DESCRIBED_BEFORE =
  /^\s*["“]?\s*((?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ne of|[Aa]nother|[A-Z][\w.&-]*(?:'s|’s))\s[^,;:"“”()]{2,80}?),\s+$/;
// …but not a time ("The next day, Trump, …") or a report verb inside it.
const TIME_HEAD =
  /\b(?:day|week|month|year|time|night|morning|afternoon|evening|weekend|wrote|added)$|\b(?:said|says|told)\b/;

function wordBefore(norm: string, pos: number): { start: number; word: string } | undefined {
  const m = /([A-Za-z][\w.'-]*)\s+$/.exec(norm.slice(Math.max(0, pos - 40), pos));
  if (!m || /\n/.test(m[0])) return undefined;
  // A period ends a sentence but after an abbreviation ("Sen.", "Gov.", "U.S.").
  if (m[1]!.endsWith('.') && !/^(?:[A-Z][a-z]{0,3}|[A-Z](?:\.[A-Z])*)$/.test(m[1]!.slice(0, -1)))
    return undefined;
  return { start: pos - m[0].length, word: m[1]! };
}

/** The source's noun phrase: titles, party and determiners before the name; "who" for a relative. */
export function sourcePhrase(
  norm: string,
  source: Span,
  cue: Span | undefined,
  sentEnd = norm.length,
  person = true,
  sentStart = -1,
): Span {
  // "Caddell, who served as…, said": the relative pronoun is the source as printed.
  if (cue && cue.start > source.end) {
    const rel = /^,\s+(who)\s+(?:[\w-]+\s+){0,2}$/.exec(norm.slice(source.end, cue.start));
    if (rel) {
      const at = source.end + rel[0].indexOf('who');
      return { start: at, end: at + 3 };
    }
  }
  let start = source.start;
  let titled = false;
  for (let n = 0; n < 6; n++) {
    // "Former Secretary of State Madeleine Albright": a title of several words, "of" and all.
    const multi = MULTI_TITLE.exec(norm.slice(Math.max(0, start - 48), start));
    if (multi) {
      start -= multi[0].length - multi[0].indexOf(multi[1]!);
      titled = true;
      continue;
    }
    const w = wordBefore(norm, start);
    if (!w) break;
    const word = w.word.toLowerCase().replace(/\.$/, '');
    // "Democratic front-runner Hillary Clinton": a hyphenated title is its words.
    const parts = word.split('-');
    // A name before a title is its owner: "Clinton spokesman Nick Merrill", "White House spokesman";
    // an outlet's possessive before a name is the name's ("CNBC's Becky Quick", "The Post's Chris
    // Cillizza"), as news annotation marks the source.
    if (parts.every((x) => NP_WORDS.has(x))) titled ||= parts.some((x) => TITLE_WORDS.has(x));
    else if (/^[A-Z][\w.&-]*'s?$/.test(w.word) && norm[w.start + w.word.length] !== "'") titled = true;
    else if (!(titled && /^[A-Z]/.test(w.word) && !w.word.endsWith('.'))) break;
    start = w.start;
  }
  let end = source.end;
  // "Trump’s claim that…": the possessive is the source as printed.
  const poss = /^'s?\b/.exec(norm.slice(end, end + 2));
  if (poss && (!cue || cue.start >= end + poss[0].length)) end += poss[0].length;
  // "Sen. Claire McCaskill (D-Mo.)": the party and state go with the name.
  const party = /^\s\([A-Z][\w.]*-[A-Z][\w.]*\)/.exec(norm.slice(end, end + 16));
  if (party && !poss) end += party[0].length;
  // "Robert Gordon of Northwestern University", "Gov. Terry E. Branstad of Iowa".
  const of = /^\s+of\s+(?:the\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,4}/.exec(norm.slice(end, end + 60));
  if (of && !poss && !party && (!cue || cue.start >= end + of[0].length)) end += of[0].length;
  // "Richard Revesz, director of the Institute for Policy Integrity, said": the appositive is part
  // of the source, with its closing comma; a participle clause ("Trump, speaking to…, said") is not.
  if (cue && cue.start > end) {
    const app = /^,\s(?![a-z]+(?:ing|ed)\b)[^"();:]{3,160},\s*$/.exec(norm.slice(end, cue.start));
    if (app) end = cue.start - (app[0].length - app[0].trimEnd().length);
  } else if (cue && cue.end <= source.start) {
    // "…,” said Hans Joachim Schellnhuber, the director of the Potsdam Institute.": an appositive
    // that runs to the sentence end.
    const app =
      /^,\s(?!(?:and|but|as|while|when|because|after|before|though|although|if|since|even|adding|saying|noting|referring)\b)[^"();:]{3,160}?(?=[.]?"?\s*$)/.exec(
        norm.slice(end, sentEnd),
      );
    if (app) end += app[0].length;
  }
  // "The state's campaign chairman, Phil Lovas, said", "A lawyer for the news outlets, David
  // Schulz, said": a description set off before the name, opening its sentence, is part of the
  // source as printed, with the comma that closes it after the name.
  if (person && cue && sentStart >= 0 && start === source.start && norm[source.end] === ',') {
    const before = DESCRIBED_BEFORE.exec(norm.slice(sentStart, start));
    if (before && cue.start > source.end && !TIME_HEAD.test(before[1]!)) {
      return {
        start: sentStart + before.index + before[0].indexOf(before[1]!),
        end: Math.max(end, source.end + 1),
      };
    }
  }
  const d = wordBefore(norm, start);
  if (d && DETERMINERS.test(d.word) && start < source.start) start = d.start;
  // "the FBI", "the Roper Center", "the agency": a body's article is part of its name as printed.
  else if (
    d &&
    /^(?:the|a|an)$/i.test(d.word) &&
    (!person || /^[a-z]/.test(norm.slice(source.start, source.end)))
  )
    start = d.start;
  return { start, end };
}

/** Where a cue's verb group may reach back to: the end of a source before it, else anywhere. */
export const cueFloor = (f: FoundAttribution): number =>
  f.source && f.cue && f.source.end <= f.cue.start ? f.source.end : 0;

/** The verb group: auxiliaries and adverbs before the verb, "to" after "according". */
export function cueGroup(norm: string, cue: Span, floor = 0): Span {
  // "He said: “…”": the colon right after the verb is part of the cue.
  const end = cue.end + (norm[cue.end] === ':' ? 1 : 0);
  let start = cue.start;
  const word = norm.slice(start, end);
  if (/^according$/i.test(word)) {
    const to = /^\s+to\b/.exec(norm.slice(end, end + 5));
    return to ? { start, end: cue.end + to[0].length } : cue;
  }
  for (let n = 0; n < 3; n++) {
    const w = wordBefore(norm, start);
    if (!w || !(AUX.test(w.word) || ADVERB.test(w.word)) || w.start < floor) break;
    start = w.start;
  }
  return { start, end };
}

/** A quote with its marks and the punctuation inside them; a reported clause with its "that". */
export function contentSpan(norm: string, st: FoundAttribution, text = norm): Span {
  let { start, end } = st;
  if (st.kind === 'direct') {
    const mark = norm[start - 1];
    if (mark === '"' || mark === "'") {
      start -= text.slice(start - 2, start) === "''" ? 2 : 1;
      const close = new RegExp(`^[,.!?]?${mark}`).exec(norm.slice(end, end + 2));
      if (close)
        end +=
          close[0].length +
          (text.slice(end + close[0].length - 1, end + close[0].length + 1) === "''" ? 1 : 0);
    }
    // "says on its website that “there were issues…”": the quote is the clause, "that" with it.
    const that = /\bthat\s+$/.exec(norm.slice(Math.max(0, start - 6), start));
    if (that && st.cue && st.cue.end <= start) start -= that[0].length;
    return { start, end };
  }
  // A position read from its verb ("wants a stable peace") has the verb as its cue, not content;
  // so has a particle the cue took ("called for").
  const cue = st.cue;
  if (cue && cue.start <= start && start < cue.end) {
    start = cue.end;
    while (start < end && /\s/.test(norm[start]!)) start++;
  }
  if (
    cue &&
    cue.start >= start &&
    cue.start < end &&
    !/\S+\s+\S+\s+\S+\s/.test(norm.slice(start, cue.start))
  ) {
    start = cue.end;
    while (start < end && /\s/.test(norm[start]!)) start++;
  }
  const that = /\bthat\s+$/.exec(norm.slice(Math.max(0, start - 6), start));
  if (that) start -= that[0].length;
  // "And Mrs. Clinton now holds…, a poll found": the joining word is not the poll's.
  const joint = /^(?:And|But|So|Yet)\s+(?=[A-Z])/.exec(norm.slice(start, start + 6));
  if (joint && st.cue && st.cue.start >= end) start += joint[0].length;
  // A quote mark of two apostrophes stays whole: "…editorial policy.''".
  if (text.slice(end - 1, end + 1) === "''") end++;
  if (text.slice(start - 1, start + 1) === "''") start--;
  return { start, end };
}

/** Sets each statement's source, cue and content to the annotation conventions, in place. */
export function conventionSpans(doc: PreparedText, statements: FoundAttribution[]): void {
  const { norm } = doc;
  for (const st of statements) {
    let cue = st.cue ? cueGroup(norm, st.cue, cueFloor(st)) : undefined;
    // "called for a ban", "called on Trump to stop": the particle belongs to the verb.
    const particle = cue && /^\s+(?:for|on)\b/.exec(norm.slice(cue.end, cue.end + 5));
    if (cue && particle && /^call/i.test(norm.slice(cue.start, cue.end).split(/\s+/).pop()!))
      cue = { start: cue.start, end: cue.end + particle[0].length };
    // "an architect who said he was stiffed": the relative pronoun is the source as printed.
    const who =
      cue &&
      /\b(?:who|which)\s+(?:(?:also|later|then|has|have|had|\w+ly)\s+)?$/.exec(
        norm.slice(Math.max(0, cue.start - 20), cue.start),
      );
    if (cue && who && (!st.source || st.source.end <= cue.start)) {
      const at = cue.start - who[0].length;
      st.source = { start: at, end: at + who[0].trimEnd().split(/\s+/)[0]!.length };
    } else if (st.source)
      st.source = sourcePhrase(
        norm,
        st.source,
        cue,
        // An appositive after the source ends where words it interrupts go on, or where the words
        // it frames begin ("According to a new poll, Clinton holds a lead…").
        Math.min(
          sentenceAt(doc.sentences, st.source.start)?.end ?? norm.length,
          ...[st, ...(st.content ?? [])].map((c) => c.start).filter((at) => at >= st.source!.end),
        ),
        !('speakerType' in st) || st.speakerType === 'person' || st.speakerType === 'anonymous',
        sentenceAt(doc.sentences, st.source.start)?.start ?? -1,
      );
    if (cue) st.cue = cue;
    if (st.bare) continue;
    // Parts read apart around the attribution that interrupts them keep their bounds, but for a
    // quote mark of two apostrophes, which stays whole.
    if (st.content && st.content.length > 1) {
      for (const c of st.content) if (doc.text.slice(c.end - 1, c.end + 1) === "''") c.end++;
      continue;
    }
    const c = contentSpan(norm, st, doc.text);
    if (c.start !== st.start || c.end !== st.end) st.content = [c];
  }
}

/** Every text position the cues of `found` cover: a later pass leaves a cue word there alone. */
export function cuePositions(found: readonly FoundAttribution[]): Set<number> {
  const taken = new Set<number>();
  for (const u of found) if (u.cue) for (let i = u.cue.start; i < u.cue.end; i++) taken.add(i);
  return taken;
}

/** Unresolved attributions that no statement already covers, once each, in text order. */
export function unresolvedApart(statements: Statement[], unresolved: FoundAttribution[]): FoundAttribution[] {
  // Statements by start, with the furthest end so far: an overlap test is one binary search.
  const sorted = [...statements].sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  for (const s of sorted) reach.push(Math.max(reach[reach.length - 1] ?? -1, s.end));
  const overlaps = (u: Span) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.start < u.end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && reach[lo - 1]! > u.start;
  };
  const seen = new Set<string>();
  return unresolved
    .filter((u) => {
      const k = `${u.start}:${u.end}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return !overlaps(u);
    })
    .sort((a, b) => a.start - b.start);
}
