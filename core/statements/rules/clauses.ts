import type { PreparedText, Sentence, Span } from '../../types';
import type { Clause } from '../build';
import verbs from '../../../data/lexicons/speech-verbs.json';
import { WEEKDAYS } from '../../text/dates';
import { participial } from './participial';

const PARTICIPLES = verbs.participles.join('|');
const CUE_WORDS = [...verbs.that, ...verbs.participles].join('|');
/**
 * "and" or "but" before a second reporting verb of the same subject ("said …, but cautioned…"): the
 * reported clause ends there (END_RE), and the second verb takes the first one's speaker
 * (reported.ts).
 */
export const CONJOINED = String.raw`,?\s+(?:and|but)\s+(?:then\s+|also\s+|later\s+)?`;

// Where a reported clause ends inside its sentence: a participle that starts a new statement
// (", saying", ", dismissing"), a new attribution (", but he said", "and Donald Trump says",
// ", according to", ", citing"), another name's relative clause (", and Sanders, who says"), a
// semicolon, a spaced dash (000 B-4: the Stanovaya clause after the dash is not hers), a
// comma before a quote that runs on by itself (", “several participants…”", 000 Macron), or a
// clause on the words with a subject of its own (", to which O'Malley interjected: “…”", ", at
// which point the crowd chanted", PolNeAR).
const END_RE = new RegExp(
  `(?:,"?\\s+(?:said|says|told|added|warned|noted)\\b|,"?\\s+(?:${PARTICIPLES}|according to|citing)\\b|,"?\\s+(?:even though|although|though)\\b|,\\s+(?:but|and|while)\\s+(?:he|she|they|[A-Z][\\w.'-]+(?:\\s+[A-Z][\\w.'-]+)?)\\s+(?:${CUE_WORDS})\\b|\\s+(?:but|and)\\s+[A-Z][\\w.'-]+(?:\\s+[A-Z][\\w.'-]+)?\\s+(?:said|says|told|tells|added|adds|wrote|writes|argued|argues|claimed|claims)\\b|,\\s+(?:the\\s+|a\\s+|an\\s+)?(?:[\\w.'-]+\\s+){0,4}(?:said|says|added|noted|wrote|told|explained|argued|insisted|stressed|warned)(?:\\s+\\w+)?\\s*[.!?]?"?\\s*$|,"?\\s+(?:and|but|while)\\s+[A-Z][\\w.'-]+(?:\\s+[A-Z][\\w.'-]+)?,\\s+who\\s|${CONJOINED}(?:${CUE_WORDS})\\b|;|\\s-\\s|,\\s+"|,\\s+since\\b|,\\s+(?:to which|at which point)\\b)`,
  '',
);
const DAYS = `(?:${WEEKDAYS.map((d) => `[${d[0]}${d[0]!.toLowerCase()}]${d.slice(1)}`).join('|')})`;
const TIME = new RegExp(
  `^(?:\\s+(?:(?:on\\s+)?${DAYS}(?:\\s+(?:evening|morning|afternoon|night))?|today|yesterday|earlier|later|again|also|previously|recently|repeatedly|publicly|privately|(?:earlier\\s+)?this week|last week|(?:(?:this|last|over the) weekend|this morning|last night)(?!\\s+(?:is|was|were|will|would|has|had)\\b)|this month|last month|in a statement|in an interview|on (?:his|her|their) [\\w\\s]{1,30}?account|on [A-Z]\\w*(?:\\s[A-Z]\\w*)?|on social media)\\b)+`,
);
const TOLD_OBJECT =
  /^\s+(?:(?:them|him|her|us|me|reporters|journalists|lawmakers|parliament)|(?:his|her|their|the)\s+(?:[\w.-]+\s+){0,2}?(?:counterparts|parliament|Parliament|colleagues|audience|allies|reporters|interviewers|lawmakers)|(?:[A-Z][\w.-]*)(?:\s+[A-Z][\w.-]*){0,3}(?:'s?\s+"[^"]{1,40}")?)(?=[\s,.;:]|$)/;

// Any listener a determiner opens, or a bare plural ("told voters he would…", "told cheering
// supporters that…"), when the words told follow it: "told the Times that…", "told the raucous
// crowd he was…", "told the crowd: “…”" (the listed nouns above need no such clue).
const TOLD_PHRASE =
  /^\s+(?:(?:the|his|her|their|its|our|a|an)\s+(?:[\w.'’-]+\s+){0,3}?[\w.'’-]+|(?!(?:so|such)\s)(?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*[^s\W]s)(?=\s+(?:that|he|she|they|it|we|I|there)\b|\s*:\s*["“])/;

/** Where the listener after "told"/"telling" ends ("telling Reuters, “…”"), or `pos` without one. */
export function afterListener(norm: string, pos: number): number {
  const o = TOLD_OBJECT.exec(norm.slice(pos, pos + 60));
  return o ? pos + o[0].length : pos;
}

// What may follow a bare listener after a comma: a circumstance or a participle of its own, no
// clause that "told" reports ("…,” Bloomberg told New York magazine in 2013, a few months before
// his third term ended", "…,” he told CBS on Sunday, saying that…").
const AFTER_LISTENER =
  /^,\s+(?:a|an|in|on|at|during|after|before|when|while|as|where|just|shortly|days|weeks|months|years|[a-z]+ing)\b/;

/**
 * Whether the rest of a sentence after "told" is only its listener ("a crowd of several hundred
 * supporters gathered outside the capitol"), maybe with a circumstance after a comma, so the quote
 * before is what was told.
 */
export function toldBare(rest: string): boolean {
  const comma = rest.search(/[,;:]/);
  const listener = comma < 0 ? rest : rest.slice(0, comma);
  if (/\b(?:that|to|how|whether|why|what|he|she|they|it|we|i|you)\b|"/i.test(listener.slice(0, 60)))
    return false;
  return comma < 0 || AFTER_LISTENER.test(rest.slice(comma));
}

export const CLAUSE_VERB =
  /\b(?:is|are|was|were|be|been|has|have|had|will|would|could|can|should|may|might|must|do|does|did|won't|can't|isn't|wasn't|don't|doesn't|didn't|\w+ed|(?:it|he|she|that|there|what|who|here|this)'s|\w+'(?:re|ll|ve|d))\b/i;

const AUXILIARY = 'is|are|was|were|has|have|had|will|would|could|can|should|must|does|did';
// A finite verb or auxiliary, which no reported clause opens on (a question opens so, but its marks
// make it a quote).
const FINITE_OPENING = new RegExp(`^\\s*(?:${AUXILIARY})\\b`, 'i');
/** A finite verb opening a predicate: an auxiliary or modal, or a lower-case word in -s or -ed ("helps", "remained"). */
export const PREDICATE_OPENING = new RegExp(`^(?:${AUXILIARY}|may|might|do|[a-z]+(?:[^s]s|ed))\\b`);

const WRITTEN = /\b(?:wrote|writes?|written|tweeted|tweets|posted|posts|published)\s*$/i;

const ADJUNCT_START =
  /^\s*(?:during|in|as|after|before|about|for|at|on|with|from|when|while|into|of|by|until|since|upon|following|amid|despite|through|over|under|without|against|toward|towards|behind|across|via|earlier|later|last|this|today|yesterday)\b/i;

const ADJUNCT_THEN_CLAUSE =
  /^\s+(?:after|during|before|at|in|on|following|outside|since)\s+(?:[\w'’.-]+\s+){0,5}?(?=(?:he|she|they|we|I)\s+(?:would|will|was|were|is|are|had|has|have|could|should|might|did|does|do|wanted|believed|thought|planned|hoped|expected)\b)/;

function trimSpan(norm: string, start: number, end: number): Span {
  while (start < end && /[\s,:]/.test(norm[start]!)) start++;
  while (end > start && /[\s,;:.-]/.test(norm[end - 1]!)) end--;
  // A sentence-final period after a closing quote stays out; one inside the quote stays in.
  return { start, end };
}

/** Offset after the time and place words that follow a verb ("said on Wednesday", "said in his nightly address"). */
export function skipAdjuncts(norm: string, pos: number): number {
  const t = TIME.exec(norm.slice(pos, pos + 80));
  let at = pos + (t ? t[0].length : 0);
  const place =
    /^\s+(?:in|at|during|aboard|on)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,4}?[\w-]+(?=\s*[,.])/.exec(
      norm.slice(at, at + 60),
    );
  if (place) at += place[0].length;
  // "Trump says of Clinton, “If she gets the chance…”": what the words are about, before the
  // quotation they introduce.
  const about = /^\s+of\s+(?:[\w.'-]+\s+){0,5}?[\w.'-]+(?=\s*,\s*")/.exec(norm.slice(at, at + 80));
  if (about) at += about[0].length;
  return at;
}

export const OPENS_SUBORDINATE =
  /^\s*"?\s*(?:When|After|As|While|Although|Though|Because|Since|If|Before|Until|Once|Whereas|Even as|Even though)\s/;

/**
 * A subordinate clause with a subject and a verb of its own ("as a maintenance guy walks in front
 * of her,"), closed by the comma before a participle; not a preposition ("went after Trump…,",
 * "as a way to…,").
 */
export const OTHER_CLAUSE_BEFORE =
  /\b(?:as|while|when|after|before|because|since|until|although|though|whereas)\s+(?:(?:a|an|the|his|her|their|its)\s+(?:[\w'-]+\s+){0,2}?|[A-Z][\w'-]*\s+(?:[A-Z][\w'-]*\s+)?)(?:[a-z]+(?:s|ed)|is|was|were|are|has|had|did|does|will|would|can|could)\b[^,;"]*,\s*$/;

// A name opening the sentence, set off by a comma, then a relative clause on it up to here.
const SUBJECT_RELATIVE =
  /^\s*(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*(?:\s*\([^()]{1,30}\))?,[^,;:"]{0,120}\bwho\s[^,;:"]*$/;

/** End of a reported clause that starts at `from`: the first clause break or the sentence end. */
export function clauseEnd(norm: string, from: number, sent: Sentence): number {
  // Matched on the sentence alone, so the work stays proportional to the sentence.
  const m = END_RE.exec(norm.slice(from, sent.end));
  END_RE.lastIndex = 0;
  let end = m ? from + m.index : sent.end;
  // A clause reported inside a fronted subordinate clause ends with it, at its comma: "When Trump
  // suggested that Cuba would sue, Rubio fired back: “…”" (what follows is the sentence's own).
  // So does a relative clause on the sentence's subject, at the comma before the main verb: "Lloyd
  // Grove, the Daily Beast editor who wrote the profile on Boyle, tweeted out…".
  if (
    (OPENS_SUBORDINATE.test(norm.slice(sent.start, sent.start + 24)) &&
      !norm.slice(sent.start, from).includes(',')) ||
    SUBJECT_RELATIVE.test(norm.slice(sent.start, from))
  ) {
    const comma = norm.slice(from, end).indexOf(',');
    if (comma > 0) end = from + comma + (norm[from + comma + 1] === '"' ? 2 : 0);
  }
  // A bracket closed without being opened in the clause ends an aside: "(Clinton called it
  // “horrific and unacceptable”), Trump inflamed…" (PolNeAR).
  const close = norm.slice(from, end).indexOf(')');
  if (close >= 0 && !norm.slice(from, from + close).includes('(')) end = from + close;
  // A closing quote mark belongs with its words (and the comma before it: `“radical Islamists,”`).
  if (norm[end] === '"' && end < sent.end) end++;
  else if (norm.startsWith(',"', end) && end + 1 < sent.end) end += 2;
  return end;
}

/**
 * The complement of a reporting verb that ends at `cueEnd`: adjuncts ("on Truth Social", "Tuesday")
 * and "that" are skipped; "told" skips its listener ("told NBC News that", "told them Russia had
 * authored", "told his Parliament"). Returns undefined when nothing is left.
 */
/** Verbs whose statement keeps the verb in its words, and verbs that report only a clause (speech-verbs.json). */
export const KEEP_VERB = new Set(verbs.keepVerb);
export const NEED_CLAUSE = new Set(verbs.needClause);
const SPEECH_WORDS = new Set([...verbs.that, ...verbs.participles]);
const CONTENT_NOUN =
  /\b(?:claims?|assertions?|allegations?|suggestions?|idea|notion|arguments?|reports?|beliefs?|views?|fears?|hopes?|charges?|accusations?|insistence|promises?|assurances?|warnings?|statements?|contention|theory|rumou?rs?|speculation|concerns?|demands?|suspicions?|impression|position|proposals?)\s*$/i;

export function complementAfter(
  doc: PreparedText,
  sent: Sentence,
  cueEnd: number,
  told: boolean,
  needClause = false,
): Span | undefined {
  const { norm } = doc;
  let pos = cueEnd;
  if (told) {
    const o = TOLD_OBJECT.exec(norm.slice(pos, pos + 60)) ?? TOLD_PHRASE.exec(norm.slice(pos, pos + 60));
    if (o) pos += o[0].length;
  }
  const t = TIME.exec(norm.slice(pos, pos + 80));
  if (t) pos += t[0].length;
  // "declared optimism on Tuesday that …", "said in a social media post that …": a short stretch
  // with no comma and no determiner-led object before "that". Nor "so" or "such" in it: "tells so
  // many lies that Clinton could…" is a result clause, not what was told.
  const that = /^((?:\s+[\w.'-]+){0,7}?)\s+that\b/.exec(norm.slice(pos, Math.min(sent.end, pos + 70)));
  let sawThat = false;
  if (
    that &&
    !/,/.test(that[1]!) &&
    !/^\s+(?:the|a|an|this|these|its|any|some)\b/i.test(that[1]!) &&
    !/\b(?:so|such)\b/i.test(that[1]!) &&
    // "denied Marsh's claim that the bill would fail": the clause is the noun's, someone else's
    // claim, not what the verb reports.
    !CONTENT_NOUN.test(that[1]!) &&
    // "said Marsh told him that the bill would fail": the clause is the second verb's, what Marsh
    // is reported to have said.
    !that[1]!.split(/\s+/).some((w) => SPEECH_WORDS.has(w.toLowerCase()))
  ) {
    pos += that[0].length;
    sawThat = true;
  } else {
    const bare = /^\s*:?\s*that\b/.exec(norm.slice(pos, pos + 8));
    if (bare) {
      pos += bare[0].length;
      sawThat = true;
    }
  }
  // "said via email that, “Of course Mr. Trump is going to defend himself”": a comma right after
  // "that" sets off nothing (the clause end would read it as the comma before a quote that runs on).
  if (sawThat) pos += /^\s*,(?=\s)/.exec(norm.slice(pos, pos + 3))?.[0].length ?? 0;
  // "He warned, however, that any departure…" (003).
  const aside = /^\s*,\s*(?:however|though|too|also|again|in turn|meanwhile|moreover)\s*,\s*(?:that\b)?/.exec(
    norm.slice(pos, pos + 30),
  );
  if (aside) {
    pos += aside[0].length;
    sawThat ||= /that$/.test(aside[0]);
  }
  // A comma right after the verb and its adjuncts ends the attribution ("said on Wednesday, as…").
  if (!sawThat && /^\s*,/.test(norm.slice(pos, pos + 3))) return undefined;
  // "said after the convention he would not accept…": a short adjunct, then a clause its own
  // pronoun subject and verb open, is where the words begin.
  const past =
    !sawThat && !told ? ADJUNCT_THEN_CLAUSE.exec(norm.slice(pos, Math.min(sent.end, pos + 70))) : null;
  if (past) pos += past[0].length;
  // Without "that", a complement opening on a preposition is an adjunct, not content: "said
  // during his years in office", "said as he entered the talks", "reported from Midway Atoll".
  else if (!sawThat && !told && ADJUNCT_START.test(norm.slice(pos, pos + 12))) return undefined;
  // "Party leaders, said to be worried, …": "said to be" reports a rumour about the subject, not
  // the subject's words.
  if (!sawThat && /^\s*to\s+(?:be|have)\b/.test(norm.slice(pos, pos + 10))) return undefined;
  // "The letter Mike wrote was “kind and loving”": a finite verb straight after a verb of writing
  // is the predicate of what was written, the writing the clause describes, and the words about it
  // someone else's. After a verb of saying it is mostly the subject of the reported clause pulled
  // into a relative ("a system he said is rigged", PolNeAR), so that one stays.
  if (
    !sawThat &&
    WRITTEN.test(norm.slice(Math.max(0, cueEnd - 10), cueEnd)) &&
    FINITE_OPENING.test(norm.slice(pos, pos + 12))
  )
    return undefined;
  if (/^\s*[.!?]?\s*$/.test(norm.slice(pos, sent.end))) return undefined;
  const end = clauseEnd(norm, pos, sent);
  const span = trimSpan(norm, pos, end);
  if (span.end <= span.start) return undefined;
  // Without "that" or a quote the complement must be a clause: "said he expected…" and "said the
  // US team has made…" are; "claimed a commanding lock on the party's leadership" and "added to
  // her delegate lead" (PolNeAR) are not speech at all.
  // The same after "told" when no listener was read: "told some of the miners", "told cheering
  // supporters in Nashua" name only the listener.
  const body = norm.slice(span.start, span.end);
  // "tells so many lies that…": "told" with no listener, then a result clause, not words told.
  if (!sawThat && told && pos === cueEnd && /^(?:so|such)(?:\s+[\w'’-]+){1,4}\s+that\b/i.test(body))
    return undefined;
  // The verb must be the complement's own, not that of a clause joined after it: "added 25 points
  // in his former home arena, and Nerlens Noel had 15" reports nothing.
  const own = body.split(/,\s+(?:and|but|or|while|whereas)\s/)[0]!;
  if (
    !sawThat &&
    (told ? pos === cueEnd : needClause) &&
    !/"/.test(body) &&
    !CLAUSE_VERB.test(own.split(/\s+/).slice(0, 12).join(' '))
  )
    return undefined;
  return span;
}

// A phrase that sets the scene rather than reports: "During his years in office", "As for the
// network's bent".
const ADVERBIAL_OPENING =
  /^(?:In|On|At|For|With|From|By|During|After|Before|Of|About|Under|Over|Through|Since|Throughout|As for|As to|Regarding|Beyond|Despite|Amid)\b/;

/**
 * A stretch's opening without the conjunction or sentence adverb before a preposition, capitalised,
 * so that "But in a statement Friday" opens as "In a statement Friday" does (an adjunct, no clause).
 */
export function openingOf(text: string): string {
  // Only before a preposition or a participle of asking: "So when Patriot signaled…, Mr. Barrett
  // said, “we were floored”" keeps its clause as the speaker's.
  const m =
    /^(?:But|And|Yet|Still|So|Now|Then|Also)\s+(?=(?:in|on|at|for|with|from|by|during|after|before|of|about|under|over|through|since|throughout|amid|despite|asked|speaking)\b)/.exec(
      text,
    );
  if (!m) return text;
  return text.charAt(m[0].length).toUpperCase() + text.slice(m[0].length + 1);
}

/**
 * The clause before "…, a US official said" / "…, said Oleksandr Bevz": from the sentence start (or
 * the last "but"/"and" clause break before the source) to the comma before the source.
 */
export function clauseBefore(
  doc: PreparedText,
  sent: Sentence,
  sourceStart: number,
  /** The first part of interrupted words: an opening adjunct or a bare subject is part of them. */
  interrupted = false,
): Span | undefined {
  const { norm } = doc;
  // A clause is never longer than this; the window keeps work on run-on "sentences" bounded.
  const from = Math.max(sent.start, sourceStart - 1500);
  const comma = /,"?\s*$/.exec(norm.slice(Math.max(from, sourceStart - 6), sourceStart));
  if (!comma) return undefined;
  const commaAt = Math.max(from, sourceStart - 6) + comma.index;
  const quoted = norm[commaAt + 1] === '"';
  const head = norm.slice(from, commaAt);
  let start = from;
  const breakRe = /[;:]\s+|\s-\s+|,\s+(?:but|and)\s+/g;
  for (let m = breakRe.exec(head); m; m = breakRe.exec(head)) start = from + m.index + m[0].length;
  const span = trimSpan(norm, start, commaAt);
  if (quoted) span.end = commaAt + 2;
  // An adjunct is no content: "Asked whether he was imposing a new deadline, Trump said: “…”"
  // (004), "In her response to that, Tanden noted…" (PolNeAR).
  const body = norm.slice(span.start, span.end);
  const opening = openingOf(body);
  if (/^(?:Asked|Speaking|Responding|Writing|Talking|Pressed|Questioned|Interviewed)\b/.test(opening))
    return undefined;
  // (Not where quoted words follow: "Building a business that covers your expenses “gives you
  // more flexibility,” he wrote" has its verb inside the quotation.)
  if (!body.includes('"') && participial(opening)) return undefined;
  // …longer when no comma leaves room for a clause ("During his seven and a half years in office,
  // Mr. Obama said, …"; but "For Putin, any form of presence remains…" is content, 004).
  if (interrupted) return span.end > span.start ? span : undefined;
  const words = body.split(/\s+/).length;
  if (
    ADVERBIAL_OPENING.test(opening) &&
    (words <= 6 || (words <= 12 && !body.includes(','))) &&
    !CLAUSE_VERB.test(body)
  )
    return undefined;
  // The subject of a split clause is no content: "These employees, Lee explained, were “well-paid”".
  if (words < 3 && !/"/.test(body) && !CLAUSE_VERB.test(body)) return undefined;
  return span.end - span.start > 3 ? span : undefined;
}

// What can follow "…, he said," without being the rest of his words: a participle or a new
// attribution (", adding that…", ", according to…", ", citing…"), a clause of the reporter's own
// (", while in Chicago…", ", as…", ", who…"), an appositive (", a policy that…"), an adjunct of
// the saying (", on condition of anonymity", ", in a statement"), or a conjunction the clause
// passes handle apart (", and significant headway…").
const NOT_CONTINUED =
  /^(?:\w+ing|according|citing|while|whereas|as|and|but|or|nor|though|although|even|who|whom|whose|which|where|when|a|an|on|in|at|after|before|during|with|without|from|to|for|by|than|via|per|speaking|\d)\b/i;

/**
 * The rest of words an attribution interrupts: "This campaign, he says, is different", "In his
 * state, Christie said, nonviolent first-time drug offenders are sent to treatment" (PolNeAR's
 * annotators give both parts to the source, as one attribution). `pos` is where the verb and its
 * adjuncts end; the rest runs from the comma after them to the end of the clause.
 */
export function interruptedRest(norm: string, sent: Sentence, pos: number): Span | undefined {
  const comma = /^\s*,\s+/.exec(norm.slice(pos, Math.min(sent.end, pos + 8)));
  if (!comma) return undefined;
  const from = pos + comma[0].length;
  if (NOT_CONTINUED.test(norm.slice(from, from + 16)) || /^["(]/.test(norm[from] ?? '')) return undefined;
  // "…, the Associated Press declared on Thursday, two days after voters went to the polls": when.
  if (
    /^(?:[\w-]+\s+){1,2}(?:hours?|days?|weeks?|months?|years?)\s+(?:after|before|ago|later|earlier)\b/i.test(
      norm.slice(from, from + 40),
    )
  )
    return undefined;
  const end = clauseEnd(norm, from, sent);
  const span = trimSpan(norm, from, end);
  return span.end > span.start && /\S\s+\S/.test(norm.slice(span.start, span.end)) ? span : undefined;
}

// A noun phrase set off after a source ("according to Dennis B. Ross, another former envoy, …"); a
// place may close it after a comma of its own ("an immunologist at the University of California,
// San Francisco,").
const APPOSITIVE =
  /^\s*,\s+(?:the|a|an|another|one|his|her|its|their|[A-Z])[^,;"]*(?:,\s+(?:[A-Z][\w.'’-]*\s*){1,3})?(?=,)/;
const DESCRIBES = /^(?:the|a|an|another|one|his|her|its|their|[A-Z])/;

/**
 * The words a source after its cue interrupts ("according to Ms. Epstein", "says Richard Locksley"),
 * after the source and any appositive of it; not a phrase that only describes the source
 * ("according to Crowdpac, the most of any candidate").
 */
export function restAfterSource(norm: string, sent: Sentence, from: number): Span | undefined {
  const appositive = APPOSITIVE.exec(norm.slice(from, sent.end));
  const at = appositive && !CLAUSE_VERB.test(appositive[0]) ? from + appositive[0].length : from;
  const rest = interruptedRest(norm, sent, at);
  if (!rest) return undefined;
  const words = norm.slice(rest.start, rest.end);
  return DESCRIBES.test(words) && !CLAUSE_VERB.test(words) ? undefined : rest;
}

/**
 * Words an attribution interrupts, as one clause: from the clause before the source (an opening
 * adjunct or a bare subject included) to the end of `rest`, with the two parts apart; undefined
 * without a rest or a first part.
 */
export function interrupted(
  doc: PreparedText,
  sent: Sentence,
  sourceStart: number,
  rest: Span | undefined,
): Clause | undefined {
  const first = rest && clauseBefore(doc, sent, sourceStart, true);
  return rest && first ? { start: first.start, end: rest.end, parts: [first, rest] } : undefined;
}

/** A verb group that denies what follows ("has not confirmed", "didn't say", "never said"). */
export const NEGATED = /\b(?:not|never)\b|n['’]t\b/i;
