import type { Span, Statement, StatementKind } from '../../types';
import { sentenceAt } from '../../text';
import type { ModelAttribution } from '../../attribution';
import { base, type Tree } from '../../attribution/tree';
import verbs from '../../../data/lexicons/speech-verbs.json';
import type { Ctx } from '../index';
import { genderOfName, lastBefore, type Entity } from '../sources/entities';
import { SpanIndex } from '../near';
import { canSpeak } from './described';
import { joinedByAnd, pronounEntity, PRONOUNS } from '../sources/speakers';
import { OTHER_CLAUSE_BEFORE } from '../rules/clauses';
import { PASSIVE_BY } from '../cues/cues';
import type { FoundAttribution } from '../spans';
import { MONTHS, WEEKDAYS } from '../../text/dates';

// Verbs of speaking, which report what was said of or about something ("had earlier spoken of “a
// new era of cooperation”", "talked about the debate") as any speech verb reports its clause.
const SPEAKING = ['speak', 'speaks', 'spoke', 'spoken', 'speaking', 'talk', 'talks', 'talked', 'talking'];
const SPEECH = new Set([...verbs.that, ...verbs.quoteOnly, ...verbs.participles, ...SPEAKING]);
const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/**
 * The entity a source phrase stands for: the actor or unnamed source whose mention holds the
 * phrase's head word ("The senator, who chairs the panel," is the senator's), never a name that
 * only qualifies it ("a lawyer for Trump" is the lawyer's, and the lawyer is unnamed here).
 */
export function sourceEntity(
  ctx: Ctx,
  tree: Tree,
  a: Pick<ModelAttribution, 'predicate' | 'sourceHead' | 'sourceTokens'>,
  /**
   * The rules read the phrase as a noun phrase, so its head is a noun whatever its tag: the tagger
   * takes a plural noun before "say" for a verb ("Civil rights activists say…", "Police say…").
   */
  nounPhrase = false,
): Entity | undefined {
  if (a.sourceHead === undefined || !a.sourceTokens) return undefined;
  let h = a.sourceHead;
  let from = a.sourceTokens[0];
  // "an architect who said…": the relative pronoun stands for the noun its clause hangs off.
  const rel = tree.tokens[a.predicate]!;
  if (
    /^(?:who|that|which)$/.test(tree.tokens[h]!.lower) &&
    rel.deprel === 'acl:relcl' &&
    tree.tokens[rel.head] &&
    /^(?:NOUN|PROPN|PRON)$/.test(tree.tokens[rel.head]!.upos)
  ) {
    h = rel.head;
    from = tree.lo[h]!;
  } else if (tree.tokens[h]!.lower === 'who' && /^(?:NOUN|PROPN)$/.test(tree.tokens[h - 1]?.upos ?? '')) {
    // "ammunition to Republicans who say…" where the parse hangs the clause off the verb: a
    // relative with no comma before it is about the noun it follows.
    h -= 1;
    from = h;
  }
  const head = tree.tokens[h]!;
  // "Ms. Bigbee and her co-workers were talking…": a joint source is no one of its members alone.
  const joint = (k: number) =>
    tree.tokens[k]!.deprel === 'conj' &&
    k <= a.sourceTokens![1] &&
    tree.children[k]!.some((c) => c < k && tree.tokens[c]!.lower === 'and') &&
    // Not a list inside an appositive ("Anne Richards, assistant secretary for population,
    // refugees, and migration,").
    !tree.tokens.slice(h + 1, k).some((t) => t.text === ',');
  const partner = tree.children[h]!.find(joint);
  if (partner !== undefined) return jointSource(ctx, head, tree.tokens[partner]!);
  if (PRONOUNS.test(head.lower) && head.lower !== 'i' && head.lower !== 'we')
    return pronounEntity(head.start, head.text);
  // Entities are sorted by start: the ones that can hold the head start at most a name's length
  // before it. A word the parse took for the head of a name ("Sen." of "Sen. Chuck Grassley",
  // "Former" of "Former President Bill Clinton") stands for the person named by the words that
  // hang from it, so the phrase's last such word is looked up too.
  const to = a.sourceTokens[1];
  const flat = tree.children[h]!.filter((c) => c > h && c <= to && base(tree.tokens[c]!.deprel) === 'flat');
  for (const w of flat.length ? [head, tree.tokens[flat[flat.length - 1]!]!] : [head]) {
    const x = holding(ctx, w, w === head ? undefined : (e) => e.type === 'person');
    if (x) return x;
  }
  return namedAfterRole(ctx, tree, h) ?? describedSource(ctx, tree, h, from, nounPhrase);
}

