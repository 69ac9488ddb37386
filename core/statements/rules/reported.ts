import { sentenceAt } from '../../text';
import type { Sentence, Span, Statement, StatementKind } from '../../types';
import {
  CLAUSE_VERB,
  CONJOINED,
  KEEP_VERB,
  NEED_CLAUSE,
  OPENS_SUBORDINATE,
  clauseBefore,
  openingOf,
  clauseEnd,
  complementAfter,
  interrupted,
  interruptedRest,
  PREDICATE_OPENING,
  restAfterSource,
  skipAdjuncts,
} from './clauses';
import type { Cue } from '../cues/cues';
import { commaIn, emitClause, inside, nestedOk, trim } from './emit';
import { handleFramedCue } from './framed';
import { handleParticiple } from './participle';
import { phoned } from './phoned';
import { verbless } from './verbless';
import type { Entity } from '../sources/entities';
import type { Ctx } from '../index';
import { notePlain, plainSubject } from './plain';
import { quoteAt } from '../cues/quotes';
import { sentenceSubject } from '../sources/sentence-subject';
import { PRONOUNS, subjectAfter, subjectBefore, type EntityList } from '../sources/speakers';

const SOME: Entity = {
  start: 0,
  end: 0,
  name: 'some observers',
  type: 'group',
  speakerType: 'anonymous',
  unnamed: true,
  plural: true,
  head: 'observer',
};

const ADVERBIAL =
  /^(?:In|On|At|For|With|From|By|During|After|Before|Of|About|Asked|Speaking|Unlike|Like|As|When|While|Although|Though|If|Since|Despite|Following|Amid)\b/;

/** Where the source's noun phrase starts, titles and roles included ("…, President Volodymyr Zelenskiy said"). */
function roleStart(norm: string, sent: Sentence, at: number): number {
  const m =
    /,"?\s*((?:(?:[A-Z][\w.'-]*|the|former|press|secretary|spokesman|spokeswoman|minister|adviser|envoy|chief|de|van|von|der|den|da|del|di|du|la|le|al|bin)\s+)+)$/.exec(
      norm.slice(Math.max(sent.start, at - 80), at),
    );
  return m ? at - m[1]!.length : at;
}

/** "some view as", "Some worry about", "Others question whether": the plural source of the sentence before, else "some observers". */
function someSubject(ctx: Ctx, sent: Sentence, pos: number): Entity | undefined {
  const m = /(?:^|[\s,])(some|others|many)\s+$/i.exec(
    ctx.doc.norm.slice(Math.max(sent.start, pos - 12), pos),
  );
  if (!m) return undefined;
  const prev = ctx.doc.sentences[sent.index - 1];
  if (!prev || sent.paragraph - prev.paragraph > 1) return SOME;
  const subj = sentenceSubject(ctx.doc, ctx.entities, prev);
  if (subj && subj.plural && subj.unnamed) return subj;
  // "Some worry… Others question…": the source of "some" carries over.
  const said = ctx.saidIn(prev.index).pop()?.speaker;
  if (said && said.plural && said.unnamed && /^(some|others)$/i.test(m[1]!)) return said;
  return SOME;
}

/**
 * The speaker of a reporting verb joined by "and" or "but" to the statement right before it ("said
 * he had voted for Mr. Rubio, but cautioned against…", "found Trump charming and called his
 * standing…"): the clause before ends at the conjunction (clauseEnd), and the second verb, which
 * has no subject of its own, is the same speaker's. Undefined when no statement of this sentence
 * ends there.
 */
const JOINED_BEFORE = new RegExp(`${CONJOINED}$`);

