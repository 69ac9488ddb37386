import type { Actor, PreparedText, Sentence, Span, Statement, StatementKind } from '../types';
import type { ActorResult } from '../actors';
import { sentenceAt } from '../text';
import { Collector, type Clause } from './build';
import { resolve, type Said } from './sources/coref';
import { findCues, type Cue } from './cues/cues';
import {
  describer,
  fullNames,
  labelSurname,
  mergeEntities,
  namedEntities,
  roleHolders,
  surnames,
  type Entity,
} from './sources/entities';
import { findQuotes, type Quote } from './cues/quotes';
import { PRONOUNS, subjectBefore, type EntityList } from './sources/speakers';
import { reportsAside } from './sources/main-said';
import { findUnnamed } from './sources/unnamed';
import { titler } from './sources/titled';
import { genderInText } from './sources/text-gender';
import { attributeAfter, attributeUnattributed, emitAttributed, type Attribution } from './rules/direct';
import { bareCues } from './rules/bare';
import { lateAttributions } from './rules/late';
import { noteLabels } from './cues/labels';
import { headline } from './rules/headline';
import { handleCue } from './rules/reported';
import { conventionSpans, unresolvedApart, type FoundAttribution } from './spans';
import {
  goOnToCue,
  groupCues,
  infinitiveToCue,
  madeStatementCue,
  prepositionToCue,
  withinCues,
} from './cue-spans';
import { isNamed, isQuotedTitle, isTranscript, namesATitle } from './cues/titles';
import { doubleApostrophes, wholeApostropheMarks } from './cues/apostrophes';
import { addLearned } from './trees/learned';
import { resolveByHead } from './trees/heads';
import { passiveSubjects } from './trees/passive';
import { continueQuotes, partsOnCards } from './trees/continued';
import { trimAdditions } from './trees/trim';
import { cutAtConjoined, splitConjoined } from './trees/conjoined';
import { reassignCut, type Narrowed } from './trees/orphans';
import { captionParagraphs } from './cues/captions';
import { wholeSources } from './trees/phrases';
import { statementFeatures } from './decide/features';
import { offCards } from './decide/off-cards';
import type { Learned } from '../attribution';

export { doubleApostrophes } from './cues/apostrophes';
export interface StatementResult {
  statements: Statement[];
  /** Speakers that are not in the actor list: unnamed sources ("a US official"), composites. */
  actors: Actor[];
  /** Attributions whose source the text does not make clear ("he said" far from any name): no statements. */
  unresolved: FoundAttribution[];
  /** What each statement's confidence is judged on (core/statements/decide/confidence.ts). */
  features?: Map<Statement, string[]>;
}

/** Everything the passes share for one document. */
export interface Ctx {
  doc: PreparedText;
  entities: Entity[];
  quotes: Quote[];
  history: Said[];
  out: Collector;
  /** Speakers attributed in one sentence, in text order. */
  saidIn(sentence: number, before?: number): Said[];
  /** Statements that start in this sentence or the three before it. */
  statementsNear(sentence: number): Statement[];
  speakerOf: Map<Statement, Entity>;
  /** The resolved subject of a reporting verb that gave no statement ("he posted a message saying…"). */
  subjectIn: Map<number, Entity>;
  consumed: Set<number>;
  /** Whether the same words are quoted elsewhere in the text (a pull quote and its source). */
  repeated(q: Quote): boolean;
  cuesOf(sent: Sentence): Cue[];
  /** Resolves pronouns and definite descriptions; undefined when unclear. */
  speaker(e: Entity | undefined, sent: Sentence): Entity | undefined;
  emit(speaker: Entity, kind: StatementKind, span: Clause, sent: Sentence, cue?: Span): Statement | undefined;
  /**
   * Records that a source spoke here without a statement to show ("he told cheering supporters in
   * Nashua. “There is nothing we cannot do.”"), so the quote after it still finds its speaker.
   */
  heard(speaker: Entity, sent: Sentence, pos: number, statement?: boolean, words?: Span): void;
}

