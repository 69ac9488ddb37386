import sources from '../../../data/lexicons/sources.json';
import type { PreparedText, Sentence } from '../../types';
import { lastBefore, roleKey, sameEntity, type Entity } from './entities';
import { canSpeak } from '../trees/described';
import { ORG_HEADS } from '../../actors/lexicon';
import { clauseSubject } from './clause-subject';
import { addressBefore, rivalInClause, rivalNear } from './rivals';
import { frontedSubject, topicSubject } from './fronted';
import { soleInParagraph, soleOfGender } from './sole';
import { possessorOpening } from './possessor';
import { FRONTED, sentenceSubject } from './sentence-subject';
import { titledSubject } from './titled';
import { mainSaid } from './main-said';
import { PRONOUNS, subjectBefore, type EntityList } from './speakers';

/** A speaker already attributed, in text order: what "he" and "the official" refer back to. */
export interface Said {
  pos: number;
  sentence: number;
  paragraph: number;
  speaker: Entity;
  /** What they were reported to say, when it was a statement. */
  words?: { start: number; end: number };
}

// Heads of a described source that is no "he" or "she": a document or a poll ("One news account …
// he said"), and a body ("The office referred the call to police. When Carlineo was approached,
// he told police…", a real news page).
const NO_PERSON = new Set([
  ...sources.things,
  ...ORG_HEADS,
  ...'office campaign department administration government court team board commission panel staff'.split(
    ' ',
  ),
]);
const isSingular = (e: Entity) => !e.plural && (e.type === 'person' || (e.unnamed === true && !e.plural));
const isPlural = (e: Entity) =>
  e.plural === true || e.type === 'group' || e.type === 'government' || e.type === 'organization';
const genderOfPronoun = (name: string) => (/^he$/i.test(name) ? 'm' : /^she$/i.test(name) ? 'f' : undefined);

/** Whether `x` agrees with the pronoun `name` in number and, where both say, in gender. */
function agrees(name: string, x: Entity): boolean {
  const gender = genderOfPronoun(name);
  return (
    (/^(they|we)$/i.test(name) ? isPlural(x) : isSingular(x)) && !(gender && x.gender && x.gender !== gender)
  );
}

/** The first speaker attributed in a sentence (history is in text order, so search from the end). */
function findSaid(history: Said[], sentence: number): Said | undefined {
  let found: Said | undefined;
  for (let i = history.length - 1; i >= 0 && history[i]!.sentence >= sentence - 1; i--) {
    if (history[i]!.sentence === sentence) found = history[i];
  }
  return found;
}

/**
 * Resolves a pronoun or a definite description ("the former official") to the source meant, or
 * returns undefined when the text does not make it clear (the statement is then left out).
 *
 * - "he"/"she": the subject of the current sentence when the pronoun is in a later clause ("Trump
 *   declared …, but he said …"); else the subject that opens the previous sentence ("Rustem Umerov
 *   trod carefully. He clarified …", 002); else the last attributed speaker in the two paragraphs
 *   before ("Mr Putin's final position …, he said" is the academic's, 000 B-1).
 * - "they": the same, for collectives ("The Coalition of the Willing … They emphasized", 004).
 * - "the official", "the academic": the last unnamed source with that head noun.
 */
export function resolve(
  doc: PreparedText,
  entities: EntityList,
  e: Entity,
  sent: Sentence,
  history: Said[],
  depth = 0,
  earlier?: Entity,
): Entity | undefined {
  const ahead = frontedSubject(doc, entities, e, sent) ?? topicSubject(doc, entities, e, sent);
  if (ahead && agrees(e.name, ahead)) return ahead;
  const clause = /^(?:he|she|they)$/i.test(e.name) ? clauseSubject(doc, entities, e) : undefined;
  if (clause === null) return undefined;
  if (clause) return agrees(e.name, clause) ? clause : undefined;
  const gender = genderOfPronoun(e.name);
  const r = resolveOnce(doc, entities, e, sent, history, depth, earlier);
  if (r && interrupts(doc, entities, e, r)) return undefined;
  if (!r || !gender || depth > 0) return r;
  if (!r.gender) return rivalNear(doc, entities, e, sent, r, gender, history) ? undefined : r;
  if (r.start < sent.start && rivalInClause(doc, entities, e, sent, r, gender)) return undefined;
  return addressBefore(doc, e, sent, r, gender) ? undefined : r;
}

