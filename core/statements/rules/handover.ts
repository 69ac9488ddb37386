// Who a quote is handed to by a verb right before it ("Fans chanted, “Build a wall,”…") or by a
// verb of saying inside the clause that holds it: that subject has the quote, so a source after it
// or a clause around it does not.
import type { Sentence, Span } from '../../types';
import verbs from '../../../data/lexicons/speech-verbs.json';
import { sentenceAt } from '../../text';
import { lastBefore, sameEntity, type Entity } from '../sources/entities';
import { afterListener } from './clauses';
import type { Ctx } from '../index';
import { quoteAt, type Quote } from '../cues/quotes';
import { pronounEntity, subjectBefore } from '../sources/speakers';
import { WEEKDAY_ALT } from '../../text/dates';

/**
 * The subject of a verb right before the quote that hands over to it with a comma or colon ("Fans
 * chanted, “…”", "shouted: “…”"): a source the text names there, else the words since the clause
 * began (a crowd, "someone in the audience"). Not a pronoun, which may be anyone already named
 * (unless `pronouns` asks for it), nor a verb joined to an earlier one ("…but added, “…”").
 */
function handedOverBy(
  ctx: Ctx,
  q: Quote,
  pronouns = false,
): (Span & { id?: string; name?: string }) | undefined {
  const { doc } = ctx;
  const sent = sentenceAt(doc.sentences, q.open);
  if (!sent) return undefined;
  for (const k of ctx.cuesOf(sent)) {
    if (k.end > q.open || (k.kind !== 'speech' && k.kind !== 'quoteOnly' && k.kind !== 'participle'))
      continue;
    // "telling him, “…”": the listener stands between.
    // "his wife whispered to him: “…”": so does one spoken to.
    const to = TO_LISTENER.exec(doc.norm.slice(k.end, k.end + 40));
    const end = k.word === 'telling' ? afterListener(doc.norm, k.end) : k.end + (to ? to[0].length : 0);
    if (!/^\s*[,:]\s*$/.test(doc.norm.slice(end, q.open))) continue;
    // "Pence recalled Trump telling him, “…”", "The ad shows Trump saying, “…”", "quoted Trump as
    // saying, “…”": a name right before a participle, with no comma between, is its own subject.
    if (k.kind === 'participle') {
      const near = ctx.entities[lastBefore(ctx.entities, k.start)];
      if (
        near &&
        !near.modifier &&
        near.start > sent.start &&
        /^\s+(?:as\s+)?$/.test(doc.norm.slice(near.end, k.start))
      )
        return PRONOUN_SUBJECT.test(near.name) ? undefined : near;
      continue;
    }
    // "went on to say, “…”": an infinitive's subject is its clause's.
    if (/\bto\s+$/i.test(doc.norm.slice(Math.max(sent.start, k.start - 4), k.start))) continue;
    const e = subjectBefore(doc, ctx.entities, sent, k.start, false);
    if (e) return PRONOUN_SUBJECT.test(e.name) && !pronouns ? undefined : e;
    const head = doc.norm.slice(sent.start, k.start);
    const open = CLAUSE_OPEN.exec(head);
    const from = sent.start + (open ? open.index + open[0].length : 0);
    const phrase = doc.norm
      .slice(from, k.start)
      .trim()
      .replace(/(?:\s+(?:\w+ly|also|then|later|again|too|once))+$/i, '');
    if (!phrase || phrase.split(/\s+/).length > 8 || JOINED_END.test(phrase)) return undefined;
    return { start: from, end: from + phrase.length };
  }
  return undefined;
}

const VOICED =
  /\b(?:chant(?:s|ed|ing)?|shout(?:s|ed|ing)?|yell(?:s|ed|ing)?|sang|sings?|singing|scream(?:s|ed|ing)?|cried|cries|crying|booed|cheered|interjected|repl(?:y|ies|ied)|responded)\b/;

/**
 * Whether words hold a verb that voices words aloud, whoever its subject ("at which point the crowd
 * chanted"): a quote after it is that subject's, as one a comma or colon hands over to is.
 */
export const voicedIn = (words: string): boolean => VOICED.test(words);