/**
 * Finds every attributed statement, sentence by sentence in text order so that "he" and "the
 * official" can refer back to sources already found. In each sentence: quotes attributed right
 * after their closing mark ("…,” Lavrov said) first, then every other cue, then the quotes that
 * take their speaker from a reported clause, a colon or the sentence before.
 */
export function findStatements(doc: PreparedText, found: ActorResult, learned?: Learned): StatementResult {
  try {
    return findStatementsOrThrow(doc, found, false, learned);
  } catch {
    // The engine must never throw on bad input; a document without statements is the safe answer.
    return { statements: [], actors: [], unresolved: [] };
  }
}

/**
 * The same, for tests: with `strict` an error in one sentence is thrown instead of costing only
 * that sentence its statements.
 */
export function findStatementsOrThrow(
  prepared: PreparedText,
  found: ActorResult,
  strict = true,
  learned?: Learned,
): StatementResult {
  const doc = doubleApostrophes(prepared);
  const quotes = findQuotes(doc);
  const entities: EntityList = mergeEntities(
    namedEntities(found, genderInText(doc, found)),
    findUnnamed(doc),
  );
  entities.bySurname = surnames(entities, found.actors);
  entities.norm = doc.norm;
  entities.describes = describer(found.actors);
  entities.titled = titler(found.actors);
  entities.byRole = roleHolders(entities, found.actors);
  if (learned) entities.trees = learned.trees;
  const captions = captionParagraphs(doc);
  const out = new Collector(doc, found.actors, found.mentions);
  const cueCache = new Map<number, Cue[]>();
  const quoteKey = (q: Quote) =>
    doc.norm
      .slice(q.start, q.end)
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  const quoteTimes = new Map<string, number>();
  for (const q of quotes) {
    const k = quoteKey(q);
    if (k.length >= 20) quoteTimes.set(k, (quoteTimes.get(k) ?? 0) + 1);
  }
  const said = new Map<number, Said[]>();
  const stmts = new Map<number, Statement[]>();
  const ctx: Ctx = {
    doc,
    entities,
    quotes,
    history: [],
    out,
    saidIn(sentence, before = Infinity) {
      return (said.get(sentence) ?? []).filter((h) => h.pos < before);
    },
    statementsNear(sentence) {
      const list: Statement[] = [];
      for (let i = Math.max(0, sentence - 3); i <= sentence; i++) list.push(...(stmts.get(i) ?? []));
      return list.filter((st) => !out.removed.has(st));
    },
    speakerOf: new Map(),
    subjectIn: new Map(),
    consumed: new Set(),
    repeated: (q) => (quoteTimes.get(quoteKey(q)) ?? 0) > 1,
    cuesOf(sent) {
      let c = cueCache.get(sent.index);
      if (!c) cueCache.set(sent.index, (c = findCues(doc, sent, quotes, learned?.trees[sent.index])));
      return c;
    },
    speaker(e, sent) {
      if (!e) return undefined;
      let earlier: Entity | undefined;
      // A description after a quote of several sentences ("“…,” the statement said") looks back
      // from where the quote opens, as a pronoun does.
      if (e.unnamed && e.definite) sent = quoteOpening(e.start, sent);
      if (PRONOUNS.test(e.name)) {
        sent = quoteOpening(e.start, sent);
        // The nearest reporting verb before the pronoun, looking back a short way only.
        const cues = ctx.cuesOf(sent);
        let lo = 0;
        let hi = cues.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (cues[mid]!.start < e.start) lo = mid + 1;
          else hi = mid;
        }
        let k = lo - 1;
        for (let n = 0; k >= 0 && n < 4 && e.start - cues[k]!.start < 400; k--, n++) {
          const c = cues[k]!;
          if (c.kind !== 'speech') continue;
          const subj = subjectBefore(doc, entities, sent, c.start);
          if (subj && !PRONOUNS.test(subj.name) && subj.end <= c.start) {
            earlier = subj;
            break;
          }
        }
      }
      const r = resolve(doc, entities, e, sent, ctx.history, 0, earlier);
      return r && !PRONOUNS.test(r.name) ? r : undefined;
    },
    heard(speaker, sent, pos, statement = false, words) {
      const h: Said = {
        pos,
        sentence: sent.index,
        paragraph: sent.paragraph,
        speaker,
        ...(words ? { words } : {}),
      };
      // Insert in text order; new entries land at or near the end. Only a statement is a pronoun's
      // antecedent in `history`: a bare "told supporters" is too weak to steer "he" elsewhere.
      if (statement) {
        let i = ctx.history.length;
        while (i > 0 && ctx.history[i - 1]!.pos > h.pos) i--;
        ctx.history.splice(i, 0, h);
      }
      const here = said.get(sent.index) ?? [];
      let j = here.length;
      while (j > 0 && here[j - 1]!.pos > h.pos) j--;
      here.splice(j, 0, h);
      said.set(sent.index, here);
    },
    emit(speaker, kind, span, sent, cue) {
      if (captions.has(sent.paragraph)) return undefined;
      const words = kind === 'direct' ? doc.norm.slice(span.start, span.end) : '';
      if (words && (isQuotedTitle(words) || isTranscript(words) || isNamed(doc.norm, span.start)))
        return undefined;
      // Not "He called Clinton Crooked Hillary", where a name the text knows opens the words.
      if (
        cue &&
        kind !== 'direct' &&
        namesATitle(doc.norm, cue, span) &&
        !ctx.entities.some((e) => e.type === 'person' && e.start >= cue.end && e.start <= cue.end + 2)
      )
        return undefined;
      const st = out.add(speaker, kind, span, cue);
      if (st) {
        ctx.heard(speaker, sent, cue?.start ?? span.start, !(cue && reportsAside(doc.norm, cue)), span);
        const first = sentenceAt(doc.sentences, st.start)?.index ?? sent.index;
        stmts.set(first, [...(stmts.get(first) ?? []), st]);
        ctx.speakerOf.set(st, speaker);
      }
      return st;
    },
  };
  // "“They won’t release the returns. There may be reasons,” she said.": a pronoun right after a
  // quote of several sentences looks back from where the quote opens, not from the quote's own
  // sentences (which the segmenter splits at its periods and question marks).
  const closing = new Map(quotes.map((q) => [q.close, q]));
  function quoteOpening(at: number, sent: Sentence): Sentence {
    const m = /"[\s,]*$/.exec(doc.norm.slice(Math.max(sent.start - 4, at - 6), at));
    const q = m && closing.get(at - m[0].length + m[0].indexOf('"'));
    const own = q && sentenceAt(doc.sentences, q.open);
    return own && own.index < sent.index ? own : sent;
  }
  const bySentence = new Map<number, Quote[]>();
  for (const q of quotes) {
    const s = sentenceAt(doc.sentences, q.start) ?? sentenceAt(doc.sentences, q.open);
    if (!s) continue;
    const list = bySentence.get(s.index) ?? [];
    list.push(q);
    bySentence.set(s.index, list);
  }
  for (const sent of doc.sentences) {
    try {
      sentence(ctx, sent, bySentence.get(sent.index) ?? []);
    } catch (e) {
      if (strict) throw e;
    }
  }
  try {
    headline(ctx);
  } catch (e) {
    if (strict) throw e;
  }
  out.statements.sort((a, b) => a.start - b.start || a.end - b.end);
  inheritTopics(out.statements);
  conventionSpans(doc, out.statements);
  const byName = fullNames(entities, found.actors);
  noteLabels(doc, out, (label) => byName.get(label.toLowerCase()) ?? labelSurname(entities.bySurname, label));
  const noted = unresolvedApart(out.statements, out.unresolved);
  const allCues = doc.sentences.flatMap((s) => ctx.cuesOf(s));
  const used = [...out.statements, ...noted];
  const trailing = lateAttributions(ctx, allCues, used, learned?.trees);
  let unresolved = unresolvedApart(out.statements, [
    ...noted,
    ...trailing,
    ...bareCues(ctx, allCues, [...out.statements, ...noted, ...trailing]),
  ]);
  conventionSpans(doc, unresolved);
  const made = new Set<Statement>();
  const inherited = new Set<Statement>();
  const byHead = new Set<Statement>();
  if (learned) {
    const statements = new Set<FoundAttribution>(out.statements);
    const cuts = splitConjoined(learned.trees, learned.found);
    const heirs = cutAtConjoined(cuts, [...out.statements, ...unresolved], (f, end) => {
      if (statements.has(f)) out.narrow(f as Statement, end);
    });
    unresolved = addLearned(
      ctx,
      learned.trees,
      learned.found,
      out.statements,
      unresolved,
      made,
      heirs,
      inherited,
    );
    // The card's words end where the content now does, for a statement; an unresolved
    // attribution has no card.
    for (const st of out.statements) statements.add(st);
    const narrowed: Narrowed[] = [];
    trimAdditions(doc, learned.trees, [...out.statements, ...unresolved], (f, end) => {
      if (!statements.has(f)) return;
      const was = f.end;
      out.narrow(f as Statement, end);
      if (f.end < was) narrowed.push({ st: f as Statement, end: f.end, was });
    });
    reassignCut(ctx, narrowed, out.statements);
    continueQuotes(ctx, out.statements, unresolved, made);
    unresolved = resolveByHead(ctx, learned.trees, unresolved, byHead);
    partsOnCards(ctx, byHead);
    passiveSubjects(doc.sentences, learned.trees, out.statements, (st) => out.remove(st), unresolved);
    offCards(doc, out.statements, entities, unresolved, (st) => out.remove(st));
    out.statements.sort((a, b) => a.start - b.start || a.end - b.end);
    unresolved.sort((a, b) => a.start - b.start);
  }
  const origin = (st: Statement) => (byHead.has(st) ? 'head' : made.has(st) ? 'model' : 'rule');
  const features = statementFeatures(
    doc,
    out.statements,
    entities,
    found.actors,
    learned?.found ?? [],
    origin,
    inherited,
  );
  // Last, the source spans as annotation marks them (whole noun phrases): the confidence above is
  // judged on the source as the passes read it, which is what decides the speaker.
  const attributions = [...out.statements, ...unresolved];
  if (learned) wholeSources(doc, learned.trees, attributions);
  madeStatementCue(doc.norm, attributions);
  groupCues(doc.norm, attributions);
  prepositionToCue(doc.norm, attributions);
  infinitiveToCue(doc.norm, attributions);
  goOnToCue(doc.norm, attributions);
  wholeApostropheMarks(doc.text, attributions);
  unresolved = withinCues(attributions, unresolved);
  return { statements: out.statements, actors: out.actors(), unresolved, features };
}

