import type { Sentence, Span, StatementKind } from '../types';
import { CLAUSE_VERB, clauseBefore, clauseEnd, complementAfter, skipAdjuncts } from './clauses';
import type { Cue } from './cues';
import { lastBefore, type Entity } from './entities';
import type { Ctx } from './index';
import { quoteAt } from './quotes';
import { PRONOUNS, sentenceSubject, subjectAfter, subjectBefore } from './speakers';
import stance from '../../data/lexicons/stance-verbs.json';
import verbs from '../../data/lexicons/speech-verbs.json';

const KEEP_VERB = new Set(verbs.keepVerb);
const NEED_CLAUSE = new Set(verbs.needClause);
const KEEP_NOUNS = new Set(stance.keepNouns);
const REPORTS: Entity = {
  start: 0,
  end: 0,
  name: 'reports',
  type: 'group',
  speakerType: 'anonymous',
  unnamed: true,
  plural: true,
  head: 'report',
};
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

/** The first comma in [from, to), or -1: searched within the clause only. */
function commaIn(norm: string, from: number, to: number): number {
  const i = norm.slice(from, to).indexOf(',');
  return i < 0 ? -1 : from + i;
}

/** Where the source's noun phrase starts, titles and roles included ("…, President Volodymyr Zelenskiy said"). */
function roleStart(norm: string, sent: Sentence, at: number): number {
  const m =
    /,"?\s*((?:(?:[A-Z][\w.'-]*|the|former|press|secretary|spokesman|spokeswoman|minister|adviser|envoy|chief)\s+)+)$/.exec(
      norm.slice(Math.max(sent.start, at - 80), at),
    );
  return m ? at - m[1]!.length : at;
}

/** Statements already found in this sentence that hold `pos` in their text. */
function inside(ctx: Ctx, sent: Sentence, pos: number) {
  return ctx.statementsNear(sent.index).find((s) => s.start <= pos && s.end > pos);
}

/**
 * A nested attribution gets its own line only for a person or an unnamed source other than the
 * reporter (CONVENTIONS 6: official → Zelensky "hoped", Herbst → Putin "seeks"); a government
 * inside a spokesperson's words is the spokesperson's own paraphrase (Stefanishyna's "Kyiv
 * wanted…").
 */
function nestedOk(ctx: Ctx, sent: Sentence, cue: Cue, who: Entity): boolean {
  const outer = inside(ctx, sent, cue.start);
  if (!outer) return true;
  // A pronoun inside someone's words is theirs or unclear: "Trump said he was ready".
  if (outer.speaker === who.name || PRONOUNS.test(who.name)) return false;
  return who.type === 'person' || who.unnamed === true;
}

/** The entity right after "according to" / "citing"; "Moscow's Ministry of Defense" is the ministry. */
function sourceAfter(ctx: Ctx, sent: Sentence, pos: number): Entity | undefined {
  const { norm } = ctx.doc;
  const i = lastBefore(ctx.entities, pos + 60);
  for (let j = Math.max(0, i - 6); j <= i; j++) {
    const e = ctx.entities[j]!;
    if (e.start < pos || e.start > sent.end) continue;
    if (!/^\s*(?:the\s+)?$/i.test(norm.slice(pos, e.start))) return undefined;
    const poss = /^'s?\s+((?:[A-Z][\w-]*)(?:\s+(?:of|for|and|[A-Z][\w-]*))*)/.exec(
      norm.slice(e.end, e.end + 60),
    );
    if (poss) {
      const end = e.end + poss[0].length;
      return {
        start: e.start,
        end,
        name: ctx.doc.text.slice(e.start, end),
        type: e.type,
        speakerType: e.speakerType,
      };
    }
    // "by the Ukrainians and Europeans", "by Ukraine and Europe": one composite source (CONVENTIONS 9).
    const next = ctx.entities[j + 1];
    if (next && next.end <= sent.end && /^\s+and\s+(?:the\s+)?$/i.test(norm.slice(e.end, next.start))) {
      const name = ctx.doc.text.slice(e.start, next.end).replace(/^The /, 'the ');
      return { start: e.start, end: next.end, name, type: 'group', speakerType: 'group', plural: true };
    }
    return e;
  }
  return undefined;
}

function emitClause(
  ctx: Ctx,
  who: Entity | undefined,
  kind: StatementKind,
  span: Span | undefined,
  cue: Cue,
) {
  if (!who) return;
  const r = ctx.speaker(who, cue.sentence);
  if (!r) return;
  if (!span) {
    // "he posted a message saying that…": the participle after it speaks for the same subject.
    if (cue.kind === 'speech') {
      ctx.subjectIn.set(cue.sentence.index, r);
      ctx.heard({ ...r, start: who.start, end: who.end }, cue.sentence, cue.start);
    }
    return;
  }
  // A complement that is nothing but a quote is a direct statement only (CONVENTIONS 2: Umerov
  // "said Tuesday that “our delegations…”", "Trump said: “You know…”").
  const body = ctx.doc.norm.slice(span.start, span.end);
  if (/^"[^"]*"?$/.test(body.trim())) {
    const q = quoteAt(ctx.quotes, span.start);
    if (q && q.start > span.start && q.close >= span.end - 1)
      ctx.emit(
        { ...r, start: who.start, end: who.end },
        'direct',
        { start: q.start, end: q.end },
        cue.sentence,
        cue,
      );
    return;
  }
  ctx.emit({ ...r, start: who.start, end: who.end }, kind, span, cue.sentence, cue);
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

