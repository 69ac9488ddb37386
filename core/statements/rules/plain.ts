// Attributions whose source is a plain noun phrase the actors stage does not list ("The campaign
// says the ad will air", "The Indiana governor said Democrats…", "Several cast members said…").
// Their words are found, but with no actor to give them to they stay unresolved attributions,
// never statements (a card must not guess whose words they are).
import type { Sentence, Span } from '../../types';
import { clauseBefore, complementAfter, interrupted, interruptedRest, skipAdjuncts } from './clauses';
import type { Cue } from '../cues/cues';
import type { Ctx } from '../index';
import { quoteAt } from '../cues/quotes';

const FUNCTION_WORD =
  /^(?:is|are|was|were|be|been|has|have|had|will|would|could|can|should|may|might|must|do|does|did|not|never|that|which|who|whom|whose|when|where|while|if|as|because|but|or|so|than|then|to|on|with|by|about|after|before|also|just|only|even|still|he|she|they|we|i|you|it|there|here|this|these|what|how|why)$/i;
// Allowed inside a longer phrase only: "Developers and supporters in Congress", "elected officials
// from both parties", "Those close to him".
const INNER_WORD = /^(?:and|of|in|for|from|at|close|to|him|her|them|those)$/i;
// Opening words that are not part of the phrase: "But many Democrats say…".
const OPENER = /^(?:(?:but|and|so|yet|however|still|now|meanwhile|instead|indeed|also)\s+)+/i;
// A pronoun alone is a source as printed ("It says the campaign violated…"); who it is stays open.
const PRONOUN = /^(?:I|we|you|it|they|he|she)$/i;
const DETERMINER =
  /^(?:the|a|an|his|her|its|their|our|some|many|several|most|other|both|all|few|two|three|four|five|one|another|each|every|no)$/i;

// Nouns that end like adverbs: "attorneys for the family said".
const LY_NOUNS = /^(?:family|ally|assembly|rally|supply|monopoly|anomaly|bully|homily)$/i;
const ADVERBS_AFTER =
  /(?:\s+(?:also|later|then|again|since|now|first|often|previously|recently|repeatedly|quickly|immediately|publicly|privately|initially|originally|subsequently|eventually|finally|separately|personally|frequently|openly|flatly|strongly|sharply|firmly|long))+\s*$/;