function conjoinedSpeaker(ctx: Ctx, sent: Sentence, verbStart: number): Entity | undefined {
  const m = JOINED_BEFORE.exec(ctx.doc.norm.slice(Math.max(sent.start, verbStart - 24), verbStart));
  if (!m) return undefined;
  const at = verbStart - m[0].length;
  // Of the statements ending there, the outermost: "Merrill says Machado promised to… and said she
  // would…" joins "said" to "says", not to the "promised" inside Merrill's words.
  let before: Statement | undefined;
  for (const st of ctx.statementsNear(sent.index))
    if (st.cue && st.cue.start >= sent.start && st.end <= at && at - st.end <= 2 && st.source)
      if (!before || st.start < before.start) before = st;
  const speaker = before && ctx.speakerOf.get(before);
  const source = before?.source;
  return speaker && source ? { ...speaker, start: source.start, end: source.end } : undefined;
}

/**
 * "Rubio thanked Miami and said it was great to be home", "Mrs. Clinton shook her head and said,
 * “No.”": a speech verb joined by "and" to the sentence's first verb phrase has the sentence's
 * subject. Not inside a fronted subordinate clause ("After Trump won and said…, Clinton…"), and
 * not across a semicolon, colon or quotation.
 */
function secondVerbSubject(ctx: Ctx, sent: Sentence, verbStart: number): Entity | undefined {
  const { norm } = ctx.doc;
  if (
    !/\band\s+(?:then\s+|later\s+|also\s+)?$/.test(
      norm.slice(Math.max(sent.start, verbStart - 12), verbStart),
    )
  )
    return undefined;
  if (OPENS_SUBORDINATE.test(norm.slice(sent.start, sent.start + 24))) return undefined;
  const subject = sentenceSubject(ctx.doc, ctx.entities, sent);
  if (!subject || subject.end > verbStart || subject.modifier) return undefined;
  if (/[;:"]/.test(norm.slice(subject.end, verbStart))) return undefined;
  return subject;
}

/**
 * "Said Comey, “The thought that an error…”", "Said Dorothy Poynter, who grew up with Ali in the
 * neighborhood, “We were all so proud of him.”": a speech verb that opens its sentence, its source
 * right after it, and then, after a comma or a colon, the quotation it introduces.
 */
function saidFirst(ctx: Ctx, cue: Cue): boolean {
  const { doc } = ctx;
  const sent = cue.sentence;
  if (cue.start !== sent.start || !/^[A-Z]/.test(doc.norm[cue.start] ?? '')) return false;
  const who = subjectAfter(doc, ctx.entities, sent, cue.end);
  if (!who) return false;
  // The quote is found where the comma or colon hands over to it, as quoteAt finds the others, not
  // by a walk over every quote of the text.
  const lead = /^\s*(?:,[^"“”;]{0,160})?[,:]\s*/.exec(doc.norm.slice(who.end, who.end + 200));
  if (!lead) return false;
  const at = who.end + lead[0].length;
  const q = quoteAt(ctx.quotes, at);
  if (!q || q.open !== at || q.open >= sent.end) return false;
  emitClause(ctx, who, 'direct', { start: q.start, end: q.end }, cue);
  return true;
}

export function handleCue(ctx: Ctx, cue: Cue): void {
  const { doc } = ctx;
  const { norm } = doc;
  const sent = cue.sentence;
  // "told" and "tells" name their listener before the words ("told reporters that…").
  const told = cue.word === 'told' || cue.word === 'tells';
  if (handleFramedCue(ctx, cue)) return;
  switch (cue.kind) {
    case 'quoteOnly':
      // Verbs that attribute a quote next to them and nothing else ("she continued", "Blige sings");
      // "asked" also reports a question or request: "asked Sanders whether…", "asked them to…".
      if (/^ask(?:ed|s)$/.test(cue.word)) askedClause(ctx, cue);
      // …and the quote its colon or comma hands over to, as a speech verb's ("Caddell continued:"
      // and the quotation in the paragraph after it; "Malaska asked, “Could it…?”", where the parse
      // of the question may be too poor for the models).
      if (/^[,:]\s*"/.test(norm.slice(cue.end, cue.end + 8))) handleCue(ctx, { ...cue, kind: 'speech' });
      return;
    default:
      break;
  }
  if (cue.kind === 'participle') return handleParticiple(ctx, cue);
  // The verb group starts at the copula for "appears willing", "are increasingly optimistic".
  let verbStart = cue.start;
  if (cue.kind === 'adjective') {
    const m =
      /(?:\b(?:(?:has|have|had)\s+been|is|are|was|were|appears?|appeared|seems?|seemed|remains?|remained)\s+)(?:(?:more|\w+ly)\s+)*$/.exec(
        norm.slice(Math.max(sent.start, cue.start - 40), cue.start),
      );
    if (!m) return;
    verbStart = cue.start - m[0].length;
  }
  // Words that are nouns as often as verbs ("Republican claims", "media reports") take a subject
  // the actors stage knows, never a guessed name.
  const nounLike =
    /^(?:claims|reports|notes|remarks|comments|states|demands|counters|charges|fears|hopes|worries|views|wants|calls|questions|doubts|promises|pledges|warns|backs|supports)$/.test(
      cue.word,
    );
  // Guessed names only for explicit speech outside another statement ("Moscow was ready" inside
  // Lavrov's words is his paraphrase, not Moscow's stance).
  const guess = !nounLike && cue.kind === 'speech' && !inside(ctx, sent, cue.start);
  const heir = cue.kind === 'speech' ? conjoinedSpeaker(ctx, sent, verbStart) : undefined;
  if (heir) {
    emitClause(
      ctx,
      heir,
      'indirect',
      complementAfter(doc, sent, cue.end, told, NEED_CLAUSE.has(cue.word)),
      cue,
    );
    return;
  }
  let who =
    subjectBefore(doc, ctx.entities, sent, verbStart, guess) ??
    someSubject(ctx, sent, verbStart) ??
    (cue.kind === 'speech' ? secondVerbSubject(ctx, sent, verbStart) : undefined);
  let span: Span | undefined;
  const after = norm.slice(cue.end, cue.end + 3);
  if (who) {
    if (!nestedOk(ctx, sent, cue, who)) return;
    // "Sanders said he wants…": a pronoun right after a reporting verb is that speaker's own
    // clause, even when the speaker could not be read.
    if (
      PRONOUNS.test(who.name) &&
      /\b(?:said|says|told|added|wrote|noted|insisted|argued|claimed|warned|stressed|believes|thinks|announced)\s+(?:that\s+)?$/.test(
        norm.slice(Math.max(sent.start, who.start - 20), who.start),
      )
    )
      return;
    // A negated verb reports no statement: "Ukraine has not publicly confirmed…" (004).
    // (Not in an appositive: "A senior European diplomat, who asked not to be named, said…".)
    if (
      who.start >= sent.start &&
      who.end <= verbStart &&
      /\b(?:not|never)\b|n't\b/.test(norm.slice(who.end, verbStart).replace(/^\s*,[^,]*,/, ''))
    )
      return;
    // "…, President Volodymyr Zelenskiy said on Wednesday, as U.S. envoys pressed…": the clause
    // comes first even with a time or place after the verb.
    // "In her response to that, Tanden noted, “It worries me…”" / "added: “I'm concerned…”": the
    // quote right after the verb is its complement, and the verb's only statement.
    const lead = /^\s*[,:]\s*(?=")/.exec(norm.slice(skipAdjuncts(norm, cue.end), cue.end + 80));
    const srcStart = roleStart(norm, sent, who.start);
    if (cue.kind === 'speech' && lead) {
      // "A Ukrainian delegation is also in Abu Dhabi, a US official said, “and has been…”" (000):
      // a clause before the source is a statement too.
      if (/,"?\s*$/.test(norm.slice(Math.max(sent.start, srcStart - 3), srcStart)) && srcStart > sent.start) {
        const before = clauseBefore(doc, sent, srcStart);
        // …but not an adverbial opening ("In a letter included as part of the pitch, Mr. Rogers
        // writes, “…”", PolNeAR).
        if (
          before &&
          !ADVERBIAL.test(openingOf(norm.slice(before.start, before.end))) &&
          !verbless(norm, (ctx.entities as EntityList).trees?.[sent.index], before)
        )
          emitClause(ctx, who, 'indirect', before, cue);
      }
      const q = quoteAt(ctx.quotes, skipAdjuncts(norm, cue.end) + lead[0].length);
      if (q && q.open > cue.end) emitClause(ctx, who, 'direct', { start: q.start, end: q.end }, cue);
      return;
    }
    // After a quotation closed on its comma the verb has its words already, whatever follows it
    // short of "that" ("“…,” Rubio said Dec. 6 on CNN", "“…,” Jim Bennett, 57, told a voter
    // passing by"): the words after are when, where and to whom.
    // Only a quotation that opens its sentence or follows a colon: after "In an interview on
    // CBS's “Face the Nation,” Ryan said…" the title's marks hand over nothing.
    const rest = norm.slice(skipAdjuncts(norm, cue.end), cue.end + 120);
    const mark = /,"\s*$/.exec(norm.slice(Math.max(sent.start, srcStart - 3), srcStart));
    const closed = mark ? quoteAt(ctx.quotes, srcStart - mark[0].length + 1) : undefined;
    const opens = closed && sentenceAt(doc.sentences, closed.open);
    const quoted =
      !!opens &&
      /(?:^|:)\s*$/.test(norm.slice(opens.start, closed!.open)) &&
      !/^\s*(?:that\b|[:"])/.test(rest);
    const clauseFirst =
      cue.kind === 'speech' &&
      (quoted || /^\s*(?:[,.]|$)/.test(rest)) &&
      /,"?\s*$/.test(norm.slice(Math.max(sent.start, srcStart - 3), srcStart)) &&
      srcStart > sent.start;
    if (clauseFirst) {
      // "The museum, Mr. Bush said, celebrated…": the words go on after the verb.
      const words = interrupted(
        doc,
        sent,
        srcStart,
        interruptedRest(norm, sent, skipAdjuncts(norm, cue.end)),
      );
      if (words) {
        emitClause(ctx, who, 'indirect', words, cue);
        return;
      }
      // "…, a US official said." / "Only a handful of disagreements remain, he claimed, and significant headway…"
      span = clauseBefore(doc, sent, srcStart);
      // An adverbial before the source is no content; the clause after the verb is: "During his
      // years in office, Mr. Lee said, most voters have come to trust the plan."
      const after = /^\s*,\s+/.exec(norm.slice(skipAdjuncts(norm, cue.end), cue.end + 120));
      if (!span && after && ADVERBIAL.test(norm.slice(sent.start, srcStart))) {
        const from = skipAdjuncts(norm, cue.end) + after[0].length;
        const body = trim(norm, from, clauseEnd(norm, from, sent));
        if (body && CLAUSE_VERB.test(norm.slice(body.start, body.end))) span = body;
      }
      emitClause(ctx, who, 'indirect', span, cue);
      const more = /^,\s+and\s+/.exec(norm.slice(cue.end, cue.end + 8));
      if (more)
        emitClause(
          ctx,
          who,
          'indirect',
          trim(norm, cue.end + more[0].length, clauseEnd(norm, cue.end + more[0].length, sent)),
          cue,
        );
      return;
    }
  } else if (
    cue.kind === 'speech' &&
    !/^(?:told|tells|asked|asks|called|calls)$/.test(cue.word) &&
    /[,"]\s*$/.test(norm.slice(Math.max(sent.start, cue.start - 4), cue.start))
  ) {
    // (Not "called": "His group, called the Virginia Conservation Legacy Fund, will…" names.)
    // Inverted: "…, said Oleksandr Bevz, a Ukrainian government adviser…, and realize that…".
    who = subjectAfter(doc, ctx.entities, sent, cue.end);
    if (!who) return;
    // "This system, says Richard Locksley, an immunologist, helps direct…": the words go on after
    // the source, and what comes before the verb is only their subject. The rest must open on that
    // subject's verb: after "said Jake Horowitz, editor in chief of Mic.com" a second comma more
    // likely sets off more of the source's description.
    const rest = restAfterSource(norm, sent, who.end);
    span =
      (rest && PREDICATE_OPENING.test(norm.slice(rest.start, rest.start + 16))
        ? interrupted(doc, sent, cue.start, rest)
        : undefined) ?? clauseBefore(doc, sent, cue.start);
    emitClause(ctx, who, 'indirect', span, cue);
    return;
  }
  if (!who && cue.kind === 'speech' && saidFirst(ctx, cue)) return;
  if (!who) {
    if (cue.kind === 'speech' && !inside(ctx, sent, cue.start))
      notePlain(ctx, cue, verbStart, told, NEED_CLAUSE.has(cue.word));
    return;
  }
  let kind: StatementKind = 'indirect';
  if (cue.kind === 'speech') {
    span = cue.toldOutlet
      ? complementAfter(doc, sent, cue.end, true)
      : complementAfter(doc, sent, cue.end, told, NEED_CLAUSE.has(cue.word));
    if (span && phoned(norm, (ctx.entities as EntityList).trees?.[sent.index], ctx.entities, cue, span))
      return;
    if (span && KEEP_VERB.has(cue.word)) span = { start: cue.start, end: span.end };
    // "Trump acknowledged the changes, saying…": a bare short object is no statement.
    if (
      span &&
      !KEEP_VERB.has(cue.word) &&
      !/"/.test(norm.slice(span.start, span.end)) &&
      norm.slice(span.start, span.end).split(/\s+/).length < 3
    )
      return;
    if (cue.toldOutlet) kind = 'according_to';
  } else if (cue.kind === 'stanceThat') {
    kind = 'position';
    span = /^\s+on\b/.test(after)
      ? trim(norm, cue.start, clauseEnd(norm, cue.end, sent))
      : complementAfter(doc, sent, cue.end, false);
  } else {
    // A stance is short: it ends at the first comma ("Trump wants a stable peace, while Putin seeks…").
    kind = 'position';
    let end = clauseEnd(norm, cue.end, sent);
    const comma = commaIn(norm, cue.end, end);
    if (comma >= 0 && comma < end) end = comma;
    span = trim(norm, verbStart, end);
    // The object comes first in a relative clause: "provisions that Zelenskyy had previously rejected".
    const rel = /\b([a-z]+)\s+that\s+$/.exec(norm.slice(Math.max(sent.start, who.start - 30), who.start));
    if (span && /^\W*$/.test(norm.slice(span.end, end)) && span.end === cue.end && rel) {
      span = {
        start: who.start - rel[0].length + (rel[0].length - rel[0].trimStart().length),
        end: span.end,
      };
    }
  }
  emitClause(ctx, who, kind, span, cue);
}

/** "A reporter asked Sanders how he's feeling", "He asked them to consider…": the question or request. */
function askedClause(ctx: Ctx, cue: Cue): void {
  const { doc } = ctx;
  const { norm } = doc;
  const sent = cue.sentence;
  const m = /^\s+((?:[\w.'-]+\s+){0,5}?)(whether|if|to|what|how|why|who|when|where)\s/.exec(
    norm.slice(cue.end, Math.min(sent.end, cue.end + 80)),
  );
  // "who asked not to be named" is no question; nor is a bare "asked to" without a listener.
  if (!m || /^(?:if|to)\s|\bnot\b/.test(m[1]!) || (m[2] === 'to' && !m[1])) return;
  const from = cue.end + m[0].length - m[2]!.length - 1;
  const span = trim(norm, from, clauseEnd(norm, from, sent));
  if (!span || norm.slice(span.start, span.end).split(/\s+/).length < 3) return;
  const who = subjectBefore(doc, ctx.entities, sent, cue.start);
  if (who) {
    if (nestedOk(ctx, sent, cue, who)) emitClause(ctx, who, 'indirect', span, cue);
    return;
  }
  const plain = plainSubject(norm, sent, cue.start);
  if (plain) ctx.out.note('indirect', plain, span, cue);
}
