import type { PreparedText, Sentence } from '../../types';
import { base, type Tree } from '../../attribution/tree';
import { SET_PHRASE_LEAD, setPhrase } from '../../text/set-phrases';
import { quoteAt, type Quote } from './quotes';
import { NAMING } from './titles';
import verbs from '../../../data/lexicons/speech-verbs.json';
import stance from '../../../data/lexicons/stance-verbs.json';

export type CueKind =
  | 'drew'
  | 'passive'
  | 'quoteOnly'
  | 'speech'
  | 'participle'
  | 'stance'
  | 'stanceThat'
  | 'adjective'
  | 'according'
  | 'citing'
  | 'reportedly'
  | 'demand'
  | 'view';

export interface Cue {
  start: number;
  end: number;
  word: string;
  kind: CueKind;
  sentence: Sentence;
  /** "told <news outlet>": an according_to (CONVENTIONS 4). */
  toldOutlet?: boolean;
}

const SPEECH = new Set(verbs.that);
const QUOTE_ONLY = new Set(verbs.quoteOnly);
export const PASSIVE_BY = new Set(stance.passiveBy);
const PART = new Set(verbs.participles);
const STANCE = new Set(stance.verbs);
const REQUIRES = stance.verbRequires as Record<string, string[]>;
const STANCE_THAT = new Set(stance.thatVerbs);
const NOUNS = new Set(stance.nouns);
const REACTION = new RegExp(`^\\s+(?:\\w+\\s+)?(?:${stance.reactions.join('|')})\\s+(?:from|among)\\s`);
const KEEP_NOUNS = new Set(stance.keepNouns);
const SPEECH_REQ = verbs.requires as Record<string, string[]>;
const PHRASES = new Map<string, RegExp[]>();
for (const p of verbs.phrases) {
  const [first, ...rest] = p.split(' ');
  PHRASES.set(first!, [...(PHRASES.get(first!) ?? []), new RegExp(`^\\s+${rest.join('\\s+')}\\b`)]);
}
const COPULAS = new Set(stance.copulas);
const ADJ = new Set(stance.adjectives);
const OUTLET_RE = new RegExp(`^\\s+(?:the\\s+)?(?:[A-Z][\\w.&-]*\\s+){0,3}(?:${verbs.outlets.join('|')})\\b`);

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
// A word: a letter, then letters, apostrophes and hyphens (the regex /[A-Za-z][A-Za-z'-]*/).
const inWord = (c: number) => isLetter(c) || c === 39 || c === 45;
const PASSIVE = /^(?:was|were|been|being|be|is|are)$/;
// Every word that can start a cue; all others are passed over at once.
const ANY = new Set<string>([
  ...SPEECH,
  ...QUOTE_ONLY,
  ...PASSIVE_BY,
  ...PART,
  ...STANCE,
  ...STANCE_THAT,
  ...NOUNS,
  ...KEEP_NOUNS,
  ...ADJ,
  ...PHRASES.keys(),
  'according',
  'citing',
  'reportedly',
  'view',
  'viewed',
  'views',
  'drew',
  'draws',
  'drawn',
  'sparked',
  'prompted',
  'provoked',
  'triggered',
]);

// Right after a determiner, a number or an owner a word is a noun, whatever it could be else: "The
// two states hold primaries", "in six states", "Editor's note:", "His comments came after…", "the
// ballot question". A plural quantifier ("some", "many") takes a verb's plain form ("Some say…"),
// so only a word in -s after it is a noun ("Some states remained too close to call"). "That" and
// "each" open a clause as often ("a group that claims…", "each says…").
const DETERMINER = /^(?:the|a|an|his|her|its|their|our|my|your|this|these|those|every|no|other)$/;
// Numbers in words too: "Twenty-seven states led by West Virginia are challenging…".
const QUANTIFIER =
  /^(?:some|many|all|few|several|both|most|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|dozens|hundreds|thousands|millions)$/;
