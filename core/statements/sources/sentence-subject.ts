// The grammatical subject that opens a sentence ("Russian Foreign Minister Sergei Lavrov …", "In
// an interview with Time magazine, Khan said…"): the rules' fallback speaker for a participle, a
// bare cue or a quote a colon hands over.
import type { PreparedText, Sentence } from '../../types';
import { base } from '../../attribution/tree';
import { lastBefore, type Entity } from './entities';
import type { EntityList } from './speakers';

// Only a role may stand between an institution and the person who opens a sentence ("Ukraine's
// ambassador to the U.S., Olga Stefanishyna"); a verb ("Donald Trump met aides") may not, nor a
// preposition a headline capitalises ("CNN President On Trump: ‘We Do Not Pay…’" is the
// president's, about Trump).
const ROLE_GAP =
  /^(?:'s?)?(?:\s*,?\s+(?:(?!(?:On|About|Against|Vs|Versus|With|Over|At|In|After|Before|Amid)\b)[A-Z][\w.'-]*|press|secretary|spokesman|spokeswoman|spokesperson|adviser|advisor|minister|envoy|ambassador|chief|official|director|head|leader|president|chairman|aide|of|the|to|for|national|security|foreign|deputy|senior|special|former|prime|general|defence|defense))*\s*,?\s*$/;

const LEAD_STOP =
  /^(?:when|if|while|as|after|before|although|though|because|since|until|once|whether|to|that|which|who|is|are|was|were|has|have|had|said|says|with|by|from|on|in|at|for|of|about|regarding|despite|amid|during|over|under|against|toward|towards|between|among|into|onto|upon|through|across|behind|beyond|without|within|versus|than|including|via|what|how|where)$/i;

// Past tenses the "-ed" test in `openingSubject` misses, of verbs that take a person or a body
// as their object ("Trump told the Times…", "She gave CNN…").
const IRREGULAR_PAST =
  /^(?:told|wrote|spoke|gave|sent|met|sought|brought|took|made|left|led|won|beat|hit|saw|heard|thought|kept|held|caught|taught|fought|bought|sold|paid|let|put|set|cut|struck|swore|chose|drove|rode|threw|shook|forgave|overtook|undertook)$/;
const SENTENCE_ADVERB =
  /^(?:But|And|Yet|So|Still|Now|Then|Also|However|Meanwhile|Instead|Indeed|Earlier|Later|Today|The|A|An)\b/;
// A pronoun is what the resolver is asked about, never its answer.
const PRONOUN = /^(?:he|she|they|we|i|it|you|him|her|them|us|me)$/i;
const SUBJECT_PRONOUN = /^(?:he|she|they|we|i|it)$/i;

// A circumstance set off by a comma before the subject: "On Thursday, Sanders unloaded…", "In an
// interview with Time magazine, Khan said…", "Rallying hundreds of workers, Hillary Clinton
// promised…", "But after focusing her attention on…, Clinton delivered…". No quotation inside it,
// and short, so it is one phrase and not a clause of its own.
const OPENERS =
  'In|On|At|During|After|Before|Earlier|Later|Last|Since|Following|Throughout|Despite|Amid|For|With|Without|Under|Through|From|Within|Over|Unlike|Like';
export const FRONTED = new RegExp(
  `^(?:(?:${OPENERS})\\b|[A-Z][a-z]+ing\\b|(?:But|And|Yet|Still|So),?\\s+(?:(?:${OPENERS.toLowerCase()})\\b|[a-z]+ing\\b))[^,"()]{1,100},\\s+`,
);

/** The grammatical subject that opens a sentence ("Russian Foreign Minister Sergei Lavrov …"), if any. */
export function sentenceSubject(doc: PreparedText, entities: EntityList, sent: Sentence): Entity | undefined {
  return openedBy(doc, entities, sent) ?? parsedSubject(entities, sent);
}

/**
 * The subject the parse gives the sentence's main verb (or its copula's adjective or noun), where the words before it are a clause
 * the patterns above do not read ("When asked whom his voters should pick, Johnson demurred.",
 * "In a cafe of crumbling Italian bakeries and cappuccino bars, Nega defended…"): the entity
 * that holds the subject's head, outside quotation marks; none where that is no actor.
 */