export function handleCue(ctx: Ctx, cue: Cue): void {
  const { doc } = ctx;
  const { norm } = doc;
  const sent = cue.sentence;
  const lastHere = () => ctx.saidIn(sent.index, cue.start).pop()?.speaker;
  const prevHere = () =>
    ctx
      .statementsNear(sent.index)
      .filter((s) => s.sentence.start === sent.start && s.start < cue.start)
      .pop();
  switch (cue.kind) {
    case 'according': {
      const to = cue.end + norm.slice(cue.end, cue.end + 5).indexOf('to') + 2;
      const who = sourceAfter(ctx, sent, to);
      if (!who) return;
      const head = norm.slice(sent.start, cue.start);
      let span: Span | undefined;
      if (/^\s*$/.test(head)) {
        const comma = commaIn(norm, who.end, sent.end);
        if (comma < 0) return;
        const end = clauseEnd(norm, comma + 1, sent);
        span = complementAfter(doc, sent, comma + 1, false) ?? undefined;
        if (span) span.end = Math.min(span.end, end);
      } else span = clauseBefore(doc, sent, cue.start);
      // "According to the network, basically.": a word or two is no content.
      if (span && norm.slice(span.start, span.end).split(/\s+/).length < 3) return;
      emitClause(ctx, who, 'according_to', span, cue);
      return;
    }
    case 'citing': {
      const who = sourceAfter(ctx, sent, cue.end);
      const prev = prevHere();
      if (who && prev) emitClause(ctx, who, 'according_to', { start: prev.start, end: prev.end }, cue);
      return;
    }
    case 'reportedly': {
      let start = sent.start;
      const head = norm.slice(sent.start, cue.start);
      const br = /.*(?:,\s+(?:but|and|while)\s+|;\s+)/.exec(head);
      if (br) start = sent.start + br[0].length;
      const end = clauseEnd(norm, cue.end, sent);
      emitClause(ctx, REPORTS, 'according_to', trim(norm, start, end), cue);
      return;
    }
    case 'demand': {
      // "Russia's demand that it cede…", "Moscow's contentious demand that Ukraine withdraw…",
      // "Kyiv's hopes that…"; an adjective names the owner too ("Russian demands that Ukraine
      // surrender…", when the actors stage reads "Russian" as Russia).
      const m = /(?:'s?\s+|\s+)(?:[a-z]+\s+){0,2}$/.exec(
        norm.slice(Math.max(sent.start, cue.start - 30), cue.start),
      );
      if (!m) return;
      const possessive = m[0].startsWith("'");
      const ownerEnd = cue.start - m[0].length;
      const i = lastBefore(ctx.entities, ownerEnd);
      const owner = ctx.entities[i];
      if (!owner || owner.end !== ownerEnd || owner.unnamed || (owner.type === 'person' && !possessive))
        return;
      if (!possessive && !/(?:an|ian|ese|ish|i)$/.test(norm.slice(owner.start, owner.end))) return;
      // "The Tribune claims the union's refusal…": inside what an outlet or body says, the owner's
      // stance is the outlet's claim; inside a stance ("Ukraine refuses to agree to Russia's
      // demand that…", 001) or a person's words it stays.
      const outer = inside(ctx, sent, cue.start);
      const by = outer && ctx.speakerOf.get(outer);
      if (by && outer.kind !== 'position' && by.type !== 'person' && !by.unnamed) return;
      // "a demand that remains politically toxic" is a relative clause, not the demand's content.
      if (
        /^\s+that\s+[a-z]+(?:s|ed)\b/.test(norm.slice(cue.end, cue.end + 30)) &&
        !/^\s+that\s+(?:it|its|the|a|an|all|any|no|they|he|she|we|this|these)\b/.test(
          norm.slice(cue.end, cue.end + 20),
        )
      )
        return;
      // "Trump's reluctance to participate…" keeps the noun; "Russia's demand that it cede…" does not.
      const from = KEEP_NOUNS.has(cue.word)
        ? cue.start
        : cue.end + (/^\s+(?:that|for)\b/.exec(norm.slice(cue.end, cue.end + 6))?.[0].length ?? 0);
      let end = clauseEnd(norm, from, sent);
      const comma = commaIn(norm, from, end);
      if (comma > 0 && comma < end) end = comma;
      emitClause(ctx, owner, 'position', trim(norm, from, end), cue);
      return;
    }
    case 'drew': {
      // "drew criticism from Ukrainian and European officials", "sparked anger among European allies".
      const from = /^\s+(?:\w+\s+){0,2}?(?:from|among)\s+/.exec(norm.slice(cue.end, cue.end + 40));
      if (!from) return;
      const who = sourceAfter(ctx, sent, cue.end + from[0].length);
      if (!who || who.type === 'term') return;
      let end = clauseEnd(norm, cue.end, sent);
      const comma = commaIn(norm, who.end, end);
      if (comma >= 0 && comma < end) end = comma;
      emitClause(ctx, who, 'position', trim(norm, cue.start, end), cue);
      return;
    }
    case 'passive': {
      const by = /^(?:\s+[A-Za-z]+){0,2}?\s+by\s+/.exec(norm.slice(cue.end, cue.end + 30));
      if (!by) return;
      const who = sourceAfter(ctx, sent, cue.end + by[0].length);
      if (!who || who.type === 'term') return;
      const aux = /(?:\b(?:was|were|been|being|be|is|are)\s+)(?:\w+ly\s+)?$/.exec(
        norm.slice(Math.max(sent.start, cue.start - 30), cue.start),
      );
      const from = aux ? cue.start - aux[0].length : cue.start;
      let end = clauseEnd(norm, cue.end, sent);
      const comma = commaIn(norm, who.end, end);
      if (comma >= 0 && comma < end) end = comma;
      if (nestedOk(ctx, sent, cue, who)) emitClause(ctx, who, 'position', trim(norm, from, end), cue);
      return;
    }
    case 'quoteOnly':
      // Verbs that attribute a quote next to them and nothing else ("she continued", "Blige sings").
      return;
    default:
      break;
  }
  if (cue.kind === 'participle') {
    const who =
      lastHere() ??
      ctx.subjectIn.get(sent.index) ??
      ctx.speaker(sentenceSubject(doc, ctx.entities, sent), sent);
    if (!who) return;
    const prevKind = prevHere()?.kind;
    const kind: StatementKind = prevKind === 'position' ? 'position' : 'indirect';
    const span = KEEP_VERB.has(cue.word)
      ? trim(norm, cue.start, clauseEnd(norm, cue.end, sent))
      : complementAfter(doc, sent, cue.end, false, NEED_CLAUSE.has(cue.word));
    // "Mr. Butterfield, noting the risk, added…": a bare short object is no statement.
    if (
      span &&
      !/"/.test(norm.slice(span.start, span.end)) &&
      norm.slice(span.start, span.end).split(/\s+/).length < 3
    )
      return;
    emitClause(ctx, { ...who, start: 0, end: 0 }, kind, span, cue);
    return;
  }
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
  let who = subjectBefore(doc, ctx.entities, sent, verbStart, guess) ?? someSubject(ctx, sent, verbStart);
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
        if (before && !ADVERBIAL.test(norm.slice(before.start, before.end)))
          emitClause(ctx, who, 'indirect', before, cue);
      }
      const q = quoteAt(ctx.quotes, skipAdjuncts(norm, cue.end) + lead[0].length);
      if (q && q.open > cue.end) emitClause(ctx, who, 'direct', { start: q.start, end: q.end }, cue);
      return;
    }
    const clauseFirst =
      cue.kind === 'speech' &&
      /^\s*(?:[,.]|$)/.test(norm.slice(skipAdjuncts(norm, cue.end), cue.end + 120)) &&
      /,"?\s*$/.test(norm.slice(Math.max(sent.start, srcStart - 3), srcStart)) &&
      srcStart > sent.start;
    if (clauseFirst) {
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
    !/^(?:told|tells|asked|asks)$/.test(cue.word) &&
    /[,"]\s*$/.test(norm.slice(Math.max(sent.start, cue.start - 4), cue.start))
  ) {
    // Inverted: "…, said Oleksandr Bevz, a Ukrainian government adviser…, and realize that…".
    who = subjectAfter(doc, ctx.entities, sent, cue.end);
    if (!who) return;
    span = clauseBefore(doc, sent, cue.start);
    emitClause(ctx, who, 'indirect', span, cue);
    return;
  }
  if (!who) return;
  let kind: StatementKind = 'indirect';
  if (cue.kind === 'speech') {
    span = cue.toldOutlet
      ? complementAfter(doc, sent, cue.end, true)
      : complementAfter(
          doc,
          sent,
          cue.end,
          cue.word === 'told' || cue.word === 'tells',
          NEED_CLAUSE.has(cue.word),
        );
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

function trim(norm: string, start: number, end: number): Span | undefined {
  while (start < end && /[\s,:]/.test(norm[start]!)) start++;
  while (end > start && /[\s,;:.-]/.test(norm[end - 1]!)) end--;
  return end > start ? { start, end } : undefined;
}