/** Verbs a plural subject takes, which a word in -s before them is: "Iran claims are false". */
export const PLURAL_VERB = /^(?:are|were|have|remain|seem|appear)$/;
const OWNER =
  /(?:^|\s)(?!(?:he|she|it|that|who|what|there|here|where|let|how|why|when)['’]s\s)[A-Za-z][\w.-]*(?:['’]s|s['’])\s+$/i;
function nounHere(word: string, before: string, lead: string, next: string): boolean {
  // "a liberal think tank", "Washington think tanks".
  if (word === 'think' && /^tanks?$/.test(next)) return true;
  if (DETERMINER.test(before)) return true;
  if (/s$/.test(word) && (QUANTIFIER.test(before) || /\d\s+$/.test(lead))) return true;
  // A word in -s before a plural verb is that verb's subject, a noun: "Iran claims are false".
  if (/s$/.test(word) && PLURAL_VERB.test(next)) return true;
  return OWNER.test(lead);
}

/** Every cue word of a sentence, outside quotation marks, in text order. */
export function findCues(doc: PreparedText, sent: Sentence, quotes: Quote[], tree?: Tree): Cue[] {
  const { norm } = doc;
  const out: Cue[] = [];
  // The two words before this one, in lower case, cut from the text only when a cue asks for them.
  let prevStart = 0;
  let prevEnd = 0;
  let prev2Start = 0;
  let prev2End = 0;
  // Words are read by hand, not with a regex: every word of every sentence passes here.
  for (let at = sent.start; at < sent.end;) {
    if (!isLetter(norm.charCodeAt(at))) {
      at++;
      continue;
    }
    const start = at;
    let end = at + 1;
    while (end < sent.end && inWord(norm.charCodeAt(end))) end++;
    at = end;
    const lw = norm.slice(start, end).toLowerCase();
    const beforeStart = prevStart;
    const beforeEnd = prevEnd;
    const before2Start = prev2Start;
    const before2End = prev2End;
    prev2Start = prevStart;
    prev2End = prevEnd;
    prevStart = start;
    prevEnd = end;
    if (!ANY.has(lw)) continue;
    const before = norm.slice(beforeStart, beforeEnd).toLowerCase();
    const before2 = norm.slice(before2Start, before2End).toLowerCase();
    // A verb is lower-case; "United States" holds no cue "states".
    const first = norm.charCodeAt(start);
    if (first >= 65 && first <= 90 && lw !== 'according' && start !== sent.start) continue;
    const q = quoteAt(quotes, start);
    if (q && start > q.open && start < q.close) continue;
    if (
      (lw === 'said' || lw === 'say') &&
      setPhrase(
        norm.slice(Math.max(sent.start, end - SET_PHRASE_LEAD), end),
        norm.slice(end, end + 14),
        end - SET_PHRASE_LEAD <= sent.start,
      )
    )
      continue;
    const next = /^\s+([A-Za-z'-]+)/.exec(norm.slice(end, end + 30))?.[1]?.toLowerCase() ?? '';
    const cue = (kind: CueKind, extra: Partial<Cue> = {}) =>
      out.push({ start, end, word: lw, kind, sentence: sent, ...extra });
    if (lw === 'according' && next === 'to') {
      cue('according');
      continue;
    }
    // "…, adding to a mounting series of problems" (a real news page), "who added to her delegate
    // lead": what adds to something says nothing; "adding that…", "added:" and "added to People"
    // (an outlet, PolNeAR) do. (PolNeAR train: none of 23 "add to" before a lower-case word is a cue.)
    if (/^add(?:ing|ed|s)?$/.test(lw) && next === 'to' && /^\s+to\s+[a-z]/.test(norm.slice(end, end + 8)))
      continue;
    if (lw === 'citing') {
      cue('citing');
      continue;
    }
    if (
      /^(?:drew|draws|drawn|sparked|prompted|provoked|triggered)$/.test(lw) &&
      REACTION.test(norm.slice(end, end + 50))
    ) {
      cue('drew');
      continue;
    }
    if (lw === 'reportedly') {
      cue('reportedly');
      continue;
    }
    // A noun only after its owner ("Russia's demand that…", "Russian demands for…"); "Trump hopes
    // that…" is the verb.
    const owned = /(?:'s?|\b[A-Z][a-z]*(?:an|ian|ese|ish|i))\s+(?:[a-z]+\s+){0,2}$/.test(
      norm.slice(Math.max(sent.start, start - 40), start),
    );
    if (
      owned &&
      ((NOUNS.has(lw) && (next === 'that' || next === 'for')) || (KEEP_NOUNS.has(lw) && next === 'to'))
    ) {
      cue('demand');
      continue;
    }
    // "Ukrainian officials have made it known that…", "making it clear that he will only sit down…".
    const tail = PHRASES.get(lw)
      ?.map((re) => re.exec(norm.slice(end, end + 30))?.[0])
      .find(Boolean);
    if (tail) {
      out.push({
        start,
        end: end + tail.length,
        word: lw,
        kind: lw.endsWith('ing') ? 'participle' : 'speech',
        sentence: sent,
      });
      at = end + tail.length;
      continue;
    }
    if (
      (lw === 'view' || lw === 'viewed' || lw === 'views') &&
      /^\s+(?:[\w-]+\s+){0,3}?as\b/.test(norm.slice(end, end + 40))
    ) {
      cue('view');
      continue;
    }
    if (ADJ.has(lw) && (COPULAS.has(before) || before === 'more' || /ly$/.test(before))) {
      cue('adjective');
      continue;
    }
    // "Russia has insisted that", "Kyiv has argued that", "the Kremlin has long insisted on".
    if (
      STANCE_THAT.has(lw) &&
      /^\s+(?:that|on)\b/.test(norm.slice(end, end + 6)) &&
      /\b(?:has|have)\s+(?:[a-z]+\s+)?$/.test(norm.slice(Math.max(0, start - 25), start))
    ) {
      cue('stanceThat');
      continue;
    }
    // "was widely criticised by the Ukrainians and Europeans as…", "was swiftly rejected by Ukraine
    // and Europe" (000): the agent after "by" holds the stance.
    if (
      PASSIVE_BY.has(lw) &&
      (PASSIVE.test(before) || (/ly$/.test(before) && PASSIVE.test(before2))) &&
      /^(?:\s+[A-Za-z]+){0,2}?\s+by\s/.test(norm.slice(end, end + 30))
    ) {
      cue('passive');
      continue;
    }
    // A passive is no stance or speech by its subject: "where he is wanted in connection with…",
    // "the hearing he was formally called to" (PolNeAR); "is pushing for" is no passive.
    const passive =
      (PASSIVE.test(before) || (/ly$/.test(before) && PASSIVE.test(before2))) && /(?:ed|en|ught)$/.test(lw);
    if (passive) continue;
    if (nounHere(lw, before, norm.slice(Math.max(sent.start, start - 30), start), next)) continue;
    // "a new group called Black Votes Matter", "a firm called Cambridge Analytica": after a noun an
    // indefinite article opens, the verb names what the noun is (PolNeAR train: 7 of 42 such
    // verbs are annotated as cues, and those name too).
    if (
      NAMING.test(lw) &&
      /\b(?:a|an|another)\s+(?:[\w-]+\s+){0,3}$/i.test(norm.slice(Math.max(sent.start, start - 40), start))
    )
      continue;
    if (STANCE.has(lw)) {
      const req = REQUIRES[lw];
      if (!req || req.includes(next)) {
        cue('stance');
        continue;
      }
    }
    if (PART.has(lw)) {
      cue('participle');
      continue;
    }
    // A passive is no speech by its subject: "the hearing he was formally called to" (PolNeAR).
    if (PASSIVE.test(before) || (/ly$/.test(before) && PASSIVE.test(before2))) continue;
    if (QUOTE_ONLY.has(lw) && !SPEECH.has(lw)) {
      cue('quoteOnly');
      continue;
    }
    if (SPEECH.has(lw) && (!SPEECH_REQ[lw] || SPEECH_REQ[lw]!.includes(next))) {
      // "reported" after a noun is a participle ("the move reported earlier by…"), not speech.
      const toldOutlet = (lw === 'told' || lw === 'tells') && OUTLET_RE.test(norm.slice(end, end + 50));
      if (!determinedNoun(norm, tree, start, end)) cue('speech', toldOutlet ? { toldOutlet } : {});
    }
  }
  return out;
}

/**
 * A word the parse reads as a noun with its own determiner ("shows the U.S. states where
 * marijuana is legal", a real news page) is no verb of saying, unless what follows is what a verb
 * would report ("The Journal notes that…", a colon, a quotation), where the tagger's noun is the
 * mistake.
 */
function determinedNoun(norm: string, tree: Tree | undefined, start: number, end: number): boolean {
  if (!tree) return false;
  const i = tree.tokens.findIndex((t) => t.start === start);
  const t = tree.tokens[i];
  if (!t || (t.upos !== 'NOUN' && t.upos !== 'PROPN')) return false;
  if (/^\s*(?:that\b|:|["“])/.test(norm.slice(end, end + 6))) return false;
  return tree.children[i]!.some((c) => c < i && base(tree.tokens[c]!.deprel) === 'det');
}
