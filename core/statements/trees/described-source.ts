import { base, type Tree } from '../../attribution/tree';
import { withinSentence } from '../../text';
import type { Ctx } from '../index';
import { genderOfName, type Entity } from '../sources/entities';
import { canSpeak } from './described';
import { holding } from './holding';
import { personAppositive } from './person-appositive';
import { DAY_OR_MONTH } from '../../text/dates';
import {
  AFFILIATIONS,
  PLACE_NAMES,
  ROLE_GENDER,
  SPEAKING_PLACES,
  STATE_ABBREVIATIONS,
} from '../../actors/lexicon';

// A source phrase no actor stands for, named as the text describes it (source-entity.ts asks it
// last, when no mention holds the phrase's head).

const QUANTIFIED =
  /^(?:one|some|most|many|those|these|another|other|several|few|all|both|each|every|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|fellow|his|her|their|its|our)\s/;

// Nouns of a share or a count, which name no one without what they are a share of.
const SHARE =
  /^(?:percent|per|number|majority|minority|plurality|handful|lot|half|third|quarter|share|dozens|hundreds|thousands|millions|others|rest|remainder)$/;

const CORE_RIGHT = new Set(['flat', 'compound', 'nummod', 'amod']);
const NAME_PART = new Set(['ADJ', 'PROPN', 'NOUN', 'VERB']);
// A month's abbreviation ("On Dec. 15, the task force announced…").
const MONTH_ABBREVIATION = /^(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.?$/;
// Words that open a sentence before a comma to set its scene ("Inside, there's seating for four,
// though VW says…", a real news page), which a parse may take for a capitalised subject.
const INTRODUCTORY =
  /^(?:Inside|Outside|Overall|Instead|Indeed|Finally|Moreover|Besides|Elsewhere|Separately|Similarly|Likewise|Ultimately|Currently|Previously|Additionally|Notably|Recently|Nationally|Locally|Internationally|Abroad|Nearby|Online|Overseas|Downstairs|Upstairs|Afterward|Afterwards|Nonetheless|Nevertheless|Otherwise|Regardless|Initially|Eventually|Originally|Traditionally|Historically|Typically|Generally|Usually)$/;

/**
 * A phrase the parse ran across a sentence's end, a dash or a colon ("a source of revenue.
 * Projections", "UPDATE: 5/12 — The website"), or that a preposition opens ("as well as their
 * congressional majorities", "like several other former fraternity brothers"): a misread, not how
 * the text names someone.
 */
function ranOn(ctx: Ctx, name: string, start: number, end: number): boolean {
  return (
    !withinSentence(ctx.doc.sentences, start, end) ||
    /\s[—–-]{1,2}\s|:\s/.test(name) ||
    /^(?:as|like|unlike|after|before|than|with|without|while)\s/i.test(name)
  );
}

/**
 * A source no actor stands for, as the text describes it ("the trial court", "many Americans",
 * "Voters who meet me"): the phrase up to its head noun and the names glued to it, without
 * relative clauses or appositives, as an unnamed source (kept apart from every named actor).
 * Pronouns other than "he", "she" and "they" ("it", "this") and bare determiners describe nobody.
 */
export function describedSource(
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
  if (DAY_OR_MONTH.has(head.text) || MONTH_ABBREVIATION.test(head.text)) return undefined;
  if (from === h && INTRODUCTORY.test(head.text) && tree.tokens[h + 1]?.text === ',') return undefined;
  // A phrase its preposition opens ("polls, including ones showing Trump leading", "like Senators
  // Grassley and Leahy") is part of a list or a circumstance, not who speaks.
  for (let j = from; j < h; j++)
    if (tree.tokens[j]!.head === h && tree.tokens[j]!.deprel === 'case') return undefined;
  // "Lewis Ward, research director of gaming at IDC, sees…" where the parse makes the role the
  // head: the name before the comma is who speaks, not a group called "Lewis Ward, research
  // director" (a real news page).
  for (let j = from + 1; j < h; j++)
    if (tree.tokens[j]!.text === ',') {
      const x = holding(ctx, tree.tokens[j - 1]!);
      // Not the last of two joined ("Eva Miller and Gloria Major, African American women who…").
      const joined = x && /\band\s+$/.test(ctx.doc.norm.slice(Math.max(0, x.start - 6), x.start));
      return x && !x.unnamed && !joined ? x : undefined;
    }
  let to = h;
  while (
    to + 1 < tree.tokens.length &&
    tree.tokens[to + 1]!.head === h &&
    CORE_RIGHT.has(tree.tokens[to + 1]!.deprel.split(':')[0]!)
  )
    to++;
  // "52 percent of registered voters say…", "A number of readers have asked…": a share or a count
  // is named with what it is a share of ("52 percent" alone tells a card's reader nothing).
  if (SHARE.test(head.lower)) {
    const of = tree.children[h]!.find(
      (c) =>
        c > h &&
        base(tree.tokens[c]!.deprel) === 'nmod' &&
        tree.children[c]!.some((g) => g < c && tree.tokens[g]!.lower === 'of'),
    );
    if (of !== undefined) to = Math.max(to, tree.hi[of]!);
  }
  let start = tree.tokens[from]!.start;
  // "Big Machine has denied…", "Rolling Stone reported…": capitalised words right before a name's
  // first word are the name's, wherever the parse hung them.
  if (head.upos === 'PROPN')
    for (let j = from - 1; j >= 0; j--) {
      const t = tree.tokens[j]!;
      if (!NAME_PART.has(t.upos) || DAY_OR_MONTH.has(t.text) || !/^\p{Lu}/u.test(t.text)) break;
      if (t.end !== start - 1) break;
      start = t.start;
    }
  // A quote mark or bracket that opens the phrase is not part of its name, nor is a conjunction that
  // opens the sentence ("But 58 percent of Florida Latino voters said…").
  while (start < head.start && /["'([,]/.test(ctx.doc.norm[start]!)) start++;
  const conjunction = /^(?:and|but|or|yet)\s+/i.exec(ctx.doc.norm.slice(start, head.start));
  if (conjunction) start += conjunction[0].length;
  // "China's ambassador to Britain Liu Xiaming has said": a place a preposition brings is where the
  // title before it is for, not the name's first word (a real news page).
  const place = /^(\S+)\s+(?=\S+\s+\S)/.exec(ctx.doc.norm.slice(start, head.end));
  const country = (word: string) =>
    PLACE_NAMES.has(word) ||
    ctx.entities.some((x) => x.start === start && x.end === start + word.length && x.type === 'government');
  if (
    place &&
    country(place[1]!) &&
    /\b(?:to|of|in|from|for)\s+$/.test(ctx.doc.norm.slice(Math.max(0, start - 6), start))
  )
    start += place[0].length;
  const end = tree.tokens[to]!.end;
  // "As Mashable reports, the company announced…": a phrase "as" opens and a comma closes frames
  // the sentence (the tagger took its verb for a noun); the subject comes after it.
  if (
    /\bas\s+$/i.test(ctx.doc.norm.slice(Math.max(0, start - 4), start)) &&
    /^\s*,/.test(ctx.doc.norm.slice(end, end + 3))
  )
    return undefined;
  const name = ctx.doc.text.slice(start, end).replace(/\s+/g, ' ').trim();
  if (!/[A-Za-z]/.test(name) || name.length > 80) return undefined;
  if (ranOn(ctx, name, start, end)) return undefined;
  // "Neither side would say so", "No official commented": a source the sentence denies is no one;
  // nor is one it only supposes ("why would any rational person believe…").
  if (/^(?:neither|no|none|nobody|any|anyone|anybody)\b/i.test(name)) return undefined;
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
  // …nor is a subject and its verb the parse hung on the noun as a modifier ("Sanders highlighted
  // polls that show him…"): a past form after a noun or a name, apart from it ("state-funded
  // studies" is one word, "elected officials" opens on its participle).
  for (let j = from + 1; j < h; j++) {
    const t = tree.tokens[j]!;
    const before = tree.tokens[j - 1]!;
    if (
      t.upos === 'VERB' &&
      /^VB[DN]$/.test(t.xpos) &&
      /^(?:NOUN|PROPN)$/.test(before.upos) &&
      before.end < t.start
    )
      return undefined;
  }
  const plural = head.xpos === 'NNS' || head.xpos === 'NNPS';
  // A name the actors stage did not list: a person where a given name says so, else a body. Its
  // first word is capitalised: "major Muslim" is a phrase the parse cut short ("A major Muslim
  // civil rights group says…"), "since Republicans" a clause, neither a name; "some Democrats",
  // "another New Hampshire Republican" describe people without naming them.
  const lower = head.upos === 'PROPN' && /^[a-z]/.test(name) && !/^(?:the|a|an)\b/.test(name);
  // "veteran Republicans said": a party label with only describing words before it is people too.
  const described =
    AFFILIATIONS.has(head.text) && tree.tokens.slice(from, h).every((t) => /^(?:NOUN|ADJ|NUM)$/.test(t.upos));
  if (lower && !QUANTIFIED.test(name) && !described) return undefined;
  // A phrase a possessive opens describes ("His ex-wife", where the tagger took the noun for a name).
  const named =
    head.upos === 'PROPN' && !lower && !/^(?:the|a|an|his|her|their|its|my|our|your)\b/i.test(name);
  // A place that only locates (a US state or city: "Senator Bernie Sanders of Vermont endorsed",
  // "boosters in New Hampshire insisted", "The Kentucky Republican dismissed" where the parse
  // takes the state for the subject) is where, not who.
  // So is a state's abbreviation ("Donna Sampson Rawlings, 59, of Ashton, Md., who watched…").
  if (named && PLACE_NAMES.has(name) && !SPEAKING_PLACES.has(name)) return undefined;
  if (named && (STATE_ABBREVIATIONS.has(name) || STATE_ABBREVIATIONS.has(name.replace(/\.$/, ''))))
    return undefined;
  // A name no given name marks is a person where an age or a person's role follows it.
  const person = named && (genderOfName(name) !== undefined || personAppositive(ctx.doc.norm, end));
  // "His ex-wife agreed…": a noun that says whether the one described is a woman or a man, so a
  // later "she" is not given to someone else described ("the GOP presidential nominee").
  const role = !named && !plural ? ROLE_GENDER.get(head.lower.split('-').pop()!) : undefined;
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
    ...(person ? { gender: genderOfName(name) } : role ? { gender: role } : {}),
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