function parsedSubject(entities: EntityList, sent: Sentence): Entity | undefined {
  const tree = entities.trees?.[sent.index];
  if (!tree) return undefined;
  const root = tree.tokens.findIndex((t) => t.head < 0);
  if (root < 0 || tree.quoted[root]) return undefined;
  // A copula's clause has its subject as any verb's ("The day before, at a rally in Beaumont,
  // Tex., Mr. Trump was just as blunt, claiming…").
  const copular = () => tree.children[root]!.some((c) => tree.tokens[c]!.deprel === 'cop');
  if (tree.tokens[root]!.upos !== 'VERB' && !(/^(?:ADJ|NOUN)$/.test(tree.tokens[root]!.upos) && copular()))
    return undefined;
  const subj = tree.children[root]!.find((c) => tree.tokens[c]!.deprel === 'nsubj');
  if (subj === undefined || tree.quoted[subj]) return undefined;
  // A subject a preposition or a subordinating word opens is no main clause's ("Even before Sanders
  // took the stage, his campaign sent…", parsed with "took" as the root).
  const opened = (i: number) =>
    tree.children[i]!.some((c) => c < i && /^(?:case|mark)$/.test(base(tree.tokens[c]!.deprel)));
  if (opened(subj) || opened(root)) return undefined;
  // A joint subject ("Sanders and Clinton stood face-to-face…") is none of its members alone.
  if (tree.tokens.slice(tree.lo[subj], tree.hi[subj]! + 1).some((w) => w.upos === 'CCONJ')) return undefined;
  const t = tree.tokens[subj]!;
  const x = entities[lastBefore(entities, t.start + 1)];
  // The name must end the subject's head, not qualify another noun ("the James S. Brady Press
  // Briefing Room", parsed with the name as the head).
  const next = tree.tokens[subj + 1];
  const qualifies = next?.upos === 'PROPN';
  return x &&
    x.start <= t.start &&
    t.end === x.end &&
    !qualifies &&
    !x.modifier &&
    !x.unnamed &&
    !PRONOUN.test(x.name) &&
    x.start >= sent.start
    ? x
    : undefined;
}

function openedBy(doc: PreparedText, entities: Entity[], sent: Sentence): Entity | undefined {
  const s = openingSubject(doc, entities, sent);
  if (s) return s;
  const head = doc.norm.slice(sent.start, sent.start + 160);
  const fronted = FRONTED.exec(head);
  if (!fronted) return undefined;
  const after = openingSubject(doc, entities, { ...sent, start: sent.start + fronted[0].length }, true);
  if (after) return after;
  // A place of two parts inside the opening phrase: "In a speech in Fort Pierce, Florida Friday,
  // Clinton laid out…".
  const lead = fronted[0].replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const placed = new RegExp(`^${lead}[A-Z][\\w.]*(?:\\s+[A-Z][\\w.]*)?(?:\\s+[^,"()\\s]+){0,3},\\s+`).exec(
    head,
  );
  return placed && /^[A-Z]/.test(head.slice(fronted[0].length))
    ? openingSubject(doc, entities, { ...sent, start: sent.start + placed[0].length }, true)
    : undefined;
}

/**
 * `strict`: only titles and a determiner before the name ("In 1999, former Sen. Jo Lee…"), so that
 * in "In August, several environmental groups granted Mr. Clarke…" the groups, which no entity
 * stands for, are not passed over for the object.
 */