const BE = /^(?:be|been|being|is|are|was|were|'s|'re)$/;
const QUANTIFIED =
  /^(?:some|most|many|those|these|another|other|several|few|all|both|each|every|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|fellow|his|her|their|its|our)\s/;

/**
 * The nearest entity whose mention holds a word and that `accept` takes, unless it only qualifies
 * another ("the union's"). Entities are sorted by start: the ones that can hold the word start at
 * most a name's length before it.
 */
function holding(ctx: Ctx, w: Span, accept?: (x: Entity) => boolean): Entity | undefined {
  for (let i = lastBefore(ctx.entities, w.start + 1), n = 0; i >= 0 && n < 8; i--, n++) {
    const x = ctx.entities[i]!;
    if (!x.modifier && x.start <= w.start && w.end <= x.end && (!accept || accept(x))) return x;
  }
  return undefined;
}

/**
 * "France and Germany unveiled a proposal": two named sources joined by "and" speak as one group,
 * as the rules read a subject (`joinedByAnd`). A member the text does not name ("Ms. Bigbee and her
 * co-workers") leaves the joint source no one's.
 */
function jointSource(ctx: Ctx, first: Span, last: Span): Entity | undefined {
  const a = holding(ctx, first);
  const b = holding(ctx, last);
  if (!a || !b || a === b || a.unnamed || b.unnamed || a.guess || b.guess) return undefined;
  return joinedByAnd(ctx.doc, a, b);
}

/**
 * "said local activist Terry Strada", "said former senator Jo Lee": a role in lower case right
 * before a name, which the parse may take for the head with the name hanging off it; the name
 * is who speaks, not an unnamed "local activist".
 */
function namedAfterRole(ctx: Ctx, tree: Tree, h: number): Entity | undefined {
  const head = tree.tokens[h]!;
  const next = tree.tokens[h + 1];
  if (head.upos !== 'NOUN' || !/^[a-z]/.test(head.text) || !next || next.upos !== 'PROPN') return undefined;
  if (next.head !== h && head.head !== h + 1 && tree.tokens[next.head]?.head !== h) return undefined;
  const i = lastBefore(ctx.entities, next.start + 1);
  const x = ctx.entities[i];
  return x && !x.modifier && !x.unnamed && x.type === 'person' && x.start === next.start ? x : undefined;
}

const CORE_RIGHT = new Set(['flat', 'compound', 'nummod', 'amod']);
// Not "May", a surname as often as a month (Theresa May).
const TIME_NAME = new RegExp(`^(?:${[...WEEKDAYS, ...MONTHS.filter((m) => m !== 'May')].join('|')})$`);

/**
 * A source no actor stands for, as the text describes it ("the trial court", "many Americans",
 * "Voters who meet me"): the phrase up to its head noun and the names glued to it, without
 * relative clauses or appositives, as an unnamed source (kept apart from every named actor).
 * Pronouns other than "he", "she" and "they" ("it", "this") and bare determiners describe nobody.
 */
