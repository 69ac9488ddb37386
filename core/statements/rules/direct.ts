import { colonClause, colonSpeaker, madeBefore } from './colon';
import type { Sentence } from '../../types';
import { sentenceAt } from '../../text';
import type { Ctx } from '../index';
import { endsSentence, type Quote } from '../cues/quotes';
import type { Cue } from '../cues/cues';
import { OPENS_SUBORDINATE, clauseBefore, toldBare } from './clauses';
import { lastBefore, sameEntity, type Entity } from '../sources/entities';
import { nameAfter } from '../sources/names';
import { plainAfter, plainSubject } from './plain';
import { known, pronounEntity, subjectAfter, subjectBefore } from '../sources/speakers';
import { WEEKDAY_ALT } from '../../text/dates';
import { BARE_FOLLOW, NAMED_LEAD, OBJECT_FOLLOW, ROLE_LEAD } from './after-quote';
import { anotherVoiceBetween, handedElsewhere, saidInClause } from './handover';

export interface Attribution {
  who: Entity;
  cue: Cue;
  sent: Sentence;
}

// A name or pronoun and one verb the lexicon need not list, then the sentence's end, a comma or a
// circumstance: "Trump shot back.", "Toomey fumed on Tuesday", "Romney tweeted." A form of "be",
// "have" or "do", or a verb of seeming, reports nothing.
const UNLISTED = new RegExp(
  String.raw`^\s*((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*|he|she|they)\s+(?!(?:is|was|has|does|seems|remains|appears|looks|sounds|means|goes)\b)([a-z]+(?:ed|s)|shot|wrote|spoke|went|told|began)(?:\s+(?:back|on|out|up))?(?=\s*(?:[.,;!?]|$)|\s+on\s+(?:${WEEKDAY_ALT})\b|\s+in\s+an?\s+(?:statement|interview|tweet|email)\b)`,
  'u',
);

/**
 * "“Jeb wants to be a tough guy tonight,” Trump shot back.": a quote that ends on a comma, a
 * question or an exclamation hands over to the speaker after it, whatever the verb (news uses
 * many: fumed, barked, retaliated, pressed, mocked). Only a known actor or a pronoun the text makes
 * clear; "blocked" for a pronoun it does not, so the quote is not passed on.
 */