function openingSubject(
  doc: PreparedText,
  entities: Entity[],
  sent: Sentence,
  strict = false,
): Entity | undefined {
  const i = lastBefore(entities, sent.end);
  // The first entity in the sentence, found by binary search (sentences can be very long).
  let at = lastBefore(entities, sent.start) + 1 <= i ? lastBefore(entities, sent.start) + 1 : -1;
  // A dateline or outlet tag opens the sentence: "(The Post News) - United States President…".
  const datelined = /^(?:\(?[A-Z][\w.']*\)?[\s,]*|\([^)]{1,40}\)\s*)+-\s+/;
  // …and the place it names is no subject ("Washington (AFP) - Democrat Hillary Clinton has…").
  const dateline = datelined.exec(doc.norm.slice(sent.start, Math.min(sent.end, sent.start + 80)));
  // (A place in capitals or an agency in brackets: "Gov. Chris Christie - who is…" is no dateline.)
  const placed = dateline && /^[A-Z]{3,}\b|\([A-Z][\w. ]{0,20}\)/.test(dateline[0]);
  while (at >= 0 && at <= i && placed && entities[at]!.end <= sent.start + dateline[0].length)
    at = at + 1 <= i ? at + 1 : -1;
  if (at < 0) return knownName(doc, entities, sent, datelined);
  let first = entities[at]!;
  const lead = doc.norm.slice(sent.start, first.start).replace(datelined, '');
  // Only role words ("Ukrainian national security adviser"), "But"/"However," or a determiner may
  // come before it; a subordinate clause ("When Mr Putin said…") has no subject here.
  const words = lead.trim() === '' ? [] : lead.trim().split(/\s+/);
  if (words.length > 6 || words.some((w) => !/^[A-Za-z][\w.'-]*,?$/.test(w) || LEAD_STOP.test(w)))
    return knownName(doc, entities, sent, datelined);
  // "His campaign sued the DNC…": a past-tense verb after words of its own makes the lead a
  // clause, and the name its object.
  if (words.slice(1).some((w) => /^[a-z]+ed$/.test(w) || IRREGULAR_PAST.test(w)))
    return knownName(doc, entities, sent, datelined);
  // "He instead told the BBC interviewer: “…”": a pronoun before the name is the subject, and the
  // name the listener.
  if (words.some((w) => SUBJECT_PRONOUN.test(w))) return knownName(doc, entities, sent, datelined);
  if (strict && words.some((w) => !/^(?:[A-Z][\w.'-]*|the|former|then)$/.test(w))) return undefined;
  // "White House press secretary Karoline Leavitt", "Ukraine's ambassador to the U.S., Olga
  // Stefanishyna": a person named after an institution and a role is the subject.
  for (let j = at + 1; j < entities.length; j++) {
    const next = entities[j]!;
    if (next.start >= sent.end || next.type !== 'person' || next.unnamed) break;
    if (!ROLE_GAP.test(doc.norm.slice(first.end, next.start))) break;
    first = next;
  }
  if (first.modifier || /^\s*'s?\b/.test(doc.norm.slice(first.end, first.end + 3))) return undefined;
  // A country after a capitalised word of its own ends a longer name ("Priorities USA, a pro-Clinton
  // super PAC, emailed…", "Team USA"), which is not the country; a role comes before a person.
  if (first.type === 'government' && words.some((w) => /^[A-Z]/.test(w) && !SENTENCE_ADVERB.test(w)))
    return undefined;
  if (/^\s+and\b/.test(doc.norm.slice(first.end, first.end + 5))) return undefined;
  return first;
}

/**
 * A sentence opened by a name the actors stage did not mark there but knows elsewhere: "(The Post
 * News) - United States President Donald Trump struck an upbeat tone" (001). Only a surname that
 * names exactly one known person counts.
 */
function knownName(
  doc: PreparedText,
  entities: EntityList,
  sent: Sentence,
  datelined: RegExp,
): Entity | undefined {
  const text = doc.norm.slice(sent.start, Math.min(sent.end, sent.start + 160));
  const lead = datelined.exec(text)?.[0].length ?? 0;
  const m = /^((?:[A-Z][\w.'-]*\s+){0,6}?[A-Z][\w'-]+)\s+[a-z]/.exec(text.slice(lead));
  if (!m || !entities.bySurname) return undefined;
  const surname = /([A-Z][\w'-]+)$/.exec(m[1]!)![1]!;
  const known = entities.bySurname.get(surname);
  if (!known) return undefined;
  const start = sent.start + lead + m[1]!.length - surname.length;
  return { ...known, start, end: start + surname.length };
}