// A clause joined after a reported one: "…, though he added", "…, but she said".
const JOINED = /,\s+(?:though|although|but|and|yet|while)\s+$/;

/**
 * "“The distraction gets you off message a little,” said Republican party boss Reince Priebus,
 * though he added that…": a pronoun opening a clause joined to a reported one, after its speaker
 * named after the verb (where no subject opens the sentence), is that speaker, when no other
 * person is named between.
 */
function joinedSpeaker(
  doc: PreparedText,
  entities: EntityList,
  e: Entity,
  sent: Sentence,
  history: Said[],
): Entity | undefined {
  if (!JOINED.test(doc.norm.slice(Math.max(sent.start, e.start - 12), e.start))) return undefined;
  const said = findSaid(history, sent.index)?.speaker;
  if (!said || said.end > e.start || said.start < sent.start || PRONOUNS.test(said.name)) return undefined;
  for (let i = lastBefore(entities, e.start); i >= 0; i--) {
    const x = entities[i]!;
    if (x.start < said.end) break;
    if (x.type === 'person' && !x.modifier && !sameEntity(x, said)) return undefined;
  }
  return said;
}

/**
 * "…and Ms. Warren, she said, “exposes him for what he is”": a pronoun whose reporting clause
 * interrupts a clause right after its subject is someone other than that subject (who would have
 * been the verb's own subject: "Ms. Warren said"). Where resolving reaches that subject, the
 * speaker is unclear.
 */
function interrupts(doc: PreparedText, entities: EntityList, e: Entity, r: Entity): boolean {
  if (!/^,\s+$/.test(doc.norm.slice(Math.max(0, e.start - 2), e.start))) return false;
  if (!/^\s+(?:also\s+)?[a-z]+\s*,/.test(doc.norm.slice(e.end, e.end + 30))) return false;
  const x = entities[lastBefore(entities, e.start)];
  if (!x || x === e || !/^,\s+$/.test(doc.norm.slice(x.end, e.start))) return false;
  return sameEntity(x, r) || x.name === r.name;
}

/**
 * "Bill Clinton … Hillary Clinton … Clinton said … She also suggested…": a surname two people share
 * stays no one's, but "she" can mean only the woman of the two (and "he" only the man), when
 * exactly one of them is.
 */
function namesake(entities: EntityList, r: Entity | undefined, gender: 'm' | 'f' | undefined) {
  if (!r || !gender || r.unnamed || /\s/.test(r.name.trim())) return r;
  // Only a surname no one person is known by: the actors stage keeps a bare "Clinton" apart.
  if (entities.bySurname?.get(r.name.trim()) !== null) return r;
  const known = entities.bySurname.get(`${r.name.trim()}|${gender}`);
  return known ? { ...known, start: r.start, end: r.end } : r;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'another', 'one']);
