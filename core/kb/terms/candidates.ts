// Names of subjects in one text: capitalised names ending in a head word ("Affordable Care Act",
// "Trans-Pacific Partnership", "Democratic National Convention"), names in lower case after
// capitalised words ("Iran nuclear deal", "Muslim ban"), events after a place ("Iowa caucuses"), the
// forms the subjects lexicon knows ("Obamacare"), and the other names a text gives one beside it
// ("the Affordable Care Act, or Obamacare"; "the Trans-Pacific Partnership (TPP)").
import subjects from '../../../data/lexicons/subjects.json';
import { HONORIFICS, MODIFIERS, PLACE_NAMES, STOP, TITLES } from '../../actors/lexicon';

export interface Candidate {
  /** The name as printed, without a leading "the" or owner ("Obama's"). */
  form: string;
  start: number;
  end: number;
  /** Another name the text gives the same subject right beside it. */
  alias?: string;
  /** Index into subjects.json `known`, when the form is one the lexicon knows. */
  known?: number;
}

const HEADS = new Set(subjects.heads);
const LOWER_HEADS = new Set(subjects.lowerHeads);
const LOWER_MODIFIERS = new Set(subjects.lowerModifiers);
const PLACE_HEADS = new Set(subjects.placeHeads);
const CONNECTORS = new Set(['of', 'and', 'for', 'on', 'the', 'to', 'in', 'v.', 'vs.']);
// "Mayor Bill de Blasio", "President Bill Clinton": only a title before the head is no name.
const TITLE_WORDS = new Set([...TITLES.flat(), ...MODIFIERS, ...[...HONORIFICS].map((h) => h.toLowerCase())]);
// "New York University School of Law": a name holding one of these is an institution, not a subject.
const INSTITUTION = /^(?:School|University|College|Center|Centre|Institute|Department|Office|Committee)$/;

interface Tok {
  text: string;
  start: number;
  end: number;
  cap: boolean;
  /** Only spaces or a hyphen between this token and the one before: one phrase can hold both. */
  joined: boolean;
}

const TOKEN = /#?[\p{L}\p{N}](?:[\p{L}\p{N}&'-]|\.(?=\p{L}))*\.?/gu;

function tokens(text: string): Tok[] {
  const out: Tok[] = [];
  let prevEnd = -1;
  for (const m of text.matchAll(TOKEN)) {
    let t = m[0];
    // A sentence's full stop is no part of its last word; an abbreviation's is ("U.S.", "v.").
    if (t.endsWith('.') && !/^(?:\p{L}\.)+$|^v\.$|^vs\.$/iu.test(t)) t = t.slice(0, -1);
    const start = m.index;
    const gap = prevEnd < 0 ? '\n' : text.slice(prevEnd, start);
    out.push({
      text: t,
      start,
      end: start + t.length,
      cap: /^#?[\p{Lu}\p{N}]/u.test(t),
      joined: /^[ -]$|^ {2}$/.test(gap),
    });
    prevEnd = start + t.length;
  }
  return out;
}

const ROMAN_OR_NUMBER = /^(?:[IVX]+|\d+)$/;
const possessive = (t: Tok) => /'s$|'$/.test(t.text);

/** The first token of a capitalised name ending at `head`, or -1. */
function nameStart(toks: Tok[], head: number, lowerHead: boolean): number {
  let k = head;
  let modifiers = 0;
  while (k > 0 && toks[k]!.joined) {
    const p = toks[k - 1]!;
    if (p.cap) k--;
    else if (CONNECTORS.has(p.text) && k - 2 >= 0 && toks[k - 2]!.cap && toks[k - 1]!.joined) k--;
    else if (lowerHead && k === head && LOWER_MODIFIERS.has(p.text) && modifiers++ === 0) k--;
    else break;
  }
  // "President Obama's Clean Power Plan": the name starts after its owner.
  for (let i = head - 1; i >= k; i--)
    if (possessive(toks[i]!)) return i + 1 < head ? trim(toks, i + 1, head) : -1;
  return trim(toks, k, head);
}

