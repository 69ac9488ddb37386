import type { Span, Statement, StatementKind } from '../../types';
import { sentenceAt } from '../../text';
import type { ModelAttribution } from '../../attribution';
import { base, isTensed, type Tree } from '../../attribution/tree';
import { stem } from '../../attribution/stem';
import verbs from '../../../data/lexicons/speech-verbs.json';
import type { Ctx } from '../index';
import { SpanIndex } from '../near';
import { sourceEntity } from './source-entity';
import { wholeQuote } from './quote-ends';
import { NEGATED, OTHER_CLAUSE_BEFORE } from '../rules/clauses';
import { phoned } from '../rules/phoned';
import { PASSIVE_BY } from '../cues/cues';
import type { FoundAttribution } from '../spans';

// An amount, a share or a score and nothing else (a bare number may be a year: "think warmly back
// to 2008").
const QUANTITY =
  /^\s*(?:[$€£]\s?\d[\d.,]*(?:\s*(?:million|billion|trillion|[mbk]n?))?|\d[\d.,]*\s*(?:%|percent|per cent|points?|percentage points?)|\d+\.\d+)\s*$/i;

// Verbs of speaking, which report what was said of or about something ("had earlier spoken of “a
// new era of cooperation”", "talked about the debate") as any speech verb reports its clause.
const SPEAKING = ['speak', 'speaks', 'spoke', 'spoken', 'speaking', 'talk', 'talks', 'talked', 'talking'];
const SPEECH = new Set([...verbs.that, ...verbs.quoteOnly, ...verbs.participles, ...SPEAKING]);
// By stem as well: the lexicon lists the forms the rules match, and a model cue is as often another
// form of the same verb ("argue", "announcing", "points out"). Not the verbs that report only right
// after a quote ("continued", "read", "offered"): in other forms they are as often no speech at all.
const SPEECH_STEMS = new Set([...verbs.that, ...verbs.participles].map(stem).filter((s) => s.length > 3));
// A short base form keeps its letters where its inflections lose the "e" ("cite", "cited" → "cit").
const ACTS = new Set(verbs.acts.flatMap((w) => [w, `${w}s`, w.endsWith('e') ? `${w}d` : `${w}ed`].map(stem)));
const SAYING_PHRASE = /\bpoint(?:s|ed|ing)?\s+out$/i;
const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const BE = /^(?:be|been|being|is|are|was|were|'s|'re)$/;
const JUDGED_OF = /^(?:accused|suspected|convicted|charged|acquitted|cleared)$/;
// Verbs that report only a clause or a quotation: with a noun phrase they keep or watch something
// ("maintains a commanding lead", "observed Europa for 17 nights"), not say it.
const CLAUSE_ONLY =
  /^(?:maintain|maintains|maintained|maintaining|observe|observes|observed|observing|conclude|concludes|concluded|concluding)$/;

const SMALL_CLAUSE_VERB =
  /\b(?:help|helps|helped|helping|let|lets|letting|make|makes|made|making|watch|watched|watching|saw|see|seeing)\s+(?:Mr\.\s+|Mrs\.\s+|Ms\.\s+)?$/;