function unlistedVerb(
  ctx: Ctx,
  q: Quote,
  s: Sentence,
  from: number,
  listed: Cue | undefined,
  /** The sentence where the quote opens. */
  own: Sentence | undefined,
): Attribution | 'blocked' | undefined {
  const { norm } = ctx.doc;
  if (!/[,?!]\s*$/.test(norm.slice(Math.max(q.start, q.end - 2), q.close))) return undefined;
  // Only a quote that opens its sentence: in "While Sullivan proclaims the article a “terrific
  // piece,” Clinton fixates on…" the name after the quote opens the main clause.
  if (own && /[^\s"(]/.test(norm.slice(own.start, q.open))) return undefined;
  const m = UNLISTED.exec(norm.slice(from, Math.min(s.end, from + 90)));
  if (!m) return undefined;
  const verb = m[2]!;
  const at = from + m[0].lastIndexOf(verb);
  if (listed && listed.start <= at) return undefined;
  const nameStart = from + m[0].indexOf(m[1]!);
  const e = ctx.entities[lastBefore(ctx.entities, nameStart + m[1]!.length)];
  const who =
    e && e.start === nameStart && e.end === nameStart + m[1]!.length && e.id && !e.modifier
      ? e
      : /^(?:he|she|they)$/.test(m[1]!)
        ? pronounEntity(nameStart, m[1]!)
        : undefined;
  if (!who) return undefined;
  const cue: Cue = { start: at, end: at + verb.length, word: verb, kind: 'quoteOnly', sentence: s };
  const r = ctx.speaker(who, s);
  if (!r) {
    ctx.out.note('direct', who, { start: q.start, end: q.end }, cue);
    return 'blocked';
  }
  return { who: { ...r, start: who.start, end: who.end }, cue, sent: s };
}

/**
 * The speaker named right after a closing quote mark: "…,” Mr Trump wrote on his social media
 * account.", "…,” the former official said, dismissing…", "…,” said Trump". The reporting verb is
 * then used up: its own complement ("on his social media account") is no statement. "blocked"
 * when a source follows that cannot be resolved (no guessing then).
 */
export function attributeAfter(ctx: Ctx, q: Quote): Attribution | 'blocked' | undefined {
  if (q.unclosed) return undefined;
  const { doc } = ctx;
  const sent = sentenceAt(doc.sentences, q.close + 1) ?? sentenceAt(doc.sentences, q.close);
  if (!sent) return undefined;
  let from = q.close + 1;
  // A sign-off after the quote: "“Maybe, we can build a wall around Donald Trump.” ― Steve Quinlan".
  const dash = /^[\s,.]*-\s*/.exec(doc.norm.slice(from, from + 6));
  if (dash) {
    const para = doc.paragraphs[q.paragraph];
    const at = from + dash[0].length;
    const name = known(ctx.entities, nameAfter(doc.norm, at, para ? para.end : at + 60));
    const e = ctx.entities[lastBefore(ctx.entities, at + 1)];
    const who = e && e.start === at && e.type === 'person' ? e : name;
    const dashAt = from + dash[0].indexOf('-');
    if (who && /^\s*(?:[.,;]|$|\n)/.test(doc.norm.slice(who.end, who.end + 2))) {
      const s0 = sentenceAt(doc.sentences, who.start) ?? sent;
      return {
        who,
        // The dash is the cue, as an attribution annotation marks it.
        cue: { start: dashAt, end: dashAt + 1, word: '-', kind: 'quoteOnly', sentence: s0 },
        sent: s0,
      };
    }
    // A sign-off we cannot read is still someone else's: never pass the quote to the last speaker.
    if (/^\s*\p{Lu}/u.test(doc.norm.slice(at, at + 3))) {
      const signer = /^[^\n,;(]{2,80}?(?=\s*(?:[,;(]|\n|$))/.exec(doc.norm.slice(at, at + 80));
      if (signer)
        ctx.out.note('direct', { start: at, end: at + signer[0].trimEnd().length }, q, {
          start: dashAt,
          end: dashAt + 1,
        });
      return 'blocked';
    }
  }
  // "While Sullivan proclaims the article a “terrific piece,” Clinton fixates on…": a quote inside
  // a fronted subordinate clause belongs to that clause; the name after it opens the main one.
  const opening = sentenceAt(doc.sentences, q.open);
  if (
    opening &&
    OPENS_SUBORDINATE.test(doc.norm.slice(opening.start, opening.start + 24)) &&
    /[A-Za-z]/.test(doc.norm.slice(opening.start, q.open)) &&
    !doc.norm.slice(opening.start, q.open).includes(',')
  )
    return undefined;
  let s = sent;
  let nextSentence = false;
  if (/^[\s]*$/.test(doc.norm.slice(from, s.end)) || s.end <= from) {
    // The segmenter ends a sentence at “…?” or “….”, so "Trump said, looking out…" opens the next one.
    const next = doc.sentences[s.index + 1];
    if (!next || next.paragraph !== s.paragraph) return undefined;
    // …but only for a quote that opens its own sentence: in "Lee called the ruling “arbitrary.”
    // Pat Vane, a party operative, warned…" the quote is Lee's object and Vane opens a new sentence.
    const own = opening ?? s;
    if (/[^\s"(]/.test(doc.norm.slice(own.start, q.open).replace(/:\s*$/, ''))) return undefined;
    s = next;
    from = next.start;
    nextSentence = true;
  }
  const cues = ctx.cuesOf(s);
  let lo = 0;
  let hi = cues.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cues[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  const cue = cues[lo];
  const unlisted = unlistedVerb(ctx, q, s, from, cue, opening);
  if (unlisted) return unlisted;
  const ended = nextSentence && endsSentence(doc.norm, q);
  if (nextSentence && !ended && (!cue || cue.start - from > 40)) {
    // "“You know, it happens, right?” Trump went on, as if…": a subject and one verb, then a comma
    // or the end, is an attribution even with a verb we do not list; never pass such a quote on.
    const m =
      /^\s*((?:[\p{Lu}][\p{L}.'-]*\s+){0,4}?[\p{Lu}][\p{L}.'-]*|he|she|they|He|She|They)\s+[a-z]+(?:\s+(?:on|up|back|out|in))?\s*[,.]/u.exec(
        doc.norm.slice(from, from + 80),
      );
    if (m) return 'blocked';
  }
  const reach = NAMED_LEAD.test(doc.norm.slice(from, from + 60)) ? 180 : 90;
  if (!cue || cue.start - from > reach || /"/.test(doc.norm.slice(from, cue.start))) return undefined;
  // "“We are refugees,” Ms. Alawee said. “We are not terrorists.” Mr. Zahed said: “The attacks…”":
  // a verb whose colon hands over to the next quote is that quote's, not the one before it.
  if (/^\s*:\s*"/.test(doc.norm.slice(cue.end, cue.end + 5))) return undefined;
  // "Trump said the team had made “tremendous progress” over the past week…, adding that…": a
  // participle after the quote adds to the verb that holds it in its clause (nothing but words
  // without a comma, colon, dash or quotation mark between them), and the quote is that clause's
  // (attributeUnattributed), not what the participle reports.
  if (
    cue.kind === 'participle' &&
    opening === s &&
    !/"/.test(doc.norm.slice(s.start, q.open)) &&
    ctx
      .cuesOf(s)
      .some((k) => k.end <= q.open && k.kind === 'speech' && !/[,;:"—–-]/.test(doc.norm.slice(k.end, q.open)))
  )
    return undefined;
  if (!['speech', 'participle', 'quoteOnly', 'stance', 'stanceThat'].includes(cue.kind)) return undefined;
  const lead = doc.norm.slice(from, cue.start);
  // "“…are the best games in the series.” Read our Pokemon Sword and Shield review.": a page's
  // link after a quote ("Read more", "Read the full statement") is an imperative, no source.
  if (nextSentence && doc.norm.slice(cue.start, cue.end) === 'Read' && /^\s*$/.test(lead)) return undefined;
  // Only a bare attribution counts: "He said." / "Trump said, looking out…" / "Vitter asked
  // Stumpf." / "she said in a statement", not "He said the talks…" nor "Melanie said yes" (PolNeAR).
  const follow = doc.norm.slice(cue.end, Math.min(s.end, cue.end + 60));
  const bare =
    BARE_FOLLOW.test(follow) ||
    (/^(?:told|tells|asked|asks)$/.test(cue.word) && OBJECT_FOLLOW.test(follow)) ||
    // "“…,” Lopez told a crowd of several hundred supporters gathered outside the capitol": a
    // listener however long, with no clause of its own, leaves the quote as what was told.
    (/^(?:told|tells)$/.test(cue.word) && toldBare(doc.norm.slice(cue.end, s.end)));
  // A stance verb attributes a quote only bare: "…?” Vitter demanded." (PolNeAR).
  if (cue.kind.startsWith('stance') && !/^\s*(?:\w+ly\s*)?(?:[,.;:!?]|$)/.test(follow)) return undefined;
  // A source right after the quote with more words after its verb is still the quote's source,
  // but not one to read safely: leave the quote out rather than pass it on.
  // A short subject right after the quote ("…, who knows?” Trump told a TV station in an
  // interview…") is still its source even when we cannot read the rest: never pass the quote on.
  const shortSubject = !ended && /^\s*(?:[\p{Lu}][\p{L}.'-]*\s+){1,3}$|^\s*(?:he|she|they)\s+$/u.test(lead);
  if (!bare && !/^[\s,.?!]*$/.test(lead)) return nextSentence && !shortSubject ? undefined : 'blocked';
  const looksLikeSource =
    /^[\s,.?!]*$/.test(lead) ||
    ((ROLE_LEAD.test(lead) || /^[\s,.?!]*(?:\S+\s+){1,6}$/.test(lead)) &&
      !/[,;]\s*\S/.test(lead.trim().replace(/^[,.?!]+/, '')));
  let who: Entity | undefined;
  if (/^[\s,.?!]*$/.test(lead)) who = subjectAfter(doc, ctx.entities, s, cue.end);
  else {
    // Only the source may stand between the quote and the verb: in "…“reserves of stability”
    // under the growing weight of sanctions, he said" the verb reports the whole clause.
    const e = subjectBefore(doc, ctx.entities, s, cue.start);
    if (e && e.start >= from && ROLE_LEAD.test(doc.norm.slice(from, e.start))) who = e;
  }
  // "When someone in the audience shouted, “Cruz,” Beck joked": a verb right before the quote that
  // hands over to it has it, when someone else is named as its subject; the source after the
  // quote says something of its own.
  if (handedElsewhere(ctx, q, who, undefined, true)) return undefined;
  const r = who && ctx.speaker(who, s);
  if (who && !r && !who.modifier) {
    ctx.out.note('direct', who, { start: q.start, end: q.end }, cue);
    // The verb is read, as this quote's: its clause before is the quote's own tail.
    ctx.consumed.add(cue.start);
  }
  // No actor at all: "“I would,” Melanie said", "…,” the mayor said", "…,” said Charlie King".
  if (!who && looksLikeSource) {
    const plain = /^[\s,.?!]*$/.test(lead)
      ? plainAfter(doc.norm, s, cue.end)
      : plainSubject(doc.norm, s, cue.start, from);
    if (plain) ctx.out.note('direct', plain, { start: q.start, end: q.end }, cue);
  }
  if (!who || !r) return looksLikeSource ? 'blocked' : undefined;
  ctx.consumed.add(cue.start);
  return { who: { ...r, start: who.start, end: who.end }, cue, sent: s };
}

const SIGNED = /(?:^|\s)-\s*\p{Lu}[^\n"]{1,60}\s*$/u;

/** The direct statement in a reported clause that holds the quote, if any ("said the US team has made “tremendous progress”"). */
function container(ctx: Ctx, q: Quote) {
  const sent = sentenceAt(ctx.doc.sentences, q.start);
  return ctx
    .statementsNear(sent?.index ?? 0)
    .find((s) => s.kind !== 'direct' && s.start <= q.open + 1 && s.end >= q.end);
}

/**
 * A quote with no attribution after it takes its speaker from, in order: the reported clause that
 * holds it (a mixed quote; when the clause is nothing but the quote, only the direct line stays,
 * CONVENTIONS 2); a colon after an attributed subject ("Trump said: “…”", "Leavitt struck a tone:
 * “…”"); an attribution earlier in the same sentence ("“Real progress,” Trump insisted, was
 * separating the parties by “only a few…”"); or the sentence before, when the quote opens its
 * sentence ("…Mr Putin declared… “But, as I've said…”", and a paragraph that continues the last
 * speaker). Otherwise it is left out: a quoted name ("coalition of the willing") is not speech.
 */
const PERCEIVED =
  /\b(?:heard|hears?|saw|sees?|watched|watch(?:es)?|listened to|recalled|recalls|remembered|remembers|showed|shows|depicted|depicts|caught|filmed|recorded)\s+((?:[\w'’.-]+\s+){1,5}?)([a-z]+ing)(\s*[,:]?\s*)$/;

export function attributeUnattributed(ctx: Ctx, q: Quote, sent: Sentence): void {
  const { doc } = ctx;
  const span = { start: q.start, end: q.end };
  const c = container(ctx, q);
  if (c) {
    const speaker = ctx.speakerOf.get(c);
    if (!speaker) return;
    // A verb of another subject inside the clause that hands over to the quote gives it a speaker
    // of its own: in "Fans chanted, “Build a wall,” the Chicago Tribune reported", the paper reports
    // the chant and the words are the fans'. Left out rather than given to the reporter.
    if (handedElsewhere(ctx, q, speaker, c, true)) return;
    // A verb of saying of another subject inside the clause takes the quote too (handover.ts).
    if (saidInClause(ctx, q, speaker, c, sent)) return;
    // …and so does a colon whose own clause has another subject: "According to AFP, one user on
    // Weibo… posted: “…”" is the user's, whom the agency reports.
    if (/:\s*$/.test(doc.norm.slice(c.start, q.open))) {
      const from = colonClause(doc.norm, sent, q.open);
      const own = colonSpeaker(ctx, sent, q.open, q.open, from);
      // (A clause with a verb before the colon, and the speaker outside it, has a subject of its own.)
      const verb = () => /\b(?:[a-z]+ed|[a-z]+s|wrote|said|told)\s*:\s*$/.test(doc.norm.slice(from, q.open));
      if (own ? !sameEntity(own, speaker) : c.source && c.source.end <= from && verb()) return;
    }
    const rest = doc.norm
      .slice(c.start, c.end)
      .replace(/["\s.,]+/g, ' ')
      .trim();
    const inner = doc.norm
      .slice(q.start, q.end)
      .replace(/["\s.,]+/g, ' ')
      .trim();
    if (rest === inner && c.kind === 'indirect') ctx.out.remove(c);
    ctx.emit(speaker, 'direct', span, sent);
    return;
  }
  const before = doc.norm.slice(Math.max(sent.start, q.open - 200), q.open);
  // "Mook told CBS, “We're really focused…”": a listener and a comma hand over to the quote as a
  // colon does.
  const toldComma = /\b(?:told|tells)\s+(?:[\w.'’-]+\s+){0,4}[\w.'’-]+,\s*$/.exec(before);
  // "Officer Reyes heard the suspect shouting: “…”": after a verb of perceiving or showing, the one
  // perceived speaks; the quote is theirs where the text names them, no one's otherwise.
  const seen = PERCEIVED.exec(before);
  if (seen) {
    const from = q.open - seen[3]!.length - seen[2]!.length - seen[1]!.length;
    const i = lastBefore(ctx.entities, from + seen[1]!.trimEnd().length);
    const e = ctx.entities[i];
    const who =
      e && !e.modifier && e.end === from + seen[1]!.trimEnd().length ? ctx.speaker(e, sent) : undefined;
    if (who && !handedElsewhere(ctx, q, who))
      ctx.emit({ ...who, start: e!.start, end: e!.end }, 'direct', span, sent);
    return;
  }
  if (/:\s*$/.test(before) || toldComma) {
    const subj = colonSpeaker(ctx, sent, toldComma ? q.open - toldComma[0].length : q.open, q.open);
    // "…,” Cruz said as the heckler yelled: “You suck!”": the verb before the colon has a subject
    // of its own.
    if (subj && !handedElsewhere(ctx, q, subj)) ctx.emit(subj, 'direct', span, sent);
    return;
  }
  // A split quote: "“Real progress,” Trump insisted, was separating the parties by “only a few…”"
  // (001) or "…, a US official said, “and has been…”" (000). Only a quote attributed earlier in
  // the sentence, or a verb right before this quote, passes its speaker on; a quote in the
  // listener of a verb ("tells MSNBC's “Morning Joe” that…") or a name after a possessive is no speech.
  if (/'s?\s*$/.test(before)) return;
  const earlier = ctx.saidIn(sent.index, q.open).pop();
  if (earlier) {
    const st = ctx.statementsNear(sent.index).find(
      (x) =>
        ctx.speakerOf.get(x) === earlier.speaker &&
        x.start < q.open &&
        (x.kind === 'direct' ||
          (x.cue && /^[\s,:]*$/.test(doc.norm.slice(x.cue.end, q.open))) ||
          /^[\s,:]*$/.test(doc.norm.slice(x.end, q.open)) ||
          // "…reminds him of the book “The Tragedy of Lyndon Johnson,” explaining, “…”"
          /^[\s,:"]*[a-z]+ing\s*[,:]\s*$/.test(doc.norm.slice(x.end, q.open))),
    );
    // Nothing that could bring in another speaker may stand between (handover.ts).
    const between = st ? doc.norm.slice(Math.max(st.cue?.end ?? st.end, st.end), q.open) : '';
    const cue = st?.cue ? doc.norm.slice(st.cue.start, st.cue.end) : '';
    if (st && !anotherVoiceBetween(between, cue) && !handedElsewhere(ctx, q, earlier.speaker))
      ctx.emit(earlier.speaker, 'direct', span, sent);
    return;
  }
  // The quote opens its sentence (a short subject like "Ukrainians" may come first when the
  // attribution follows later; that case was handled by attributeAfter).
  if (/\S/.test(before)) return;
  // A paragraph signed at its end ("“…” ― Christina Lastra.") is its signer's, however its quote
  // marks pair up: never the speaker of the paragraph before.
  const para = doc.paragraphs[q.paragraph];
  if (para && SIGNED.test(doc.norm.slice(q.close + 1, para.end))) return;
  // A pull quote (a paragraph of its own, printed again elsewhere) is attributed where it is
  // repeated, not by the paragraph before it.
  const alone =
    !!para && /^\s*$/.test(doc.norm.slice(para.start, q.open) + doc.norm.slice(q.close + 1, para.end));
  if (alone && ctx.repeated(q)) return;
  const prev = doc.sentences[sent.index - 1];
  if (!prev) return;
  const made = madeBefore(ctx, q, sent, prev);
  if (made !== undefined) {
    if (made && !handedElsewhere(ctx, q, made)) ctx.emit(made, 'direct', span, sent);
    return;
  }
  // …and only a sentence that is nothing but the quote continues the speaker before.
  if (!/^[\s.,?!]*$/.test(doc.norm.slice(q.close + 1, Math.max(q.close + 1, sent.end)))) return;
  if (prev.paragraph !== sent.paragraph && q.open !== doc.paragraphs[sent.paragraph]?.start) return;
  if (sent.paragraph - prev.paragraph > 1) return;
  // The speaker of a quote in the sentence before goes on ("…,” Chaffetz said after Pagliano failed
  // to show up at the hearing he was called to. “Mr. Pagliano is…”), else the last one attributed.
  const before1 = ctx.saidIn(prev.index);
  // …unless someone else comes in after the attribution: "“Tell her…,” Ebeling said, and her
  // husband cut in. “Don't forget…”" (PolNeAR).
  const lastCue = before1[before1.length - 1]?.pos ?? prev.start;
  if (/,\s+(?:and|but|while|as|before|after|when)\s/.test(doc.norm.slice(lastCue, prev.end))) return;
  const quoted = ctx
    .statementsNear(prev.index)
    .filter((x) => x.kind === 'direct' && x.end >= prev.start && x.start < prev.end)
    .pop();
  const last = (quoted && ctx.speakerOf.get(quoted)) ?? before1.pop()?.speaker;
  if (last) ctx.emit(last, 'direct', span, sent);
}

/**
 * A quote that ends a longer clause ("The E.U. will finalize a legal plan on that “in the coming
 * days,” Macron said", 001) is a mixed quote: the clause is an indirect statement too.
 */
export function emitAttributed(ctx: Ctx, q: Quote, a: Attribution, openSent: Sentence): void {
  const { doc } = ctx;
  const st = ctx.emit(a.who, 'direct', { start: q.start, end: q.end }, a.sent, a.cue);
  if (!st || openSent.index !== a.sent.index) return;
  const lead = doc.norm.slice(openSent.start, q.open).trim();
  if (lead.split(/\s+/).length < 3 || /[:"]$/.test(lead)) return;
  const span = clauseBefore(doc, a.sent, a.who.start);
  if (span && span.start < q.open) ctx.emit(a.who, 'indirect', span, a.sent, a.cue);
}