const descriptionWords = (name: string) =>
  name
    .toLowerCase()
    .split(/[^a-z0-9'-]+/)
    .filter((w) => w && !DETERMINERS.has(w));

/**
 * Whether a description says nothing the earlier one does not: "the official" after "a US
 * official", but not "the Republican nominee" after "the Democratic presidential nominee", nor
 * "the Trump campaign" after "the Clinton campaign" (the same head noun, someone else).
 */
function narrower(earlier: Entity, later: Entity): boolean {
  const have = new Set(descriptionWords(earlier.name));
  return descriptionWords(later.name).every((w) => have.has(w));
}

function resolveOnce(
  doc: PreparedText,
  entities: EntityList,
  e: Entity,
  sent: Sentence,
  history: Said[],
  depth: number,
  earlier?: Entity,
): Entity | undefined {
  if (e.unnamed && e.definite) {
    const author = authorOf(doc, entities, e, sent, history, depth);
    if (author) return author;
    const holder = entities.byRole?.get(roleKey(e.name));
    if (holder && holder.first < e.start) return { ...holder.who, start: e.start, end: e.end };
    const subject = titledSubject(doc, entities, e, sent);
    if (subject) return subject;
    for (let i = history.length - 1; i >= Math.max(0, history.length - 200); i--) {
      const h = history[i]!.speaker;
      if (h.unnamed && h.head === e.head && !h.plural && narrower(h, e)) return h;
    }
    for (let i = entities.length - 1; i >= 0; i--) {
      const x = entities[i]!;
      if (x.start >= e.start) continue;
      if (e.start - x.start > 5000) break;
      if (x.unnamed && !x.definite && !x.plural && x.head === e.head && narrower(x, e)) return x;
    }
    return { ...e, definite: false };
  }
  if (!PRONOUNS.test(e.name)) return e;
  const plural = /^(they|we)$/i.test(e.name);
  const gender = genderOfPronoun(e.name);
  const fits = (x: Entity) =>
    agrees(e.name, x) &&
    !PRONOUNS.test(x.name) &&
    !(gender && x.unnamed && x.head !== undefined && NO_PERSON.has(x.head.toLowerCase()));
  // "“…,” she said": the pronoun closes a quotation, as a reporter's source does.
  const closesQuote = /"\s*$/.test(doc.norm.slice(Math.max(sent.start, e.start - 3), e.start));
  // Each candidate as the pronoun's gender tells a shared surname's namesakes apart.
  const as = (x: Entity | undefined) => namesake(entities, x, gender);
  // The subject of this sentence, or of a reporting verb earlier in it ("Asked about Sullivan,
  // Feinstein said “…,” she said", PolNeAR).
  const own = as(sentenceSubject(doc, entities, sent) ?? earlier);
  if (own && own.end <= e.start && fits(own)) return own;
  const joined = joinedSpeaker(doc, entities, e, sent, history);
  if (joined && fits(joined)) return as(joined);
  // A subject the text only describes opens this sentence or the one before: the history's
  // speaker is meant only if the description fits them.
  let described = !own ? describedOpening(doc, sent, e.start, plural) : undefined;
  const prev = doc.sentences[sent.index - 1];
  if (prev && sent.paragraph - prev.paragraph <= 1) {
    const subj = as(sentenceSubject(doc, entities, prev));
    // "She and her defenders argue… They note…", "Clinton and her defenders argue… They…": a
    // joint subject opens the sentence before, which "they" means and no one entity stands for.
    // What the joint subject said is theirs ("Trump and Pence said… They added…").
    const joint = subj
      ? /^\s*and\s/.test(doc.norm.slice(subj.end, subj.end + 6))
      : /^(?:(?:But|And|Yet)\s+)?(?:he|she|I|we|(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+)\s+and\s/.test(
          doc.norm.slice(prev.start, prev.start + 60),
        );
    if (plural && joint && !(subj && fits(subj))) {
      const said = findSaid(history, prev.index)?.speaker;
      return said && fits(said) && / and /.test(said.name) ? said : undefined;
    }
    if (subj && fits(subj)) {
      const said = mainSaid(doc.norm, history, prev);
      const speaker = as(said?.speaker);
      return speaker && fits(speaker) && !PRONOUNS.test(speaker.name) ? speaker : subj;
    }
    const sole = subj && gender ? as(soleOfGender(doc, entities, e, sent, gender)) : undefined;
    if (sole && fits(sole)) return sole;
    // Not for a pronoun that closes an attribution ("Mr Putin's final position is likely to hinge on…,
    // he said. “If he considers…,” he said", 000: the reporter's source), nor after a sentence
    // that reports someone else's words: that someone is who the text follows.
    const closing = closesQuote || /^\s+(?:also\s+)?[a-z]+\W*$/.test(doc.norm.slice(e.end, sent.end));
    const owner =
      !subj && gender && !closing ? as(possessorOpening(doc, entities, e, sent, gender)) : undefined;
    const reported = owner && findSaid(history, prev.index)?.speaker;
    if (owner && fits(owner) && (!reported || sameEntity(reported, owner))) return owner;
    if (!subj && !described) described = describedOpening(doc, prev, prev.end, plural);
    // A chain of pronoun subjects: "Trump struck an upbeat tone. He attempted… He said…" (001).
    const lead = /^(?:(?:But|And|Yet|However,|Still,)\s+)?(he|she|they)\b/i.exec(
      doc.norm.slice(prev.start, prev.start + 20),
    );
    if (!subj && lead && depth < 3 && /^(they)$/i.test(lead[1]!) === plural) {
      const at = prev.start + lead[0].length - lead[1]!.length;
      const said = findSaid(history, prev.index);
      if (said) return fits(said.speaker) ? said.speaker : undefined;
      return resolve(doc, entities, { ...e, start: at, end: at + lead[1]!.length }, prev, history, depth + 1);
    }
  }
  // The last source attributed before, passing over up to two that cannot be meant (a group for
  // "he": "…drew criticism from Ukrainian and European officials… He has instructed…", 003).
  let passed = 0;
  for (let i = history.length - 1; i >= Math.max(0, history.length - 100); i--) {
    const h0 = history[i]!;
    if (h0.sentence >= sent.index || h0.pos >= e.start) continue;
    if (sent.paragraph - h0.paragraph > 2) break;
    // A copy only where the pronoun's gender picked a namesake; history itself stays as it was.
    const speaker = as(h0.speaker)!;
    const h = speaker === h0.speaker ? h0 : { ...h0, speaker };
    // Someone else who could be meant is named since ("…,” he said outside the building. … Trump
    // eased his tone. … “We can always have differences,” he said" is not the first speaker's).
    if (fits(h.speaker)) {
      if (described && !entities.describes?.(h.speaker, described)) return undefined;
      if (!subjectSince(doc, entities, h, sent, fits, plural)) return h.speaker;
      break;
    }
    if (++passed > 2 || (plural ? isSingular(h.speaker) : isPlural(h.speaker)) === false) return undefined;
  }
  // Only for the pronoun that closes a quotation ("“…,” she said"): the paragraph's one person
  // is as far as the text goes for whose words they are. Elsewhere ("what he wants", "he has been
  // willing to…") a paragraph's one name reached wrong mouths on PolNeAR train.
  // Nor where a sentence of the paragraph opens on someone the text only describes ("The
  // Afro-Colombian journalist expressed…"): they could be meant as well.
  if (!gender || !closesQuote) return undefined;
  for (let k = sent.index; k >= 0 && doc.sentences[k]!.paragraph === sent.paragraph; k--)
    if (describedOpening(doc, doc.sentences[k]!, e.start, false)) return undefined;
  const sole = as(soleInParagraph(doc, entities, e, sent, gender));
  return sole && fits(sole) ? sole : undefined;
}

/**
 * Whether a sentence between `h` and the pronoun opens with someone else `fits` would take: the
 * text has moved on to them ("…,” he said outside the building. On the eve of the meetings, Trump
 * eased his tone. … “We can always have differences,” he said" is not the first speaker's).
 */
function subjectSince(
  doc: PreparedText,
  entities: EntityList,
  h: Said,
  sent: Sentence,
  fits: (x: Entity) => boolean,
  plural: boolean,
): boolean {
  const who = h.speaker;
  for (let k = h.sentence + 1; k < sent.index; k++) {
    const x = sentenceSubject(doc, entities, doc.sentences[k]!);
    if (x && fits(x) && !sameEntity(x, who)) return true;
    const head = !x && describedOpening(doc, doc.sentences[k]!, doc.sentences[k]!.end, plural);
    if (head && !entities.describes?.(who, head)) return true;
  }
  return false;
}

/**
 * The head noun when a sentence opens, before `until`, with someone the text only describes ("In
 * defeat, the president appeared cowed.", "Proponents, including the Conference of Mayors, have
 * urged…", "The GOP candidate proposes…" with an acronym among the modifiers): a subject no entity
 * stands for, which a later "he" or "they" may mean as well as anyone named.
 * Singular for "he"/"she" ("the president"), plural for "they" ("Proponents", "the critics").
 */
function describedOpening(
  doc: PreparedText,
  sent: Sentence,
  until: number,
  plural: boolean,
): string | undefined {
  let text = doc.norm.slice(sent.start, Math.min(until, sent.start + 160));
  text = text.replace(/^(?:(?:But|And|Yet|Still|Now),?\s+)/, '');
  const fronted = FRONTED.exec(text);
  if (fronted) text = text.slice(fronted[0].length);
  // A name no entity stands for, opening the sentence as the subject of a verb ("Politifact then
  // ruled…"): someone else, whatever their number.
  const unlisted =
    /^([A-Z][a-z]+)\s+(?:(?:then|also|later|now|has|had|have|will|would)\s+)*(?:[a-z]+ed|said|says|told|wrote)\b/.exec(
      text,
    );
  if (unlisted && !PRONOUNS.test(unlisted[1]!) && !/^(?:It|This|That|There|I|We|You)$/.test(unlisted[1]!))
    return unlisted[1];
  const m =
    /^(?:(?:[Tt]he|[Aa]n?|[Tt]hose|[Tt]hese|[Ss]ome|[Mm]any)\s+)?(?:(?:[a-z][\w-]*|[A-Z][A-Z.]+)\s+){0,3}?([A-Za-z][a-z]+)\b/.exec(
      text,
    );
  if (!m || !canSpeak(m[1]!.toLowerCase())) return undefined;
  const determined = /^(?:the|an?|those|these|some|many)\s/i.test(text);
  const isPluralNoun = /[^s]s$/.test(m[1]!);
  // A bare noun opens only as a plural ("Proponents…", not "Officials" read as a name).
  if (!determined && !isPluralNoun) return undefined;
  return isPluralNoun === plural ? m[1] : undefined;
}

// What a body or a person puts out and the text can then cite as speaking: "the statement said".
const DOCUMENT =
  /^(?:statement|letter|report|memo|release|post|tweet|complaint|filing|lawsuit|motion|brief|communique|communiqué|declaration|ad|video)$/;
const PUT_OUT =
  '(?:issued|released|sent|published|posted|put out|wrote|filed|signed|delivered|tweeted|aired|ran)';

/**
 * "The leaders of France, Germany and Italy issued a joint statement on Sunday. “…,” the statement
 * said.": a document the text says someone put out speaks for them. The author is the subject of
 * the verb that put it out, in this sentence or the one before; none named there, none at all.
 */
function authorOf(
  doc: PreparedText,
  entities: EntityList,
  e: Entity,
  sent: Sentence,
  history: Said[],
  depth: number,
): Entity | undefined {
  if (!e.head || !DOCUMENT.test(e.head)) return undefined;
  const prev = doc.sentences[sent.index - 1];
  const from = prev && sent.paragraph - prev.paragraph <= 1 ? prev : sent;
  const put = new RegExp(
    `\\b${PUT_OUT}\\s+(?:a|an|the|their|his|her|its)\\s+(?:[\\w-]+\\s+){0,2}${e.head}s?\\b`,
    'gi',
  );
  let at = -1;
  for (const m of doc.norm.slice(from.start, e.start).matchAll(put)) at = from.start + m.index;
  if (at < 0) return undefined;
  const where = at < sent.start ? from : sent;
  const who = subjectBefore(doc, entities, where, at);
  // Only a subject that opens its sentence, a title at most before it ("Senator Maria Lopez
  // released a letter"): in "The leaders of France, Germany and Italy issued…" the name nearest
  // the verb is not who issued it.
  if (
    !who ||
    !/^[\s"“(]*(?:[Tt]he\s+)?(?:[A-Z][\w.'-]*\s+){0,3}$/.test(doc.norm.slice(where.start, who.start))
  )
    return undefined;
  const r = !PRONOUNS.test(who.name)
    ? who
    : depth < 2
      ? resolve(doc, entities, who, where, history, depth + 1)
      : undefined;
  // Another document is no author ("the report" put out "a statement").
  return r && !(r.unnamed && DOCUMENT.test(r.head ?? '')) ? r : undefined;
}