// A place, time or topic of the verb, with the listener after "told": "“…,” Trump said of Clinton,
// “…”", "said in March,", "told Bloomberg News in October,", "said Tuesday,". Its capitalised words
// are no one who could take the next part of the quotation (PolNeAR train and dev: nine quotes split
// so).
const CIRCUMSTANCE = String.raw`(?:(?:of|about|on|in|at|during|after|before|last|this)\s+(?:[\w.'’-]+\s+){0,3}[\w.'’-]+|${WEEKDAY_ALT})(?:\s+(?:(?:on|in|at)\s+)?(?:${WEEKDAY_ALT}|morning|afternoon|evening|night))?\s*,\s*$`;
const CUE_ADJUNCT = new RegExp(String.raw`^\s*${CIRCUMSTANCE}`);
const LISTENER_ADJUNCT = new RegExp(String.raw`^\s*(?:[\w.'’-]+\s+){0,3}?[\w.'’-]+\s+${CIRCUMSTANCE}`);

/**
 * Whether the words between an attribution's cue and the next part of its quotation could bring in
 * another speaker: a clause break, a pronoun, a relative, a name ("“You winning?” she said, but
 * Kevin was drifting off, and as Trump went on about “…”") or a verb of voicing ("at which point
 * the crowd chanted “…”"), unless they are the verb's own circumstance (with the listener after
 * "told").
 */
export function anotherVoiceBetween(words: string, cue = ''): boolean {
  if (voicedIn(words) || /\b(?:he|she|they|which|who|while|as|because|when)\b/.test(words)) return true;
  if (CUE_ADJUNCT.test(words) || (/^(?:told|tells)$/i.test(cue) && LISTENER_ADJUNCT.test(words)))
    return false;
  return /\b(?:but|and)\b|\s\p{Lu}/u.test(words);
}

const TO_LISTENER =
  /^\s+to\s+(?:him|her|them|me|us|reporters|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})(?=\s*[,:])/;
const PRONOUN_SUBJECT = /^(?:he|she|they|it|who|I|we)$/i;
// Where the clause of a verb begins: after the sentence's last comma, semicolon, colon or dash, or
// after a subordinating word ("When someone in the audience shouted").
const CLAUSE_OPEN =
  /(?:[,;:]\s+|\s-{1,2}\s+|\b(?:when|as|after|while|before|because|if|since|until|although|though)\s+)(?!.*(?:[,;:]\s|\s-{1,2}\s|\b(?:when|as|after|while|before|because|if|since|until|although|though)\s))/i;
const JOINED_END = /(?:^|\s)(?:and|but|or|he|she|they|it|we|I|who)$/i;

/**
 * Whether a verb right before the quote hands it to someone other than `speaker` (handedOverBy;
 * no speaker at all counts as someone other), its subject within `clause` when one is given. With
 * `pronouns`, a pronoun subject counts too: for a source named after the quote, "…recalled that he
 * said, “I'll put a bullet in her skull,” the U.S. attorney's office said" (a real page) hands the
 * words to "he", whoever he is, and never to the office that reports them.
 */
export function handedElsewhere(
  ctx: Ctx,
  q: Quote,
  speaker: Entity | undefined,
  clause?: Span,
  pronouns = false,
): boolean {
  let h = handedOverBy(ctx, q, pronouns);
  if (!h || (clause && h.start < clause.start)) return false;
  // A pronoun the text makes clear is that one ("Clinton recalled that she told them, “…”").
  const sent = h.name && PRONOUN_SUBJECT.test(h.name) ? sentenceAt(ctx.doc.sentences, q.open) : undefined;
  if (sent) h = ctx.speaker(h as Entity, sent) ?? h;
  // The same actor, or the same words.
  return (
    !speaker || (h.id !== undefined ? h.id !== speaker.id : !(h.start < speaker.end && speaker.start < h.end))
  );
}

/**
 * Whether a verb of saying inside a reported clause (`clause`, which `speaker` reports) has a
 * subject of its own, so the quote after it is that subject's words, not the reported speaker's.
 */