/** Drops leading connectors and sentence words ("The", "On"); -1 when no capitalised word is left. */
function trim(toks: Tok[], k: number, head: number): number {
  // "2016 Republican National Convention" is the Republican National Convention.
  // "Passing the North American Free Trade Agreement": a sentence's first word, not the name's.
  const lead = (t: Tok) =>
    CONNECTORS.has(t.text) ||
    STOP.has(t.text) ||
    !t.cap ||
    /^\d+$/.test(t.text) ||
    (!t.joined && /ing$/.test(t.text) && !PLACE_NAMES.has(t.text));
  while (k < head && lead(toks[k]!)) k++;
  // "Veterans of World War II", "Critics of the Iran deal": a sentence's plural subject before "of".
  if (!toks[k]?.joined && /s$/.test(toks[k]?.text ?? '') && CONNECTORS.has(toks[k + 1]?.text ?? '')) {
    k += 2;
    while (k < head && lead(toks[k]!)) k++;
  }
  // "12-nation TPP pact" is the TPP pact; "28-point peace plan" keeps its number, its only name.
  if (/^\d/.test(toks[k]?.text ?? '') && toks.slice(k + 1, head).some((t) => t.cap && !/^\d/.test(t.text)))
    k++;
  while (k < head && lead(toks[k]!)) k++;
  return k < head && toks[k]!.cap ? k : -1;
}

// "…, also known as the Patient Protection Act", and "…, or Obamacare," with one word between commas
// only: after "or" a name is as often the next item of a list ("the Affordable Care Act or Planned
// Parenthood", "…, Medicare, or Medicaid.").
const STATED =
  /^(?:,?\s+(?:also\s+)?(?:known\s+as|dubbed|called|nicknamed)\s+(?:the\s+)?["']?(#?[\p{Lu}][\p{L}\p{N}-]*(?:\s+[\p{Lu}][\p{L}\p{N}-]*){0,3})|,\s+or\s+["']?(#?[\p{Lu}][\p{L}\p{N}-]*)["']?(?=\s*[,)]))/u;
const ACRONYM = /^\s*\(([\p{Lu}][\p{Lu}\p{N}-]{1,8})\)/u;

function withAlias(text: string, c: Candidate): Candidate {
  const after = text.slice(c.end, c.end + 80);
  const m = ACRONYM.exec(after) ?? STATED.exec(after);
  const alias = m?.[1] ?? m?.[2];
  return alias ? { ...c, alias } : c;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const KNOWN_INDEX = new Map<string, number>();
subjects.known.forEach((group, i) => group.forEach((f) => KNOWN_INDEX.set(f, i)));
const KNOWN = new RegExp(
  `(?<![\\p{L}\\p{N}#])(?:${[...KNOWN_INDEX.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

export function termCandidates(text: string): Candidate[] {
  const toks = tokens(text);
  const out: Candidate[] = [];
  for (let j = 1; j < toks.length; j++) {
    const t = toks[j]!;
    const capHead = HEADS.has(t.text);
    const lowerHead = LOWER_HEADS.has(t.text);
    const placeHead = PLACE_HEADS.has(t.text);
    if (!capHead && !lowerHead && !placeHead) continue;
    let end = j;
    // "World War II": a number after the head is part of the name.
    const n = toks[j + 1];
    if (n?.joined && ROMAN_OR_NUMBER.test(n.text)) end = j + 1;
    // "Harvard Law School", "President Bill Clinton": the head is inside a longer name.
    const next = toks[end + 1];
    if (next?.joined && next.cap) continue;
    let k: number;
    if (placeHead) {
      k = placeStart(toks, j);
    } else k = nameStart(toks, j, lowerHead);
    if (k < 0) continue;
    const words = toks.slice(k, j);
    if (words.every((w) => TITLE_WORDS.has(w.text.toLowerCase())) && !placeHead) continue;
    if (words.some((w) => INSTITUTION.test(w.text))) continue;
    const start = toks[k]!.start;
    const stop = toks[end]!.end;
    out.push(withAlias(text, { form: text.slice(start, stop), start, end: stop }));
  }
  // Both lists run in text order, so one pointer finds the name a known form sits in (linear).
  const found = out.length;
  let p = 0;
  for (const m of text.matchAll(KNOWN)) {
    const c = { form: m[0], start: m.index, end: m.index + m[0].length, known: KNOWN_INDEX.get(m[0])! };
    while (p < found && out[p]!.end <= c.start) p++;
    const o = out[p];
    // A known form inside a name already found ("Freedom of Information Act") is that name.
    if (p < found && o!.start <= c.start && o!.end >= c.end) o!.known ??= c.known;
    else out.push(withAlias(text, c));
  }
  return out.sort((a, b) => a.start - b.start);
}

/** "the Iowa caucuses", "New Hampshire primary": a place right before the event word. */
function placeStart(toks: Tok[], head: number): number {
  for (const len of [3, 2, 1]) {
    const k = head - len;
    if (k < 0 || !toks.slice(k + 1, head + 1).every((t) => t.joined)) continue;
    if (
      PLACE_NAMES.has(
        toks
          .slice(k, head)
          .map((t) => t.text)
          .join(' '),
      )
    )
      return k;
  }
  return -1;
}