function sentence(ctx: Ctx, sent: Sentence, qs: Quote[]): void {
  const attributed = new Map<Quote, Attribution | 'blocked'>();
  for (const q of qs) {
    const a = attributeAfter(ctx, q);
    if (a) attributed.set(q, a);
  }
  for (const cue of ctx.cuesOf(sent)) if (!ctx.consumed.has(cue.start)) handleCue(ctx, cue);
  for (const q of qs) {
    const a = attributed.get(q);
    if (a === 'blocked') continue;
    if (a) emitAttributed(ctx, q, a, sent);
    else attributeUnattributed(ctx, q, sent);
  }
}

/**
 * A quoted fragment too short to name its topic ("a few delicate") takes the topics of the
 * reported clause of the same speaker that holds it. Statements are sorted by start, so the
 * holder is among the few before the fragment.
 */
function inheritTopics(statements: Statement[]): void {
  for (let i = 0; i < statements.length; i++) {
    const s = statements[i]!;
    if (s.kind !== 'direct' || s.topics.join() !== 'other') continue;
    for (let j = i - 1; j >= Math.max(0, i - 6); j--) {
      const c = statements[j]!;
      if (c.kind !== 'direct' && c.speaker === s.speaker && c.start <= s.start && c.end >= s.end) {
        s.topics = [...c.topics];
        break;
      }
    }
  }
}
