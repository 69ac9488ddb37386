import type { Span } from '../../types';
import type { ModelAttribution } from '../../attribution';
import { base, NOMINAL, type Tree } from '../../attribution/tree';
import type { Ctx } from '../index';
import type { Entity } from '../sources/entities';
import { jointBefore, joinedByAnd, pronounEntity, PRONOUNS } from '../sources/speakers';
import { AFFILIATIONS, PLACE_NAMES } from '../../actors/lexicon';
import { describedSource } from './described-source';
import { canSpeak } from './described';
import { holding } from './holding';
import { lineCase } from '../../syntax/headline-case';
import { sentenceAt } from '../../text';
import { countryBranch } from '../sources/country-branch';
import { namedAfterRole, titledName } from './titled-name';

// Nouns that count or measure people, which a relative clause of saying does not make a speaker.
const COUNTS = /^(?:number|numbers|share|proportion|portion|fraction|amount|count|total|rate)$/;

// Which entity a source phrase in the tree stands for: an actor, a resolved pronoun, two joined
// names, or a source the text describes. The model passes (learned.ts) and the head passes
// (heads.ts) both ask it.

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
  const e = entityFor(ctx, tree, a, nounPhrase);
  if (!e) return undefined;
  // "New Poll Shows…", "Former Clinton Pollster Says…": in a line in title case a description reads
  // as a name; as in the headline rule (rules/headline.ts), only a known actor speaks there.
  if (e.unnamed && lineCase(ctx.doc.norm, tree.tokens)) return undefined;
  // "Wired Italy reports…": a country's name after another capitalised word is a company's branch,
  // as for the rules' subjects (speakers.ts). Only a one-word name ("Italy", "USA"): "the Obama
  // White House" is the White House.
  if (/\s/.test(ctx.doc.norm.slice(e.start, e.end))) return e;
  const sent = tree.tokens.length ? sentenceAt(ctx.doc.sentences, tree.tokens[0]!.start) : undefined;
  return sent && countryBranch(ctx.doc.norm, sent, e) ? undefined : e;
}