/** A plain noun phrase that fills the clause before `verbStart`: "The New York businessman". */
export function plainSubject(
  norm: string,
  sent: Sentence,
  verbStart: number,
  after = sent.start,
): Span | undefined {
  // A subject is a few words: the window keeps run-on "sentences" linear.
  const lo = Math.max(sent.start, after, verbStart - 200);
  const head = norm.slice(lo, verbStart);
  const cut = Math.max(head.lastIndexOf(', '), head.lastIndexOf('; '), head.lastIndexOf(': '));
  const from = cut >= 0 ? lo + cut + 2 : lo;
  let raw = norm.slice(from, verbStart);
  const opener = OPENER.exec(raw.trimStart());
  if (opener) raw = raw.trimStart().slice(opener[0].length);
  // An adverb between the subject and its verb is no part of the subject: "The mayor also said…",
  // "Officials later said…".
  const adverbs = ADVERBS_AFTER.exec(raw);
  if (adverbs) {
    verbStart -= raw.length - adverbs.index;
    raw = raw.slice(0, adverbs.index);
  }
  const phrase = raw.trim();
  if (!phrase || /["()]/.test(phrase)) return undefined;
  const words = phrase.split(/\s+/);
  const start0 = verbStart - raw.length + (raw.length - raw.trimStart().length);
  if (words.length === 1 && PRONOUN.test(phrase)) return { start: start0, end: start0 + phrase.length };
  // A poll's share: "26 percent said the same", "About 9 percent of voters say…".
  if (
    /^(?:(?:about|nearly|almost|roughly|only|just|over|some)\s+)?\d[\d.,]*(?:\s*%|\s+percent)?(?:\s+of\s+[\w\s-]{1,40})?$/i.test(
      phrase,
    )
  )
    return { start: start0, end: start0 + phrase.length };
  if (words.length > 8) return undefined;
  if (
    words.some((w, i) => FUNCTION_WORD.test(w) || (INNER_WORD.test(w) && (i === 0 || i === words.length - 1)))
  )
    return undefined;
  if (words.length > 6 && !words.some((w) => INNER_WORD.test(w))) return undefined;
  const last = words[words.length - 1]!;
  // A noun head: no adverb ("The campaign quickly said") or past participle as the last word.
  if ((/ly$/.test(last) && !LY_NOUNS.test(last)) || /ed$/.test(last)) return undefined;
  // A determiner first, or a name (capitals all through: "Johnson", "Connecticut's tax commissioner"
  // has its own determiner-like owner).
  // …or a plural head ("Civil rights activists", "labor-policy experts").
  if (
    !DETERMINER.test(words[0]!) &&
    !/^Those$/.test(words[0]!) &&
    !words.every((w) => /^[A-Z]/.test(w) || INNER_WORD.test(w)) &&
    !/'s$/.test(words[0]!) &&
    !/^[a-z-]+s$/.test(last) &&
    // …or a plural head with what follows it: "attorneys for the family", "officials from both parties".
    !(/^[a-z-]+s$/.test(words[0]!) && INNER_WORD.test(words[1] ?? ''))
  )
    return undefined;
  return { start: start0, end: start0 + phrase.length };
}

/**
 * The plain noun phrase after "according to", up to the next comma or the sentence end: "a New
 * York Times/CBS News poll released last week", "the Roper Center for Public Opinion Research".
 */
export function plainAfter(norm: string, sent: Sentence, from: number): Span | undefined {
  const rest = norm.slice(from, Math.min(sent.end, from + 160));
  const m = /^\s+([^,;:()"]+?)\s*(?:[,;:(]|[.!?]?\s*$)/.exec(rest);
  if (!m) return undefined;
  const phrase = m[1]!;
  const first = phrase.split(/\s+/)[0]!;
  // …or a bare plural ("according to analysts", "according to court records").
  const bare = /^(?:[a-z][a-z-]*\s+){0,2}[a-z-]+s$/.test(phrase) && !FUNCTION_WORD.test(first);
  if (!DETERMINER.test(first) && !/^[A-Z]/.test(first) && !bare) return undefined;
  if (phrase.split(/\s+/).length > 14) return undefined;
  // "the Republican National Committee published a": a phrase never ends on an article or a verb form.
  if (/\s(?:a|an|the|and|or|of|to|that|is|was|has|had|published|said|says)$/i.test(phrase)) return undefined;
  const start = from + m[0].indexOf(phrase);
  return { start, end: start + phrase.length };
}

/** Notes the attribution of a speech verb whose subject is a plain noun phrase, if its words can be read. */
export function notePlain(ctx: Ctx, cue: Cue, verbStart: number, told: boolean, needClause: boolean): void {
  const { doc } = ctx;
  const { norm } = doc;
  const sent = cue.sentence;
  const who = plainSubject(norm, sent, verbStart);
  if (!who) return;
  const lead = /^\s*[,:]\s*(?=")/.exec(norm.slice(skipAdjuncts(norm, cue.end), cue.end + 80));
  if (lead) {
    const q = quoteAt(ctx.quotes, skipAdjuncts(norm, cue.end) + lead[0].length);
    if (q && q.open > cue.end) ctx.out.note('direct', who, { start: q.start, end: q.end }, cue);
    return;
  }
  const between = who.start > sent.start && /,"?\s*$/.test(norm.slice(who.start - 3, who.start));
  // "The plan, an inside source said, is to have volunteers…": words on both sides.
  const words = between
    ? interrupted(doc, sent, who.start, interruptedRest(norm, sent, skipAdjuncts(norm, cue.end)))
    : undefined;
  if (words) {
    ctx.out.note('indirect', who, words, cue);
    return;
  }
  let span = complementAfter(doc, sent, cue.end, told, needClause);
  if (!span && between) span = clauseBefore(doc, sent, who.start);
  if (!span) return;
  const body = norm.slice(span.start, span.end).trim();
  if (/^"[^"]*"?$/.test(body)) {
    const q = quoteAt(ctx.quotes, span.start);
    if (q && q.start > span.start) ctx.out.note('direct', who, { start: q.start, end: q.end }, cue);
    return;
  }
  ctx.out.note('indirect', who, span, cue);
}