function kindOf(ctx: Ctx, tree: Tree, a: ModelAttribution, parts: Span[]): StatementKind {
  if (parts.every((p) => /^"[^"]*"$/.test(ctx.doc.norm.slice(p.start, p.end)))) return 'direct';
  const verb = tree.tokens[a.predicate]!.lower;
  if (verb === 'according') return 'according_to';
  // "Politifact then pointed out that…": a verb whose particle makes it one of saying.
  if (SAYING_PHRASE.test(ctx.doc.norm.slice(a.cue.start, a.cue.end))) return 'indirect';
  return isSpeech(verb) ? 'indirect' : 'position';
}

const isSpeech = (verb: string) => SPEECH.has(verb) || SPEECH_STEMS.has(stem(verb));

/**
 * "called for a moratorium", "agreed with Ivana Trump that…": where the cue took the preposition
 * that opens the content's phrase, the words begin after it.
 */
export function afterCue(norm: string, content: Span, cue: Span): Span {
  if (!(cue.start <= content.start && content.start < cue.end && cue.end < content.end)) return content;
  let start = cue.end;
  while (start < content.end && /\s/.test(norm[start]!)) start++;
  return start < content.end ? { start, end: content.end } : content;
}

/**
 * The content without the attribution printed inside it: a clause the cue hangs off as a
 * parenthetical ("“If he thinks that makes him smart,” the ad's narrator says, “what does he think
 * of you?”", "which he said the Mexican government should pay for") is the words before the source
 * and cue and the words after them, as two parts; none when nothing else is left ("were backed by
 * Mr. Kerry": no content at all).
 */
export function partsAround(norm: string, content: Span, cue: Span, source?: Span): Span[] {
  if (!(content.start <= cue.start && cue.end <= content.end)) return [content];
  const inner = source && content.start <= source.start && source.end <= content.end ? source : cue;
  const gap = { start: Math.min(cue.start, inner.start), end: Math.max(cue.end, inner.end) };
  const parts: Span[] = [];
  let e = gap.start;
  while (e > content.start && /[\s,]/.test(norm[e - 1]!)) e--;
  if (/[A-Za-z0-9]/.test(norm.slice(content.start, e))) parts.push({ start: content.start, end: e });
  let b = gap.end;
  while (b < content.end && /[\s,:]/.test(norm[b]!)) b++;
  if (/[A-Za-z0-9]/.test(norm.slice(b, content.end))) parts.push({ start: b, end: content.end });
  return parts;
}

/**
 * A bare cue's source phrase, read with no words after it, runs to the end of its sentence ("according
 * to Alex Horton of the Washington Post, killed and eaten…"): with words, it ends before them; none
 * when it starts inside them.
 */
function sourceBefore(norm: string, source: Span, parts: Span[]): Span | undefined {
  let end = source.end;
  for (const p of parts) {
    if (p.end <= source.start || p.start >= end) continue;
    if (p.start <= source.start) return undefined;
    end = p.start;
  }
  while (end > source.start && /[\s,;:]/.test(norm[end - 1]!)) end--;
  return end > source.start ? { start: source.start, end } : undefined;
}

/**
 * Whether the rules' attribution reports the model's verb: its own verb comes after the words that
 * hold it ("…if Trump agrees to Beijing's demands, people familiar with the talks say"), so the
 * model's reading is part of what it reports, however much their words overlap.
 */
const reportsBack = (u: FoundAttribution, cue: Span) => !!u.cue && u.cue.start >= cue.end;

/**
 * Attributions the models found that no rule pass did: a statement when the source phrase names an
 * actor or unnamed source (a pronoun or "the official" only where the resolver is sure), else an
 * unresolved attribution (spans only, never a card). Rules go first: where they read the same
 * words, theirs stand, but for an attribution they could name no speaker for.
 */
export function addLearned(
  ctx: Ctx,
  trees: Tree[],
  found: ModelAttribution[],
  statements: Statement[],
  ruleUnresolved: FoundAttribution[],
  made: Set<Statement>,
  /** Second verbs of one subject ("said … and suggested …"), with what their first verb was read as. */
  heirs: Map<ModelAttribution, FoundAttribution | ModelAttribution> = new Map(),
  /** Told the statements made of such second verbs. */
  inherited: Set<Statement> = new Set(),
): FoundAttribution[] {
  const unresolved: FoundAttribution[] = [];
  const madeOf = new Map<ModelAttribution, Statement>();
  // What is taken already, by its cue and by its words: the rules' statements, then each model
  // attribution. The rules' attributions without a speaker give way to a model statement that
  // names one ("The campaign says…" as a described source), and stand otherwise.
  const taken = { cues: new SpanIndex<Span>(), words: new SpanIndex<Span>() };
  const open = {
    cues: new SpanIndex<Span & { u: FoundAttribution }>(),
    words: new SpanIndex<Span & { u: FoundAttribution }>(),
  };
  // The rules' stances (cues and words), which a verb of speech around them may report.
  const stances = new Set<Span>(
    statements
      .filter((st) => st.kind === 'position')
      .flatMap((st) => [st, ...(st.cue ? [st.cue] : []), ...(st.content ?? [])]),
  );
  const take = (t: FoundAttribution) => {
    if (t.cue) taken.cues.add(t.cue);
    taken.words.add(t);
    for (const c of t.content ?? []) taken.words.add(c);
  };
  statements.forEach(take);
  for (const u of ruleUnresolved) {
    if (u.cue) open.cues.add({ start: u.cue.start, end: u.cue.end, u });
    open.words.add({ start: u.start, end: u.end, u });
    for (const c of u.content ?? []) open.words.add({ start: c.start, end: c.end, u });
  }
  const hits = <T extends Span>(
    idx: { cues: SpanIndex<T>; words: SpanIndex<T> },
    cue: Span,
    content: Span,
  ): T[] => {
    const len = content.end - content.start || 1;
    return [
      ...idx.cues.overlapping(cue),
      ...idx.words.overlapping(content).filter((w) => overlap(w, content) >= 0.5 * len),
    ];
  };
  const superseded = new Set<FoundAttribution>();
  for (const a of found) {
    const content = wholeQuote(ctx.doc.norm, afterCue(ctx.doc.norm, a.content, a.cue));
    // A model attribution whose own subject opens a second clause after a comma and "and" or "but"
    // ("Obama emphasized that the reforms were not complete, and human rights groups warned
    // that…") is not inside the words of the clause before it, which end there (trim.ts).
    const second =
      a.source !== undefined &&
      a.source.end <= a.cue.start &&
      /,\s+(?:and|but)\s+$/.test(ctx.doc.norm.slice(Math.max(0, a.source.start - 8), a.source.start));
    const earlier = (w: Span) => second && w.start < a.source!.start;
    // A verb of speech reports whatever stance its clause holds ("Mr. Trump was just as blunt,
    // claiming without any evidence that President Obama wanted…"): the stance is the claim's, and
    // is taken off the holder's card after (decide/claimed.ts).
    const speech = isSpeech(trees[a.sentence]!.tokens[a.predicate]!.lower);
    const reported = (w: Span) => speech && stances.has(w) && !overlap(w, a.cue);
    if (hits(taken, a.cue, content).some((w) => !earlier(w) && !reported(w))) continue;
    // Words that hold a statement the rules gave someone else ("revised Trump's plan that many
    // European allies viewed as favouring Moscow") would put that speaker's view on this card.
    if (
      taken.cues
        .overlapping(content)
        .some((c) => content.start <= c.start && c.end <= content.end && !(speech && stances.has(c)))
    )
      continue;
    // A verb inside what someone else is reported to say is part of their words, not a statement
    // of its own ("she argued that Congress authorized relief": Congress is not the speaker).
    const rules = hits(open, a.cue, content).map((x) => x.u);
    const within = (w: Span) => w.start <= a.cue.start && a.cue.end <= w.end && !earlier(w);
    if (
      taken.words.overlapping(a.cue).some(within) ||
      open.words
        .overlapping(a.cue)
        .some((w) => !w.u.bare && (!rules.includes(w.u) || reportsBack(w.u, a.cue)) && within(w))
    )
      continue;
    const tree = trees[a.sentence]!;
    const sent = sentenceAt(ctx.doc.sentences, a.cue.start);
    if (!sent) continue;
    // A quotation the rules read whole with this verb, across sentences the parse sees one at a
    // time ("“We are united…. Our commitment is unwavering,” the statement said"): the model reads
    // who said it; the words are the rules' quote, not the last sentence of it.
    const quote = rules.find((u) => u.kind === 'direct' && !u.bare && u.cue && overlap(u.cue, a.cue) > 0);
    const parts = quote
      ? (quote.content ?? [{ start: quote.start, end: quote.end }])
      : partsAround(ctx.doc.norm, content, a.cue, a.source);
    if (!parts.length) continue;
    // "Japan's Nikkei 225 declined 0.3%": a quantity alone is a figure that moved, nothing said.
    if (!quote && parts.every((p) => QUANTITY.test(ctx.doc.norm.slice(p.start, p.end)))) continue;
    if (!quote && phoned(ctx.doc.norm, tree, ctx.entities, a.cue, parts[parts.length - 1]!)) continue;
    // "A chorus of Republicans has said the same thing, including Mitt Romney -- ''…''": words that
    // open on "including" name more of who spoke, not what was said.
    if (!quote && /^including\b/i.test(ctx.doc.norm.slice(parts[0]!.start, parts[0]!.start + 10))) continue;
    if (
      !quote &&
      CLAUSE_ONLY.test(tree.tokens[a.predicate]!.lower) &&
      !tree.tokens
        .slice(a.contentTokens[0], a.contentTokens[1] + 1)
        .some((t) => isTensed(t) || t.upos === 'AUX') &&
      !parts.some((p) => /["“]/.test(ctx.doc.norm.slice(p.start, p.end)))
    )
      continue;
    const kind = quote ? 'direct' : kindOf(ctx, tree, a, parts);
    const spans = a.source
      ? { source: a.source, cue: a.cue, content: parts }
      : { cue: a.cue, content: parts };
    // A second verb speaks for whoever the first one does, and for no one if that is unknown.
    const heir = heirs.get(a);
    const before =
      heir &&
      (ctx.speakerOf.get(heir as Statement) ?? ctx.speakerOf.get(madeOf.get(heir as ModelAttribution)!));
    // "Clinton asks as a maintenance guy walks in front of her, saying…": a participle after a
    // clause of another subject may be that subject's; which one, the text does not make clear.
    const participle = tree.tokens[a.predicate]!.xpos === 'VBG';
    const between =
      a.source && a.source.end <= a.cue.start ? ctx.doc.norm.slice(a.source.end, a.cue.start) : '';
    // "Trump has been criticized by some of his rivals for…": the subject of a passive verb of
    // judgement is its target; the stance is the agent's, and no one's when none is named.
    const target =
      a.sourceHead !== undefined &&
      a.sourceHead < a.predicate &&
      PASSIVE_BY.has(tree.tokens[a.predicate]!.lower) &&
      tree.children[a.predicate]!.some(
        (c) => BE.test(tree.tokens[c]!.lower) && base(tree.tokens[c]!.deprel) === 'aux',
      );
    // "Ridge, asked about Marsh's remarks, said…": a past participle set off after its source noun,
    // before that source's own verb, is done to it (however the parse hangs it); the one asked is
    // no speaker of the question.
    const done =
      a.source !== undefined &&
      /^,\s+$/.test(ctx.doc.norm.slice(a.source.end, a.cue.start)) &&
      /^(?:\w+ed|told)\b/.test(ctx.doc.norm.slice(a.cue.start, a.cue.end)) &&
      found.some(
        (b) =>
          b !== a &&
          b.source?.start === a.source!.start &&
          b.cue.start > a.cue.end &&
          ctx.doc.norm.slice(a.cue.end, b.cue.start).includes(', '),
      );
    // "The homeless woman accused of driving onto a sidewalk…": a verb that names whom it judges
    // before "of" or "with" ("accused Clinton of lying") is passive with nothing between, however
    // the parse reads it; its subject is the one accused, and no accuser is named.
    const accused =
      JUDGED_OF.test(tree.tokens[a.predicate]!.lower) &&
      /^(?:of|with)$/.test(tree.tokens[a.predicate + 1]?.lower ?? '');
    // "…his commitment to helping Mrs. Clinton succeed him, saying that…": the object of "help",
    // "let" or "watch" is the subject only of the bare verb after it, which the parse may read as
    // a finite one; a participle set off after it goes on with the sentence's own subject (not one
    // right after it: "to see a Republican administration defending the idea").
    const objectOfCausative =
      participle &&
      !!a.source &&
      between.includes(',') &&
      SMALL_CLAUSE_VERB.test(ctx.doc.norm.slice(Math.max(0, a.source.start - 16), a.source.start));
    const nobody =
      target || done || accused || objectOfCausative || (participle && OTHER_CLAUSE_BEFORE.test(between));
    const entity = nobody ? undefined : heir ? before : sourceEntity(ctx, tree, a);
    // A stance or action verb ("put more capacity into…", "waive any provision") reads as a
    // position of a known actor, of two joined ("France and Germany unveiled…"), of a source the
    // text describes ("Many experts suspect…", "Regulators worried that…"), or of "he" or "she"
    // where the rules follow it back to one person ("Cruz has been acutely aware… In some states,
    // he is seeking to pick off delegates…", "Kasich has sought… He avoided direct criticism of
    // Trump…": PolNeAR train 189 more right and none wrong, dev 2 and none); not "they" or "we",
    // whose group the rules cannot name as surely. Nor of a verb the predicate model doubts (a
    // margin below zero: "Reports emerged that…").
    // "Ukraine has not publicly confirmed accepting any agreement": what a source did not say is no
    // statement of theirs. (A stance denied is still one, shown with its verb: "didn't apologize
    // for his past statements".)
    const cueWords = ctx.doc.norm.slice(a.cue.start, a.cue.end);
    const negated = NEGATED.test(cueWords);
    const speaker =
      entity &&
      !(negated && kind !== 'position') &&
      (kind !== 'position' ||
        ((entity.id ||
          entity.unnamed ||
          entity.joint ||
          /^(?:he|she)$/i.test(entity.name) ||
          ACTS.has(stem(tree.tokens[a.predicate]!.lower))) &&
          a.score > 0))
        ? heir
          ? entity
          : ctx.speaker(entity, sent)
        : undefined;
    // The card shows a quotation's words without its marks, nor the comma that hands over to the
    // verb ("“It is wrong,” said…").
    let shown = content;
    if (quote) shown = { start: quote.start, end: quote.end };
    else if (negated && a.cue.start < content.start) shown = { start: a.cue.start, end: content.end };
    else if (kind === 'direct') {
      let end = content.end - 1;
      while (end > content.start + 2 && /[\s,]/.test(ctx.doc.norm[end - 1]!)) end--;
      shown = { start: content.start + 1, end };
    }
    const st = speaker && ctx.emit(speaker, kind, shown, sent, a.cue);
    if (st) {
      Object.assign(st, spans);
      made.add(st);
      madeOf.set(a, st);
      if (heir) inherited.add(st);
      take(st);
      for (const u of rules) superseded.add(u);
      continue;
    }
    // "McConnell aides acknowledged a collaborative relationship…": the rules read who says it (a
    // reporting verb with no clause after it for them, so a bare cue) and the model what; the two
    // readings are one attribution, whose speaker the tree's head of that source phrase then names
    // where it can (heads.ts), under the threshold as any the trees add. A bare cue the rules found
    // no source for either ("Developers and supporters in Congress say the program…") gives way to
    // the model's reading, source and all. Not where the model's reading says no one speaks (a
    // passive's target, one asked), nor where the words it read open on a copula ("What the
    // campaign said was unclear": the parse hangs the free relative's predicate from the verb).
    const bare = rules.length === 1 && rules[0]!.bare && !quote && !nobody ? rules[0]! : undefined;
    const opening = bare && /^[\w']+/.exec(ctx.doc.norm.slice(parts[0]!.start, parts[0]!.end))?.[0];
    const who = bare && !BE.test(opening?.toLowerCase() ?? '') ? bare : undefined;
    const whoSource = who?.source && sourceBefore(ctx.doc.norm, who.source, parts);
    const source = who?.source ? whoSource : a.source;
    if (who && (!who.source || (whoSource && (!a.source || overlap(a.source, whoSource) > 0)))) {
      superseded.add(who);
      const u: FoundAttribution = {
        kind,
        start: shown.start,
        end: shown.end,
        ...(source ? { source } : {}),
        cue: who.cue ?? a.cue,
        content: parts,
      };
      unresolved.push(u);
      take(u);
      continue;
    }
    if (rules.length) continue;
    const u: FoundAttribution = a.source
      ? { kind, start: shown.start, end: shown.end, source: a.source, cue: a.cue, content: parts }
      : { kind, start: shown.start, end: shown.end, cue: a.cue, content: parts };
    unresolved.push(u);
    take(u);
  }
  return [...ruleUnresolved.filter((u) => !superseded.has(u)), ...unresolved];
}