/** `sourceEntity` before the checks that hold for any phrase's entity. */
function entityFor(
  ctx: Ctx,
  tree: Tree,
  a: Pick<ModelAttribution, 'predicate' | 'sourceHead' | 'sourceTokens'>,
  nounPhrase: boolean,
): Entity | undefined {
  if (a.sourceHead === undefined || !a.sourceTokens) return undefined;
  // "which Mr. Trump called “a disgrace,” blaming Michael R. Bloomberg": after a participle a name
  // is its object; only a finite verb inverts its subject ("“…,” said Bloomberg").
  // ("according to", "citing" name their source after them; a participle clause that opens the
  // sentence has its subject after the comma that closes it: "After thanking the crowd, Sanders…".)
  if (
    a.sourceTokens[0] > a.predicate &&
    !tree.tokens.slice(a.predicate + 1, a.sourceTokens[0]).some((t) => /^[,;:]$/.test(t.text)) &&
    tree.tokens[a.predicate]!.xpos === 'VBG' &&
    !/^(?:according|citing|quoting)$/.test(tree.tokens[a.predicate]!.lower)
  )
    return undefined;
  // "Clinton and her defenders argue…", where the parse makes each conjunct a subject and the
  // source phrase is the second alone: a phrase that opens on "and" after a subject of the same
  // verb is half of a joint source; one that opens on "Neither" denies its members together.
  // After anything else the "and" joins clauses ("It's undisputed and the states aren't
  // contesting…", "…about Zika and his campaign did not respond") and is no part of the source.
  const first = tree.tokens[a.sourceTokens[0]]?.text ?? '';
  if (/^neither$/i.test(first)) return undefined;
  // "Mr. Rubio and Senator Ted Cruz urged…" where the source phrase is the second name alone, with
  // its title, or "Forbes and Wealth-X say…" where it is the first: the subject is both.
  const at = tree.tokens[a.sourceTokens[0]]!.start;
  const end = tree.tokens[a.sourceTokens[1]]!.end;
  if (
    a.sourceTokens[1] < a.predicate &&
    /^\s+and\s+(?:the\s+|his\s+|her\s+|their\s+)?[A-Z]/.test(
      ctx.doc.norm.slice(end, tree.tokens[a.predicate]!.start),
    )
  )
    return undefined;
  if (a.sourceTokens[0] < a.predicate && jointBefore(ctx.doc.norm, tree.tokens[0]!.start, at))
    return undefined;
  if (/^(?:and|or|nor)$/.test(first)) {
    // The word before the "and" (past a list's comma), or the head of the name it ends.
    let before = a.sourceTokens[0] - 1;
    if (tree.tokens[before]?.text === ',') before--;
    while (tree.tokens[before] && base(tree.tokens[before]!.deprel) === 'flat')
      before = tree.tokens[before]!.head;
    const t = tree.tokens[before];
    const joint =
      !!t &&
      /^(?:NOUN|PROPN|PRON)$/.test(t.upos) &&
      (t.head === tree.tokens[a.sourceHead]!.head ||
        tree.tokens[a.sourceHead]!.head === before ||
        base(t.deprel) === 'conj');
    if (joint || a.sourceTokens[0] >= a.sourceTokens[1]) return undefined;
    return entityFor(
      ctx,
      tree,
      { ...a, sourceTokens: [a.sourceTokens[0] + 1, a.sourceTokens[1]] },
      nounPhrase,
    );
  }
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
    // "the number who said they had used cannabis rose by 23 percent" (a real page): a count is
    // no one; the people it counts are not named.
    if (COUNTS.test(tree.tokens[h]!.lower)) return undefined;
    from = tree.lo[h]!;
    // The noun, not the preposition that brings it to its own verb: "they turned to the Chicago
    // Police Department which reported…" is the department's.
    while (from < h && tree.tokens[from]!.head === h && base(tree.tokens[from]!.deprel) === 'case') from++;
    // Only "who": a "which" is about a thing ("the president of the union, which endorsed…").
    const described =
      tree.tokens[a.sourceHead]!.lower === 'who' ? appositiveOf(ctx, tree, h, from) : undefined;
    if (described) return described;
  } else if (tree.tokens[h]!.lower === 'who' && /^(?:NOUN|PROPN)$/.test(tree.tokens[h - 1]?.upos ?? '')) {
    // "ammunition to Republicans who say…" where the parse hangs the clause off the verb: a
    // relative with no comma before it is about the noun it follows. After a preposition that
    // follows a noun that could speak itself ("a lawyer for Trump who said…"), it may be about
    // either, and the text does not say which.
    const prep = tree.children[h - 1]!.find((c) => c < h - 1 && base(tree.tokens[c]!.deprel) === 'case');
    const owner = prep !== undefined ? tree.tokens[prep - 1] : undefined;
    if (owner && owner.upos === 'NOUN' && canSpeak(owner.lower)) return undefined;
    h -= 1;
    from = h;
  } else if (tree.tokens[h]!.lower === 'who' && tree.tokens[h - 1]?.text === ',') {
    // "Obama praised Hillary Clinton, who cited her years…" where the parse joins the clause to the
    // sentence's verb: ", who" after a name is about that name. Only where the name is the verb's
    // subject or object, or a preposition brings it to a verb or an adjective ("steep for Mr.
    // Sanders, who said…"): after a noun's ("a lawyer for Trump, who said") the relative may be
    // about that noun.
    let k = h - 2;
    while (k >= 0 && base(tree.tokens[k]!.deprel) === 'flat') k = tree.tokens[k]!.head;
    const named = k >= 0 && tree.tokens[h - 2]!.upos === 'PROPN' && tree.tokens[k]!.upos === 'PROPN';
    // A plural verb ("Trump and Sen. Ted Cruz, who have billed themselves…", "those supporting
    // Clinton, who are…") is about more than the one name.
    const verb = tree.tokens.slice(h + 1).find((t) => t.upos === 'AUX' || t.upos === 'VERB');
    const plural = !!verb && (verb.xpos === 'VBP' || /^(?:are|were|have)$/.test(verb.lower));
    if (named && !plural && /^(?:nsubj|obj|iobj|appos|obl)$/.test(base(tree.tokens[k]!.deprel))) {
      h -= 2;
      from = tree.lo[h]!;
    }
  }
  // "one senior Democrat said", "voters … on Super Tuesday said", "The Kentucky Republican
  // dismissed": the parse may make each word of a noun phrase a subject of the verb. The phrase is
  // one, and an English noun phrase's head is its last word.
  const subjectOfSame = (k: number) =>
    !!tree.tokens[k] &&
    base(tree.tokens[k]!.deprel) === 'nsubj' &&
    NOMINAL.test(tree.tokens[k]!.upos) &&
    tree.tokens[k]!.head === tree.tokens[h]!.head;
  if (base(tree.tokens[h]!.deprel) === 'nsubj' && (subjectOfSame(h - 1) || subjectOfSame(h + 1))) {
    while (subjectOfSame(h + 1)) h++;
    // Common words before a name are mostly a description of the one named ("Soviet dissident
    // Milovan Djilas"): a name takes in only the names before it ("Priorities USA Action").
    const common = tree.tokens[h]!.upos === 'NOUN' || AFFILIATIONS.has(tree.tokens[h]!.text);
    let first = h;
    while (subjectOfSame(first - 1) && (common || tree.tokens[first - 1]!.upos === 'PROPN')) first--;
    from = Math.min(from, tree.lo[first]!);
    // Its determiner too, which the parse may hang off the verb.
    while (
      from > 0 &&
      tree.tokens[from - 1]!.upos === 'DET' &&
      tree.tokens[from - 1]!.head === tree.tokens[h]!.head
    )
      from--;
  }
  const head = tree.tokens[h]!;
  // The last of a list, which a source phrase cut short holds alone ("Kaplan, also an avid
  // collector of games, rare tarot cards, and books says, “…”", a real news page), is none of
  // who speaks.
  if (
    base(head.deprel) === 'conj' &&
    tree.children[h]!.some((c) => c < h && base(tree.tokens[c]!.deprel) === 'cc')
  )
    return undefined;
  // "Ms. Bigbee and her co-workers were talking…": a joint source is no one of its members alone.
  // A member is joined by "and", and not in a list inside an appositive ("Anne Richards, assistant
  // secretary for population, refugees, and migration,").
  const andJoined = (k: number) =>
    tree.children[k]!.some((c) => c < k && tree.tokens[c]!.lower === 'and') &&
    !tree.tokens.slice(h + 1, k).some((t) => t.text === ',');
  const joint = (k: number) =>
    tree.tokens[k]!.deprel === 'conj' &&
    // The model's source phrase may stop at the first name ("Clinton" of "Clinton and her
    // defenders argue"); a noun joined to its head before the verb is part of the subject still.
    (k <= a.sourceTokens![1] ||
      (k < a.predicate &&
        /^(?:NOUN|PROPN|PRON)$/.test(tree.tokens[k]!.upos) &&
        tree.tokens[h]!.head === a.predicate)) &&
    andJoined(k);
  // "Clinton and her defenders argue", where the parse makes each conjunct a subject of the verb.
  const sibling = (k: number) =>
    k > h && k < a.predicate && base(tree.tokens[k]!.deprel) === 'nsubj' && andJoined(k);
  let partner =
    tree.children[h]!.find(joint) ??
    (tree.tokens[h]!.head >= 0 ? tree.children[tree.tokens[h]!.head]!.find(sibling) : undefined);
  // A member the parse cut short ("Holcomb and GOP legislative leaders touted", where "leaders" is
  // made a subject of its own) ends at the last word of its noun phrase.
  if (partner !== undefined && partner > h) {
    let k = partner + 1;
    while (k < a.predicate && NOMINAL.test(tree.tokens[k]!.upos) && !subjectOfSame(k)) k++;
    if (k < a.predicate && subjectOfSame(k)) {
      partner = k;
      while (subjectOfSame(partner + 1)) partner++;
    }
  }
  if (partner !== undefined) return jointSource(ctx, head, tree.tokens[partner]!);
  // "Gaiman, McDougal, and Rigney unsuccessfully tried…" (a real news page): a list of three or
  // more names speaks as none of them alone.
  const listed = tree.children[h]!.filter(
    (k) =>
      k > h &&
      k <= a.sourceTokens![1] &&
      tree.tokens[k]!.deprel === 'conj' &&
      tree.tokens[k]!.xpos.startsWith('NNP'),
  );
  const and = (k: number) =>
    tree.children[k]!.some((c) => c < k && /^(?:and|or)$/.test(tree.tokens[c]!.lower));
  if (head.xpos.startsWith('NNP') && listed.length >= 2 && listed.some(and)) return undefined;
  // "Sure, official data suggest…", "Offstage, the actors agree…", "Win or not, candidate says…": a
  // phrase a comma sets off before a noun phrase that runs on to the verb is fronted, and that
  // noun phrase is the subject. Not an appositive, which closes with a comma of its own ("Kaplan,
  // a collector, says"), nor a clause or a circumstance after the comma ("Marco Rubio, after
  // pushing out a new video…", "Sanders, who sees himself as…").
  const verbAt = tree.tokens[a.predicate]!.start;
  const last = tree.tokens[a.sourceTokens[1]]!;
  const after =
    last.end <= verbAt
      ? /^\s*,\s*([^,;:"()—–-]*[A-Za-z][^,;:"()—–-]*)$/.exec(ctx.doc.norm.slice(last.end, verbAt))
      : null;
  if (after && !CLAUSE_AFTER_COMMA.test(after[1]!)) return undefined;
  if (PRONOUNS.test(head.lower) && head.lower !== 'i' && head.lower !== 'we')
    return pronounEntity(head.start, head.text);
  // Entities are sorted by start: the ones that can hold the head start at most a name's length
  // before it.
  const to = a.sourceTokens[1];
  const held = holding(ctx, head);
  // "Another intelligence source speaking to Fox News said…": the one spoken to is a listener.
  const opener = tree.tokens[a.sourceTokens[0]]!;
  const before = tree.tokens[a.sourceTokens[0] - 1];
  if (
    opener.upos === 'ADP' &&
    /^(?:to|with)$/.test(opener.lower) &&
    before &&
    /^(?:speak|speaks|speaking|spoke|spoken|talk|talks|talking|talked)$/.test(before.lower)
  )
    return undefined;
  // "Lexus Philippines offers…": a country the name of a company's branch ends with is not the
  // country (a real news page); the compound names a body the text does not list.
  if (
    held?.type === 'government' &&
    tree.children[h]!.some(
      (c) =>
        c < h &&
        base(tree.tokens[c]!.deprel) === 'compound' &&
        tree.tokens[c]!.xpos.startsWith('NNP') &&
        tree.tokens[c]!.end <= held.start &&
        !holding(ctx, tree.tokens[c]!),
    )
  )
    return undefined;
  // "CBS Sports NFL Insider Jason La Canfora has reported…": a run of names the head opens, when
  // an institution's name is only its start, is someone the institution's name qualifies: the
  // person named at its end speaks, or no one the text makes clear (a real news page).
  const personEndingAt = (j: number) =>
    holding(ctx, tree.tokens[j]!, (x) => x.type === 'person' && x.end >= tree.tokens[j]!.end);
  let k = h;
  while (k < to && tree.tokens[k + 1]!.xpos.startsWith('NNP')) k++;
  if (k > h && held && held.type !== 'person' && held.end < tree.tokens[k]!.start) return personEndingAt(k);
  // A word no mention holds, where the parse takes a title's first word for the head ("Former" of
  // "Former Arkansas Gov. Mike Huckabee", "House" of "House Majority Leader Kevin McCarthy",
  // "top" of "said Clinton's top foreign policy aide Jake Sullivan"), opens the title of the person
  // named where the phrase's nouns and adjectives run out: at a comma, a bracket, a preposition,
  // a possessive or a verb ("a lawyer for Jane Roe" is the lawyer's, "the super PAC backing
  // Hillary Clinton" the PAC's). So does a place that only locates (placeNames), which the actors
  // stage lists as no one ("California Rep. Jared Huffman, …, said").
  // Not in a phrase a preposition opens or a list ("like Senators Charles E. Grassley, Republican
  // of Iowa, and Patrick J. Leahy, …, see…"): there the person is one of several, or no source.
  let e = h;
  while (e < to && NOMINAL.test(tree.tokens[e + 1]!.upos)) e++;
  const alone =
    !tree.children[h]!.some((c) => c < h && base(tree.tokens[c]!.deprel) === 'case') &&
    !tree.tokens.slice(e + 1, to + 1).some((t) => /^(?:and|or|&)$/i.test(t.text));
  if (e > h && !held && alone) {
    const person = personEndingAt(e);
    if (person || PLACE_NAMES.has(head.text)) return person;
  }
  if (held) return held;
  // A word the parse took for the head of a name ("Sen." of "Sen. Chuck Grassley", "Former" of
  // "Former President Bill Clinton") stands for the person named by the words that hang from it,
  // so the phrase's last such word is looked up too.
  const flat = tree.children[h]!.filter((c) => c > h && c <= to && base(tree.tokens[c]!.deprel) === 'flat');
  const named = flat.length
    ? holding(ctx, tree.tokens[flat.at(-1)!]!, (e) => e.type === 'person')
    : undefined;
  if (named) return named;
  return (
    namedAfterRole(ctx, tree, h) ??
    titledName(ctx, tree, h, to) ??
    describedSource(ctx, tree, h, from, nounPhrase)
  );
}