export function saidInClause(ctx: Ctx, q: Quote, speaker: Entity, clause: Span, sent: Sentence): boolean {
  // "Clinton advisers say any efforts… could backfire, angering Mr. Sanders, whom Mrs. Clinton
  // praised Tuesday night “for challenging us…”": a name inside the clause followed by a verb of
  // saying opens a clause of its own, whose subject the quote then belongs to, not the reported
  // speaker; left out. Not any verb: in "Gorka said… Clinton faced a “slam-dunk” indictment" the
  // words are still Gorka's.
  for (let i = lastBefore(ctx.entities, q.open); i >= 0; i--) {
    const e = ctx.entities[i]!;
    if (e.start < clause.start) break;
    if (e.end > q.open || sameEntity(e, speaker)) continue;
    // A name that only qualifies a noun is no subject, but for a possessive and its noun, which
    // make one ("Trump told Fox News that Clinton was a liar, a claim Clinton's campaign called
    // “absurd”": the campaign's word, not Trump's).
    let end = e.end;
    let past = false;
    if (e.modifier) {
      // A one-word noun and a verb in the past: "Clinton's campaign called". (A plural noun reads
      // like a verb itself, "Trump's tweets accusing…", "his comments make…": the verb must be past.)
      const owned = /^['’]s\s+[a-z][\w-]*/.exec(ctx.doc.norm.slice(e.end, q.open));
      if (!owned) continue;
      end += owned[0].length;
      past = true;
    }
    // Not a name inside a quotation, nor a verb of thought or judgement ("told CBS News that Putin
    // believes he will take the region “one way or the other”": the official's words about what
    // he believes; "Pompeo said… Washington had concluded the settlements were “not, per se,
    // inconsistent with international law”").
    if (quoteAt(ctx.quotes, e.start)) continue;
    const verb = OWN_VERB.exec(ctx.doc.norm.slice(end, Math.min(q.open, end + 40)))?.[1];
    if (says(verb) && (!past || /(?:ed|said|told|wrote)$/.test(verb!))) return true;
  }
  // So does a plural noun's that no actor stands for ("Kaine said voters had told him they were
  // “tired of the noise”": the voters' words, as Kaine reports them).
  const stretch = ctx.doc.norm.slice(clause.start, q.open);
  for (const m of stretch.matchAll(PLURAL_SAYS)) if (says(m[1])) return true;
  // …and a relative clause's, whose verb of saying hands over to the quote: in "the United States
  // should declare war on the organization that has declared a “caliphate”" the word is the
  // organization's, as in "the group that has called for a “holy war”".
  const rel = RELATIVE_SAYS.exec(stretch);
  if (rel && says(rel[1])) return true;
  // So does a pronoun's, when a comma hands the quote over ("Let us ensure that George's brother,
  // Philonise, when he said, ‘George's name means something,’ and that, as his daughter, Gianna,
  // said…"): the quote is whoever "he" is, which the clause's speaker may not be.
  // Unless "he" is the clause's speaker ("Trump said he responded: “…”").
  const from = Math.max(clause.start, q.open - 60);
  const own = PRONOUN_SAYS.exec(ctx.doc.norm.slice(from, q.open));
  if (own && says(own[1])) {
    const at = from + own.index;
    const he = ctx.speaker(pronounEntity(at, ctx.doc.norm.slice(at, at + own[0].indexOf(' '))), sent);
    if (!he || !sameEntity(he, speaker)) return true;
  }
  return false;
}

// Verbs that hand the words after them to their own subject: of saying, and of a speech act
// ("praised… “for challenging us”"), in the past or present.
const SAYING = new Set([
  ...verbs.that,
  ...verbs.quoteOnly,
  ...verbs.acts.flatMap((w) => [`${w}s`, w.endsWith('e') ? `${w}d` : `${w}ed`]),
]);
const THOUGHT =
  /^(?:believe|think|thought|feel|felt|hope|expect|want|fear|know|knew|worry|worrie|suspect|assume|understand|understood|agree|doubt|wish|recognize|realize|conclude|decide|determine|find|found)(?:s|d|ed)?$/;
const says = (verb: string | undefined) => !!verb && SAYING.has(verb) && !THOUGHT.test(verb);
const PRONOUN_SAYS = /\b(?:he|she|they)\s+(?:(?:also|then|later|had|has|have)\s+)?([a-z]+)\s*[,:]\s*$/i;
const OWN_VERB = /^\s+(?:(?:also|then|later|had|has|have)\s+)?([a-z]+)\b/;
const RELATIVE_SAYS =
  /\b(?:that|which|who)\s+(?:(?:also|then|later|had|has|have)\s+)?([a-z]+ed|said|told|wrote)\s+(?:for\s+)?(?:(?:a|an|the|it|them|him|her|this)\s+)?$/;
// A plural noun ("voters", "aides"; not "was", "has", "this"), and a verb of saying in the past.
const PLURAL_SAYS =
  /\b(?!(?:this|thus|plus|perhaps|always|whereas|unless|across|sometimes|various|previous|serious|obvious)\b)(?:[a-z][\w-]{2,}[^s\W]s|people)\s+(?:(?:also|then|later|had|have)\s+)?([a-z]+ed|said|told|wrote)\b/g;