function describedSource(
  ctx: Ctx,
  tree: Tree,
  h: number,
  from: number,
  nounPhrase: boolean,
): Entity | undefined {
  const tagged = tree.tokens[h]!;
  const misread = nounPhrase && tagged.upos === 'VERB';
  const head = misread ? { ...tagged, upos: 'NOUN', xpos: /s$/.test(tagged.lower) ? 'NNS' : 'NN' } : tagged;
  if (head.upos !== 'NOUN' && head.upos !== 'PROPN') return undefined;
  // A day or a month is when, never who ("A news report published Wednesday said…", where the
  // parse takes the day for the subject).
  if (TIME_NAME.test(head.text)) return undefined;
  // A phrase its preposition opens ("polls, including ones showing Trump leading", "like Senators
  // Grassley and Leahy") is part of a list or a circumstance, not who speaks.
  for (let j = from; j < h; j++)
    if (tree.tokens[j]!.head === h && tree.tokens[j]!.deprel === 'case') return undefined;
  let to = h;
  while (
    to + 1 < tree.tokens.length &&
    tree.tokens[to + 1]!.head === h &&
    CORE_RIGHT.has(tree.tokens[to + 1]!.deprel.split(':')[0]!)
  )
    to++;
  let start = tree.tokens[from]!.start;
  // A quote mark or bracket that opens the phrase is not part of its name.
  while (start < head.start && /["'([,]/.test(ctx.doc.norm[start]!)) start++;
  const end = tree.tokens[to]!.end;
  const name = ctx.doc.text.slice(start, end).replace(/\s+/g, ' ').trim();
  if (!/[A-Za-z]/.test(name) || name.length > 80) return undefined;
  // "Neither side would say so", "No official commented": a source the sentence denies is no one.
  if (/^(?:neither|no|none|nobody)\b/i.test(name)) return undefined;
  if (head.upos === 'NOUN' && /^the\s+\S+$/i.test(name)) {
    const named = namedByClass(ctx, head.lower, start);
    if (named) return named;
  }
  // A described source is a noun that can speak ("Many experts", "a 2014 study"), not a time or a
  // circumstance the verb has as its subject ("The coming days will show whether…").
  if (head.upos === 'NOUN' && !canSpeak(head.lower)) return undefined;
  // A clause the parse read as a noun phrase ("That’s seven hours after the police announced…")
  // names no one.
  for (let j = from; j <= to; j++) if (tree.tokens[j]!.upos === 'AUX') return undefined;
  const plural = head.xpos === 'NNS' || head.xpos === 'NNPS';
  // A name the actors stage did not list: a person where a given name says so, else a body. Its
  // first word is capitalised: "major Muslim" is a phrase the parse cut short ("A major Muslim
  // civil rights group says…"), "since Republicans" a clause, neither a name; "some Democrats",
  // "another New Hampshire Republican" describe people without naming them.
  const lower = head.upos === 'PROPN' && /^[a-z]/.test(name) && !/^(?:the|a|an)\b/.test(name);
  if (lower && !QUANTIFIED.test(name)) return undefined;
  const named = head.upos === 'PROPN' && !lower && !/^(?:the|a|an)\b/i.test(name);
  const person = named && genderOfName(name) !== undefined;
  return {
    start,
    end,
    name,
    type: person ? 'person' : named ? 'organization' : 'group',
    speakerType: person ? 'person' : named ? 'organization' : 'anonymous',
    unnamed: !named,
    // "the statement", "the agency": one the text has introduced, which coref.ts looks back for.
    ...(!named && /^the\b/i.test(name) ? { definite: true } : {}),
    head: head.lower,
    headAt: head.start,
    plural,
    ...(person ? { gender: genderOfName(name) } : {}),
  };
}

/**
 * "The International Monetary Fund cut its forecast. … the fund warned that…": "the" and the last
 * word of one body's name, named before, is that body. Two bodies with that word ("the Justice
 * Department" and "the State Department" for "the department") leave it unclear.
 */
function namedByClass(ctx: Ctx, noun: string, before: number): Entity | undefined {
  let found: Entity | undefined;
  for (const x of ctx.entities) {
    if (x.start >= before) break;
    if (x.unnamed || x.modifier || !x.id || (x.type !== 'organization' && x.type !== 'government')) continue;
    if (x.name.split(/\s+/).pop()!.toLowerCase() !== noun) continue;
    if (found && found.id !== x.id) return undefined;
    found = x;
  }
  return found;
}

function kindOf(ctx: Ctx, tree: Tree, a: ModelAttribution, parts: Span[]): StatementKind {
  if (parts.every((p) => /^"[^"]*"$/.test(ctx.doc.norm.slice(p.start, p.end)))) return 'direct';
  const verb = tree.tokens[a.predicate]!.lower;
  if (verb === 'according') return 'according_to';
  return SPEECH.has(verb) ? 'indirect' : 'position';
}

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
    const content = afterCue(ctx.doc.norm, a.content, a.cue);
    // A model attribution whose own subject opens a second clause after a comma and "and" or "but"
    // ("Obama emphasized that the reforms were not complete, and human rights groups warned
    // that…") is not inside the words of the clause before it, which end there (trim.ts).
    const second =
      a.source !== undefined &&
      a.source.end <= a.cue.start &&
      /,\s+(?:and|but)\s+$/.test(ctx.doc.norm.slice(Math.max(0, a.source.start - 8), a.source.start));
    const earlier = (w: Span) => second && w.start < a.source!.start;
    if (hits(taken, a.cue, content).some((w) => !earlier(w))) continue;
    // Words that hold a statement the rules gave someone else ("revised Trump's plan that many
    // European allies viewed as favouring Moscow") would put that speaker's view on this card.
    if (taken.cues.overlapping(content).some((c) => content.start <= c.start && c.end <= content.end))
      continue;
    // A verb inside what someone else is reported to say is part of their words, not a statement
    // of its own ("she argued that Congress authorized relief": Congress is not the speaker).
    const rules = hits(open, a.cue, content).map((x) => x.u);
    const within = (w: Span) => w.start <= a.cue.start && a.cue.end <= w.end && !earlier(w);
    if (
      taken.words.overlapping(a.cue).some(within) ||
      open.words.overlapping(a.cue).some((w) => !w.u.bare && !rules.includes(w.u) && within(w))
    )
      continue;
    const tree = trees[a.sentence]!;
    const sent = sentenceAt(ctx.doc.sentences, a.cue.start);
    if (!sent) continue;
    const parts = partsAround(ctx.doc.norm, content, a.cue, a.source);
    if (!parts.length) continue;
    const kind = kindOf(ctx, tree, a, parts);
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
    const entity =
      target || (participle && OTHER_CLAUSE_BEFORE.test(between))
        ? undefined
        : heir
          ? before
          : sourceEntity(ctx, tree, a);
    // A stance or action verb ("put more capacity into…", "waive any provision") reads as a
    // position of a known actor, of two joined ("France and Germany unveiled…"), or of a source
    // the text describes ("Many experts suspect…", "Regulators worried that…"), never of a pronoun
    // the rules follow back: "He attempted to
    // revive momentum" is something done, and nothing says by whom. Nor of a verb the predicate
    // model doubts (a margin below zero: "Reports emerged that…").
    const speaker =
      entity && (kind !== 'position' || ((entity.id || entity.unnamed || entity.joint) && a.score > 0))
        ? heir
          ? entity
          : ctx.speaker(entity, sent)
        : undefined;
    // The card shows a quotation's words without its marks, nor the comma that hands over to the
    // verb ("“It is wrong,” said…").
    let shown = content;
    if (kind === 'direct') {
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
    if (rules.length) continue;
    const u: FoundAttribution = a.source
      ? { kind, start: shown.start, end: shown.end, source: a.source, cue: a.cue, content: parts }
      : { kind, start: shown.start, end: shown.end, cue: a.cue, content: parts };
    unresolved.push(u);
    take(u);
  }
  return [...ruleUnresolved.filter((u) => !superseded.has(u)), ...unresolved];
}