const CLAUSE_AFTER_COMMA =
  /^(?:after|before|while|when|whenever|where|who|whom|whose|which|that|as|if|since|though|although|because|by|in|on|at|with|without|for|from|during|despite|like|unlike|once|until|not|also|then|still|now|and|but|or|had|has|have|is|was|were|are|will|would|could|can|should|may|might|must|did|does|do|[a-z]+ing|[a-z]+ed|[a-z]+ly)\b/;

/**
 * "Senator James Lankford, an Oklahoma Republican who warned…": the person an appositive noun
 * (`h`, its phrase from `from`) describes, named right before it with only a comma between. The
 * parse may take a title for the name's head ("Senator" of "Senator James Lankford"), so the words
 * flat under it are looked up too.
 */
function appositiveOf(ctx: Ctx, tree: Tree, h: number, from: number): Entity | undefined {
  if (tree.tokens[h]!.deprel !== 'appos') return undefined;
  const up = tree.tokens[h]!.head;
  let first = from;
  while (first < h && tree.tokens[first]!.upos === 'PUNCT') first++;
  const opens = tree.tokens[first]!.start;
  for (const k of [
    up,
    ...tree.children[up]!.filter((c) => c < h && base(tree.tokens[c]!.deprel) === 'flat'),
  ]) {
    const person = holding(ctx, tree.tokens[k]!, (x) => x.type === 'person' && !x.unnamed);
    if (person && /^\s*,\s*$/.test(ctx.doc.norm.slice(person.end, opens))) return person;
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
