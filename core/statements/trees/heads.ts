import type { Span, Statement } from '../../types';
import { sentenceAt } from '../../text';
import { base, isVerb, type Tree } from '../../attribution/tree';
import type { Ctx } from '../index';
import { sourceEntity } from './source-entity';
import type { FoundAttribution } from '../spans';
import { NEGATED, OTHER_CLAUSE_BEFORE } from '../rules/clauses';

/**
 * The one token of `span` that its tree hangs the rest of the span from: the span's syntactic head.
 * Undefined when the span is not one phrase (two tokens hang outside it: "Trump and has aides").
 */
export function spanHead(
  tree: Tree,
  span: Span,
  /** A participle the parse hung outside the phrase ends it instead (see below). */
  cutParticiple = false,
): { head: number; from: number; to: number } | undefined {
  let head: number | undefined;
  let from = -1;
  let to = -1;
  const inside = (i: number) => {
    const t = tree.tokens[i];
    return t !== undefined && t.start >= span.start && t.end <= span.end;
  };
  for (let i = 0; i < tree.tokens.length; i++) {
    if (!inside(i)) continue;
    if (from < 0) from = i;
    to = i;
    const up = tree.tokens[i]!.head;
    if (up >= 0 && inside(up)) continue;
    // Punctuation at the edge ("Cummings of Maryland, the panel's ranking Democrat,") is no head.
    if (tree.tokens[i]!.upos === 'PUNCT') continue;
    if (head !== undefined) {
      // "according to a poll released last week": the parse often hangs a participle after the
      // noun from the verb instead; the phrase is the noun's, up to the participle.
      const t = tree.tokens[i]!;
      return cutParticiple && /^VB[NG]$/.test(t.xpos) && i > head ? { head, from, to: i - 1 } : undefined;
    }
    head = i;
  }
  return head === undefined ? undefined : { head, from, to };
}

/**
 * Attributions the rule passes read but gave no speaker, because the source phrase runs on past
 * the name (`"…," said Rep. <Name> of <State>, the panel's ranking <party member>`): the phrase's
 * head in the parse tree names the source when an actor's mention holds it, or a group the text
 * describes, as for the models' own sources. What stays unresolved is returned; each new statement
 * joins `resolved`, so the confidence threshold judges it as it judges the models' statements.
 */
export function resolveByHead(
  ctx: Ctx,
  trees: Tree[],
  unresolved: FoundAttribution[],
  resolved: Set<Statement>,
): FoundAttribution[] {
  const left: FoundAttribution[] = [];
  for (const u of unresolved) {
    // A speaker label's bare colon ("WALLACE: …") is too little to name anyone by (cues/labels.ts).
    // A stance or action the rules read but could not give a speaker stays without one: unlike a
    // reporting verb, nothing says it reports anything ("Europe also inched closer to…").
    // Nor a denied one: what the source did not say is no statement of theirs (learned.ts).
    const cueWords = u.cue ? ctx.doc.norm.slice(u.cue.start, u.cue.end) : '';
    const worded = /[A-Za-z]/.test(cueWords) && !NEGATED.test(cueWords);
    const st =
      u.cue && worded && !u.bare && u.kind !== 'position' ? speakerByHead(ctx, trees, u, u.cue) : undefined;
    if (st) resolved.add(st);
    else left.push(u);
  }
  return left;
}

function speakerByHead(ctx: Ctx, trees: Tree[], u: FoundAttribution, cue: Span): Statement | undefined {
  const sent = sentenceAt(ctx.doc.sentences, cue.start);
  const tree = sent && trees[sent.index];
  if (!tree) return undefined;
  const toks = tree.tokens;
  const inCue = (i: number) => toks[i]!.start >= cue.start && toks[i]!.end <= cue.end;
  const predicate = toks.findIndex((t, i) => inCue(i) && isVerb(t));
  if (predicate < 0) return undefined;
  let source = u.source;
  let phrase: { head: number; from: number; to: number } | undefined;
  if (source) {
    if (sentenceAt(ctx.doc.sentences, source.start)?.index !== sent.index) return undefined;
    phrase = spanHead(tree, source, true);
  } else {
    // No source phrase read ("“…,” said Pavit, the head house-servant, in a strained voice"): the
    // cue verb's subject in the tree.
    const subj = subjectOf(tree, predicate, u.kind === 'direct' && u.end <= cue.start);
    if (subj === undefined) return undefined;
    phrase = { head: subj, from: tree.lo[subj]!, to: tree.hi[subj]! };
    source = { start: toks[phrase.from]!.start, end: toks[phrase.to]!.end };
  }
  if (!phrase) return undefined;
  // "…, and like Trump has spoken about…": a comparison names whom the speaker is like.
  if (/^(?:like|unlike)\s/i.test(ctx.doc.norm.slice(source.start, source.end))) return undefined;
  // "Clinton asks as a maintenance guy walks in front of her, saying he's “here to fix…”": a
  // participle after a clause of another subject may be that subject's (as in learned.ts).
  if (
    toks[predicate]!.xpos === 'VBG' &&
    source.end <= cue.start &&
    OTHER_CLAUSE_BEFORE.test(ctx.doc.norm.slice(source.end, cue.start))
  )
    return undefined;
  const entity = sourceEntity(
    ctx,
    tree,
    { predicate, sourceHead: phrase.head, sourceTokens: [phrase.from, phrase.to] },
    // Only before a finite verb ("activists say"): "hinged on leaders agreeing to…" reports nothing.
    u.source !== undefined && /^VB[DZP]$/.test(toks[predicate]!.xpos),
  );
  if (!entity) return undefined;
  // A described source ends where the rules' source phrase does, whatever the parse hung on it
  // ("people familiar with the talks say", the verb taken into the phrase).
  const clipped =
    entity.unnamed && u.source && entity.end > u.source.end && entity.start < u.source.end
      ? {
          ...entity,
          end: u.source.end,
          name: ctx.doc.text.slice(entity.start, u.source.end).replace(/\s+/g, ' ').trim(),
        }
      : entity;
  const speaker = ctx.speaker(clipped, sent);
  const st = speaker && ctx.emit(speaker, u.kind, { start: u.start, end: u.end }, sent, cue);
  if (!st) return undefined;
  Object.assign(st, {
    source,
    cue,
    ...(u.content ? { content: u.content } : {}),
  });
  return st;
}

/**
 * The subject the tree gives a cue's verb. After a quote (`inverted`) the parser often reads an
 * inverted subject as an object ("“…,” said Pavit, the head servant"): the word right after the
 * verb counts then too.
 */
export function subjectOf(tree: Tree, predicate: number, inverted: boolean): number | undefined {
  const toks = tree.tokens;
  return tree.children[predicate]?.find(
    (c) =>
      base(toks[c]!.deprel) === 'nsubj' || (inverted && c === predicate + 1 && toks[c]!.deprel === 'obj'),
  );
}
