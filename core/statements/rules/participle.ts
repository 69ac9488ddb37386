// Participles of speech ("…, saying that…", "…, adding: “…”"): whose words they report. The
// sentence's speaker's, unless the text gives the participle a subject of its own.
import { lastBefore, type Entity } from '../sources/entities';
import type { Cue } from '../cues/cues';
import type { Ctx } from '../index';
import { quoteAt } from '../cues/quotes';
import { sentenceSubject } from '../sources/sentence-subject';
import {
  KEEP_VERB,
  NEED_CLAUSE,
  OTHER_CLAUSE_BEFORE,
  afterListener,
  clauseEnd,
  complementAfter,
} from './clauses';
import { emitClause, trim } from './emit';

const AS_SAID =
  /,\s+as\s+[^,;:"]{1,40}?(?:,\s+[^,;:"]{1,40},)?\s+(?:has\s+|had\s+)?(?:said|says|put it|noted|notes|wrote|writes)\s*,\s*$/;
const PERCEIVED_OBJECT =
  /\b(?:quoted|quotes|quoting|cited|cites|described|describes|heard|hears|saw|sees|watched|showed|shows|recalled|recalls|remembered|remembers)\s+((?:[\w'’.-]+\s+){1,5}?)(as\s+)?$/;

// "…, Lewandowski added, saying…": a reporting clause set off right before the participle.
const REPORTER_BEFORE =
  /(?:^|[,"]\s*)[^,;:"]{1,80}?\s+(?:also\s+)?(said|says|added|adds|noted|notes|wrote|writes|explained|continued|argued|insisted)\s*,\s*$/;

/**
 * "Comey cannot say that “from his perspective,” Lewandowski added, saying it should be…": after a
 * reporting clause set off by commas, the participle goes on with that clause's speaker, not the
 * sentence's subject, whoever the rules have read so far.
 */
function reporterBefore(ctx: Ctx, sent: Cue['sentence'], at: number): Entity | undefined {
  const before = ctx.doc.norm.slice(Math.max(sent.start, at - 120), at);
  const m = REPORTER_BEFORE.exec(before);
  if (!m) return undefined;
  const verbStart = at - before.length + m.index + m[0].lastIndexOf(m[1]!);
  const e = ctx.entities[lastBefore(ctx.entities, verbStart)];
  if (
    !e ||
    e.modifier ||
    e.start < sent.start ||
    !/^\s+(?:also\s+)?$/.test(ctx.doc.norm.slice(e.end, verbStart))
  )
    return undefined;
  return ctx.speaker(e, sent);
}

export function handleParticiple(ctx: Ctx, cue: Cue): void {
  const { doc } = ctx;
  const { norm } = doc;
  const sent = cue.sentence;
  // The speaker the sentence has reached here: the last one named before the participle, else the
  // subject the clause gave its verb, else the sentence's subject.
  // A speaker in a relative clause on an object is not the participle's: in "President Obama
  // rebuked critics who say he should…, saying calling the group by another name will do nothing"
  // the sentence's subject speaks. (One set off by commas is about the subject: "Rudy Giuliani,
  // who backs Trump, trashed Comey…, calling it a “no-brainer”".)
  const speakerHere = (subject: Entity | undefined) => {
    const last = ctx.saidIn(sent.index, cue.start).pop();
    const relative =
      last &&
      /[^,\s]\s+(?:who|that|which)\s+(?:\w+\s+){0,2}$/i.test(
        norm.slice(Math.max(sent.start, last.pos - 30), last.pos),
      );
    if (relative) return ctx.speaker(subject, sent);
    // Nor is one whose stance a possessive names inside the clause ("blamed the media for making
    // an issue out of Donald Trump's claim that…, saying they were nitpicking": Pence says it, a
    // real news page): the owner of "claim" is no subject of the sentence.
    const owner = last && /^['’]s?\b/.test(norm.slice(last.speaker.end, last.speaker.end + 2));
    return (owner ? undefined : last?.speaker) ?? ctx.subjectIn.get(sent.index) ?? ctx.speaker(subject, sent);
  };
  // "…, with union president Carla Mendes stating: “…”": the participle has a subject of its
  // own, the one "with" brings in; someone the text does not name there is no one to give it to.
  if (/,\s+with\s+[^,;:"]{2,80}?\s+$/.test(norm.slice(Math.max(sent.start, cue.start - 90), cue.start))) {
    const i = lastBefore(ctx.entities, cue.start);
    const e = ctx.entities[i];
    const own = e && !e.modifier && /^\s+$/.test(norm.slice(e.end, cue.start)) ? e : undefined;
    const who = own && ctx.speaker(own, sent);
    if (!who || !own) return;
    const span = complementAfter(doc, sent, cue.end, false, NEED_CLAUSE.has(cue.word));
    emitClause(ctx, { ...who, start: own.start, end: own.end }, 'indirect', span, cue);
    return;
  }
  // "quoted Marsh as saying…", "heard the suspect saying…": after a verb that reports or
  // perceives someone, the participle is theirs, the named one's or no one's, never the subject's.
  // So is a participle after "for" ("praised Ridge for saying…"): the one praised said it. After
  // "of" ("accused Ridge of claiming…") it is an allegation, no one's words.
  if (/\sof\s+$/.test(norm.slice(Math.max(sent.start, cue.start - 5), cue.start))) return;
  const object =
    PERCEIVED_OBJECT.exec(norm.slice(Math.max(sent.start, cue.start - 80), cue.start)) ??
    /()(\s+for\s+)$/.exec(norm.slice(Math.max(sent.start, cue.start - 8), cue.start));
  if (object) {
    const end = cue.start - (object[2] ?? '').length - (object[1]!.length - object[1]!.trimEnd().length);
    const e = ctx.entities[lastBefore(ctx.entities, end)];
    const who = e && !e.modifier && e.end === end ? ctx.speaker(e, sent) : undefined;
    if (who && e) {
      // A participle after the clause ("…, noting that…") is still the sentence's speaker's.
      const main = speakerHere(sentenceSubject(doc, ctx.entities, sent));
      // Only where that speaker is known: else the one perceived would pass as the last speaker.
      if (!main) return;
      const span = complementAfter(doc, sent, cue.end, false, NEED_CLAUSE.has(cue.word));
      emitClause(ctx, { ...who, start: e.start, end: e.end }, 'indirect', span, cue);
      ctx.heard(main, sent, cue.start);
    }
    return;
  }
  // "…will be interviewed about Pope Francis calling Christmas a sham": a name after a preposition
  // right before the participle is its own subject, and what it does is talked about, not said.
  if (
    /\b(?:about|over|against|on|at|for|of)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,4}$/.test(
      norm.slice(Math.max(sent.start, cue.start - 60), cue.start),
    )
  )
    return;
  // "It's a long time, as Congresswoman Dean said, calling out for his mother…": a comment clause
  // ("as X said,") stands aside from the sentence; the participle after it is not X's, and whose
  // it is the text does not say.
  if (AS_SAID.test(norm.slice(Math.max(sent.start, cue.start - 80), cue.start))) return;
  // "Clinton asks as a maintenance guy walks in front of her, saying…": a clause of another
  // subject stands between the speaker and the participle, which is that subject's.
  if (OTHER_CLAUSE_BEFORE.test(norm.slice(Math.max(sent.start, cue.start - 120), cue.start))) return;
  // "…, telling Reuters, “…”", "after telling his aides he planned…": "telling" reports only
  // where it continues the clause; "a telling sign that…" is an adjective.
  const telling = cue.word === 'telling';
  if (
    telling &&
    !/(?:,|\b(?:and|after|before|by|while|when|in))\s*$/.test(
      norm.slice(Math.max(sent.start, cue.start - 8), cue.start),
    )
  )
    return;
  const subject = sentenceSubject(doc, ctx.entities, sent);
  const who = reporterBefore(ctx, sent, cue.start) ?? speakerHere(subject);
  if (!who) return;
  // Where the text names the participle's source: the speaker's own mention in this sentence
  // ("Trump told a rally…, saying…"), shown as the source as an annotation would; none else.
  const named = [who, subject].find(
    (e) => e && e.start >= sent.start && e.end <= cue.start && e.end > e.start,
  );
  // "…, telling Reuters, “Sheldon and I have been friends…”", "telling her “you are…”",
  // "telling Mic in an interview published on Monday, “…”": the quote after the listener and
  // where it was told (a "that" before the quote makes it part of a reported clause instead).
  const told = telling ? afterListener(norm, cue.end) : cue.end;
  const lead =
    telling && told > cue.end
      ? /^(?:(?!\bthat\b)[^,;:"]){0,50}?[,:]?\s*(?=")/.exec(norm.slice(told, told + 60))
      : null;
  const q = lead ? quoteAt(ctx.quotes, told + lead[0].length) : undefined;
  if (q && q.open > cue.end) {
    emitClause(ctx, { ...who, start: named?.start ?? 0, end: named?.end ?? 0 }, 'direct', q, cue);
    return;
  }
  // A speech participle reports speech whatever the verb before it: in "criticised the plan, saying
  // that the city cannot afford…" the stance is the first verb's, the words the second's.
  const kind = 'indirect';
  let span = KEEP_VERB.has(cue.word)
    ? trim(norm, cue.start, clauseEnd(norm, cue.end, sent))
    : complementAfter(doc, sent, cue.end, telling, NEED_CLAUSE.has(cue.word));
  // "Noting that the plan failed, Smith said it was over": a participle that opens the sentence
  // says what it says up to the comma before the subject it shares; the rest is the subject's own.
  if (span && subject && subject.start > cue.end && span.end > subject.start) {
    const comma = norm.lastIndexOf(',', subject.start);
    span = comma > span.start ? trim(norm, span.start, comma) : undefined;
  }
  // "Mr. Butterfield, noting the risk, added…": a bare short object is no statement.
  if (
    span &&
    !/"/.test(norm.slice(span.start, span.end)) &&
    norm.slice(span.start, span.end).split(/\s+/).length < 3
  )
    return;
  emitClause(ctx, { ...who, start: named?.start ?? 0, end: named?.end ?? 0 }, kind, span, cue);
  return;
}
