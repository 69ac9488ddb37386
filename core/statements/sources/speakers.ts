import type { PreparedText, Sentence } from '../../types';
import type { Tree } from '../../attribution/tree';
import { lastBefore, type Entity } from './entities';
import { namedInFull, plausibleName } from './guess';
import { HONORIFIC_GENDER, NOT_NAME } from '../../actors/lexicon';
import { countryBranch } from './country-branch';
import { afterPreposition, KIN_IN_PHRASE } from './in-phrase';
import { relativeOwner } from './relative-owner';
import { nameAfter, nameBefore } from './names';
import { WEEKDAY_ALT, WEEKDAY_LOWER } from '../../text/dates';

// Words that may stand between a subject and its verb: auxiliaries, negation and adverbs
// ("Russia has consistently criticised", "Rubio has since denied", "Umerov … initially said").
const GAP_WORDS = new Set(
  (
    'has have had is are was were will would may might could can should must do does did also still now then long since ' +
    'not never again just only too even already once later earlier initially previously first further meanwhile ' +
    'himself herself itself themselves yet repeatedly publicly privately reportedly recently today yesterday ' +
    `${WEEKDAY_LOWER.join(' ')} more to`
  ).split(' '),
);

// An embedded question or relative clause is not a statement: "whether Putin believes he's
// winning" (004), "which points Ukraine has agreed to" (002), "what Mr Putin demanded" (000).
const HYPOTHETICAL = /\b(?:whether|if|what|which|how|why|everything|anything|nothing)\s+(?:[a-z]+\s+){0,2}$/i;

export const PRONOUNS = /^(he|she|they|we|i)$/i;

// A relative pronoun as the verb's subject, with what may stand between: "who has long said".
export const RELATIVE_SUBJECT = /\bwho\s+(?:(?:\w+ly|has|have|had|also|later|then|once)\s+)*$/;

const TIME_IN_GAP = new RegExp(
  `\\s(?:on|last|this|early|late)\\s+(?:${WEEKDAY_ALT}|week|month|night|morning|evening)\\b`,
  'g',
);

function gapOk(gap: string): boolean {
  // A party tag or age in brackets: "Rep. Jason Chaffetz (R-Utah) said", also with a stray comma
  // before the verb ("Gov. John Kasich (R-OH), said, “…”").
  let g = gap.replace(/^\s*\([^()]{1,30}\)(?:\s*,(?=\s*$))?/, ' ');
  // A time between subject and verb: "Sanders on Tuesday said" (PolNeAR).
  g = g.replace(TIME_IN_GAP, ' ');
  // A short qualifier before the verb: "Members of Congress from both parties have raised…" (004).
  g = g.replace(
    /^\s+(?:from|in|at)\s+(?:[\w-]+\s+){1,3}(?=(?:has|have|had|is|are|was|were|will|would)\s)/,
    ' ',
  );
  // One appositive: "Jeff Tolbert, a spokesman for Mr Driscoll, said"; "Rubio, who was leading …, told";
  // with a place's own commas and a second role after "and" ("Dylan Nelson, a fellow at the Max
  // Planck Institute in Munich, Germany, and co-author of the study, said") or a description of
  // what the first names ("Mike Shields, president of the Congressional Leadership Fund, a super PAC
  // allied with House leadership, said").
  // A participle with a quotation for its object ("Mr. Manafort, citing “the unique magic of
  // Trump,” said"), whose comma the quotation holds.
  const app =
    /^\s*,([^,";]{2,160})(?:,\s+(?:[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2}|(?:and|a|an|the)\s+[^,";]{2,80})){0,2},/.exec(
      g,
    ) ?? /^\s*,\s+[a-z]+ing\s+"[^"]{1,120}"\s*,?/.exec(g);
  if (app) g = g.slice(app[0].length);
  if (/["(;]/.test(g)) return false;
  const words = g.trim() === '' ? [] : g.trim().split(/\s+/);
  if (words.length > 4) return false;
  return words.every((w) => GAP_WORDS.has(w.toLowerCase()) || /^[a-z]+ly$/.test(w));
}

/** A pronoun as printed at `start`, as an unresolved entity for the resolver to follow back. */
export function pronounEntity(start: number, word: string): Entity {
  return { start, end: start + word.length, name: word.toLowerCase(), type: 'person', speakerType: 'person' };
}

/** A pronoun subject right before `pos` ("he said", "But he warned"), as an unresolved entity. */
function pronounBefore(norm: string, from: number, pos: number): Entity | undefined {
  const m = /\b(he|she|they|He|She|They)((?:\s+[a-z]+){0,3})\s*$/.exec(
    norm.slice(Math.max(from, pos - 60), pos),
  );
  if (!m || !gapOk(m[2] ?? '')) return undefined;
  const start = pos - m[0].length + (m[0].length - m[0].trimStart().length);
  if (HYPOTHETICAL.test(norm.slice(Math.max(from, start - 25), start))) return undefined;
  return pronounEntity(start, m[1]!);
}

// A relative pronoun after a noun (and its comma), then words of its clause (at least one: in "who
// Beck called" the name is the clause's own subject), with no comma, dash or "that" closing it
// before the name ("Katie Packer, who is chairman of Our Principles Pac said…").
// …unless a conjunction opens a clause of the name's own within it ("which Democrats opposed and
// Obama said he would have vetoed", "less credit than aides say he deserves").
const NEW_CLAUSE = /\b(?:and|but|than|while|whereas)\s+$/i;
const INSIDE_RELATIVE =
  /[A-Za-z\u2013-\u2015-],?\s+(?:who|whom|which)(?:['’][a-z]+)?\s+(?!that\b)[^,;:"()—–\s-](?:(?!\bthat\b)[^,;:"()—–-])*\s$/i;

// The opening comma of an appositive name, and the words of a title before the name.
const TITLED_APPOSITIVE = /,\s*(?:(?:[A-Z][\w.'’-]*|former|then|fellow|the|of)\s+){0,5}$/;

/**
 * The subject of the verb that starts at `pos`: the nearest entity before it, in the same clause,
 * with only auxiliaries, adverbs or one appositive in between. A possessive is never the subject
 * ("Mr Putin's final position …, he said"). "X and Y" makes one composite speaker ("Ukraine and
 * Europe"), never two.
 */
export function subjectBefore(
  doc: PreparedText,
  entities: Entity[],
  sent: Sentence,
  pos: number,
  names = true,
): Entity | undefined {
  const s = nearestSubject(doc, entities, sent, pos, names);
  return s && countryBranch(doc.norm, sent, s) ? undefined : s;
}

function nearestSubject(
  doc: PreparedText,
  entities: Entity[],
  sent: Sentence,
  pos: number,
  names: boolean,
): Entity | undefined {
  const { norm } = doc;
  // A pronoun or a name the actors stage missed, right before the verb, wins over anything further left.
  let pron =
    pronounBefore(norm, sent.start, pos) ??
    (names ? known(entities, nameBefore(norm, sent.start, pos)) : undefined);
  if (pron && afterPreposition(norm, sent, pron)) pron = undefined;
  // "Sen. Dianne Feinstein of California, the ranking Democrat…, who said": a relative clause on a
  // person named before what news prints between (relative-owner.ts).
  const rel = !pron && RELATIVE_SUBJECT.exec(norm.slice(Math.max(sent.start, pos - 60), pos));
  const owner = rel ? relativeOwner(norm, entities, sent, pos - rel[0].length) : undefined;
  if (owner !== undefined) return owner ?? undefined;
  for (let i = lastBefore(entities, pos); i >= 0; i--) {
    const e = entities[i]!;
    if (e.start < sent.start || pos - e.end > 400) break;
    if (e.end > pos) continue;
    if (pron && pron.start >= e.end) return pron;
    // "the union's refusal", "anti-GOP headline": a name that qualifies a noun is not its subject.
    if (e.modifier) continue;
    let gap = norm.slice(e.end, pos);
    // Dashes set off a relative or an appositive as commas do ("Joyce — who is listed as an
    // attorney — said", "Deborah Reynolds — Santilli's girlfriend — told"): a name right before the
    // closing dash is inside it, and the one before the opening dash may be the subject. Not a
    // participle or a list ("the other candidates — Bush, Kasich, Carson and Paul — hoped").
    if (/^\s-{1,2}\s*$/.test(gap)) continue;
    const dashed =
      /^\s-{1,2}\s((?:who|whose)\s(?:(?!\s-{1,2}\s)[^";]){1,160}?|(?:a|an|the|his|her|its|their|[A-Z])(?:(?!\s-{1,2}\s)[^";,]){1,160}?)\s-{1,2}\s*$/.exec(
        gap,
      );
    if (dashed) gap = `, ${dashed[1]}, `;
    // "A former candidate — John McCain, who lost in 2008 — said": the relative closes at the dash.
    else if (/^\s*,/.test(gap)) gap = gap.replace(/\s-{1,2}\s*$/, ', ');
    if (/^'s?\b/.test(gap)) continue;
    if (afterPreposition(norm, sent, e)) continue;
    // "Ukraine's ambassador to the U.S., Olga Stefanishyna, said": the name is itself the appositive,
    // with its title if it has one ("Graham's colleague, Sen. John McCain, said", "Her husband,
    // former President Bill Clinton, said").
    if (
      /^\s*,\s*$/.test(gap) &&
      e.type === 'person' &&
      !e.unnamed &&
      (/,\s*$/.test(norm.slice(Math.max(sent.start, e.start - 3), e.start)) ||
        // A surname alone after a title may be a relative's ("Her husband, President Obama," in
        // a text that names only Michelle Obama in full), so a titled name must be whole.
        (/\s/.test(norm.slice(e.start, e.end)) &&
          TITLED_APPOSITIVE.test(norm.slice(Math.max(sent.start, e.start - 50), e.start))))
    )
      // …unless it names a relative a preposition holds: in "A publicist for Thicke's son, Robin,
      // said" the son is named, the publicist speaks (a real news page).
      return KIN_IN_PHRASE.test(norm.slice(Math.max(sent.start, e.start - 60), e.start)) ? undefined : e;
    // A relative clause on a person: "met Emmanuel Macron, who said Europe would help", "critics
    // who said it was far too deferential" (002); never on an institution ("a staffer at the State
    // Department who told…", PolNeAR).
    if (/^\s*who\s+(?:\w+ly\s+|has\s+|had\s+|also\s+)*$/.test(gap) && (e.type === 'person' || e.unnamed))
      return e;
    if (/^\s*,\s*who\s+(?:\w+ly\s+|has\s+|had\s+|also\s+)*$/.test(gap) && (e.type === 'person' || e.unnamed))
      return e;
    if (!gapOk(gap)) {
      // Look further left only from inside an appositive that ends right before the verb ("Jeff
      // Tolbert, a spokesman for Mr Driscoll, said"); anything else ends the search.
      if (/,\s*$/.test(gap) && !/[.;:"]|\b(that|when|which|while|because|if|whether)\b/.test(gap)) continue;
      // The end of an appositive followed by an adverb: "…Defence Council, initially said".
      if (/^\s*,/.test(gap) && gapOk(gap.replace(/^\s*,/, ''))) continue;
      return pron;
    }
    if (HYPOTHETICAL.test(norm.slice(Math.max(sent.start, e.start - 25), e.start))) return undefined;
    // "Many of the local leaders who'd rather be working for Cruz or Ben Carson said…": a name at
    // the end of a relative clause that no comma closes is in it; the verb's subject is the noun
    // the clause hangs from.
    const lead = norm.slice(Math.max(sent.start, e.start - 160), e.start);
    if (INSIDE_RELATIVE.test(lead) && !NEW_CLAUSE.test(lead)) return undefined;
    const and = /(?:^|\s)and\s+(?:the\s+)?$/i.exec(norm.slice(Math.max(sent.start, e.start - 10), e.start));
    if (and && i > 0) {
      const a = entities[i - 1]!;
      const joined = a.start >= sent.start ? joinedByAnd(doc, a, e) : undefined;
      // "Dr. John Smith of the Department of Health and Human Services says": two names joined
      // after a preposition are its object together, as one name alone would be.
      if (joined && afterPreposition(norm, sent, a)) continue;
      if (joined) return joined;
    }
    // "Donald Trump and House Speaker Paul Ryan pledged…", "Clinton and Sanders explore…", "She and
    // her aides have vowed…": a subject joined to a name or pronoun before "and" (that the actors
    // stage may not list, or with a title between) speaks for both, so for neither alone.
    // (A name a preposition holds was passed over above.)
    if (jointBefore(norm, sent.start, e.start)) return undefined;
    return e;
  }
  // A name the actors stage missed, before an appositive: "Scott Pruitt, the Republican attorney
  // general of Oklahoma, said" (PolNeAR).
  if (!pron && names) {
    const app = /(?:,\s*\d{1,3})?,[^,";()]{2,120},\s*$/.exec(
      norm.slice(Math.max(sent.start, pos - 140), pos),
    );
    if (app && !/\b(?:that|which|when|because|while|if)\b/.test(app[0])) {
      const at = pos - app[0].length;
      const nm = known(entities, nameBefore(norm, sent.start, at));
      if (nm && !HYPOTHETICAL.test(norm.slice(Math.max(sent.start, nm.start - 25), nm.start))) return nm;
    }
  }
  return pron;
}

// A name or a subject pronoun, "and", and at most a title before the subject: "Mr. Rubio and
// Senator", "Toomey and Sen.", "Xi and", "She and".
const JOINT_BEFORE =
  /(?:\b[A-Z][\w.'’-]*|\b[Hh]e|\b[Ss]he|\b[Tt]hey|\b[Ww]e)\s+and\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:(?:former|then|fellow)\s+)?(?:[A-Z][\w.'’-]*\s+){0,4}$/;

/**
 * Whether the subject starting at `at` is the second member of a joint subject: a name or a subject
 * pronoun that opens its clause, "and", and at most a title before it.
 */
export function jointBefore(norm: string, from: number, at: number): boolean {
  const lead = norm.slice(Math.max(from, at - 80), at);
  const m = JOINT_BEFORE.exec(lead);
  if (!m) return false;
  // The first member opens a clause; after a verb it is that verb's object and "and" joins two
  // clauses ("Toomey has not endorsed Trump and Illinois's Mark Kirk withdrew his support"), after
  // a preposition the two are its objects ("a rift between Cruz and Senator Lee").
  const opening = lead.slice(0, m.index).replace(/(?:\b[A-Z][\w.'’-]*\s+)+$/, '');
  if (
    !(m.index === 0 && at - 80 <= from) &&
    !/(?:^|[,;:(—–"“-]|\b(?:as|while|when|but|and|that|because|if|where|since|after|before|although|though|whereas|so|the))\s*$/i.test(
      opening,
    )
  )
    return false;
  // A name the subject's title ends ("Fox News Vice President and Washington Managing Editor Bill
  // Sammon") is one person's two titles; only a name or pronoun that ends a word group counts.
  const first = /^(\S+)/.exec(m[0])![1]!;
  return !TITLE_END.test(first);
}

// Capitalised words that end a title rather than a name ("Vice President and Managing Editor").
const TITLE_END =
  /^(?:President|Editor|Director|Chairman|Chair|Secretary|Minister|Officer|Counsel|Manager|Adviser|Advisor|Founder|Publisher)$/;

/** "Ukraine and Europe", "France and Germany": two sources joined by "and" speak as one group. */
export function joinedByAnd(doc: PreparedText, first: Entity, last: Entity): Entity | undefined {
  if (!/^\s+and\s+(?:the\s+)?$/i.test(doc.norm.slice(first.end, last.start))) return undefined;
  return {
    start: first.start,
    end: last.end,
    name: doc.text.slice(first.start, last.end).replace(/^the\s+/i, (s) => s.toLowerCase()),
    type: 'group',
    speakerType: 'group',
    plural: true,
    joint: true,
  };
}

/** The subject after an inverted verb: "…, said Oleksandr Bevz, a Ukrainian government adviser". */
export function subjectAfter(
  doc: PreparedText,
  entities: Entity[],
  sent: Sentence,
  pos: number,
): Entity | undefined {
  const { norm } = doc;
  // "…, said he." is rare; "said she turned out…" is a new clause, not an inverted source.
  const m = /^\s*(he|she|they)\b(?=\s*[,.;])/i.exec(norm.slice(pos, pos + 10));
  if (m) {
    const start = pos + m[0].length - m[1]!.length;
    return pronounEntity(start, m[1]!);
  }
  const i = lastBefore(entities, pos + 40);
  for (let j = Math.max(0, i - 4); j <= i; j++) {
    const e = entities[j]!;
    if (e.start < pos || e.end > sent.end || e.modifier) continue;
    const gap = norm.slice(pos, e.start);
    // Only a title or role may come first: "said Russian Foreign Minister Sergei Lavrov"; the
    // source ends its clause ("said Bevz, a Ukrainian…", "said Trump.").
    // Not a body after "of" ("noted Dante Chinni of NBC"): the name before it speaks, not its
    // employer or its state.
    // Nor what "said of" is said about ("said of the senator, “She takes…”"): a title never opens
    // on "of".
    if (
      (/^\s*((?:[A-Z][\w.'-]*|of|the)\s+){0,5}$/.test(gap) || /^\s*$/.test(gap) || roleGap(gap, e)) &&
      !/\b[A-Z][\w.'-]*\s+of\s+(?:the\s+)?$/.test(gap) &&
      !/^\s*of\b/.test(gap) &&
      ENDS_INVERTED.test(norm.slice(e.end, e.end + 12))
    )
      return e;
    break;
  }
  const nm = known(entities, nameAfter(norm, pos, sent.end));
  return nm && ENDS_INVERTED.test(norm.slice(nm.end, nm.end + 12)) ? nm : undefined;
}

// Words that tie the name to someone else ("said the wife of John Smith", "said a spokesman for
// Jo Lee") or open a clause: with them the name after is not who speaks. A pronoun or an auxiliary
// is the reported clause's own ("…, said he would welcome Cruz": Cruz is its object).
const NOT_ROLE =
  /^(?:of|for|to|from|by|with|about|at|in|on|and|or|but|that|who|which|whose|his|her|their|its|our|my|your|a|an|this|these|those|when|after|before|as|he|she|it|they|we|i|you|would|will|could|should|can|may|might|must|has|have|had|is|are|was|were|be|been|do|does|did|not|no)$/;

/**
 * A role in lower case or an age before a named person, after an inverted verb: "said 9/11 widow
 * Terry Strada", "said campaign manager Robby Mook", "said longtime resident Jo Lee".
 */
function roleGap(gap: string, e: Entity): boolean {
  if (e.type !== 'person' || e.unnamed || !e.id) return false;
  const words = gap.trim().split(/\s+/);
  if (words.length > 4 || !words[0]) return false;
  if (words[0] === 'the') words.shift();
  return (
    words.length > 0 &&
    words.every((w) => /^(?:[a-z][a-z-]*|\d[\w/.-]*|[A-Z][\w.'-]*)$/.test(w) && !NOT_ROLE.test(w)) &&
    // …or an age: "wrote 43-year-old Martin Taylor of Aberdeenshire".
    /^(?:[a-z]|\d{1,3}-year-old$)/.test(words[words.length - 1]!)
  );
}

// An inverted source ends its clause ("said Bevz, a Ukrainian…", "said Trump.") or is followed by
// where, when or to whom it spoke ("“…,” said Lopez to a crowd of several hundred supporters…",
// "…,” said Obama in a speech Friday"): the phrase is the verb's.
const ENDS_INVERTED =
  /^(?:\s*[,.;:!?(]|\s*$|'s?\s|\s+(?:to|at|in|on|during|after|before|while|from|outside|via|with|of|aboard|following|last|this|earlier|later)\s)/;

/**
 * A guessed name that is the surname of exactly one known person is that person ("Kasowitz"); the
 * surname of two ("Clinton" with Hillary and Bill named) is left out, as the actors stage leaves
 * it; any other guess must look like a person by the actors stage's evidence.
 */
export function known(entities: EntityList, nm: Entity | undefined): Entity | undefined {
  if (!nm) return undefined;
  const last = /(\S+)$/.exec(nm.name)?.[1] ?? '';
  const before = `${entities.norm?.slice(Math.max(0, nm.start - 8), nm.start) ?? ''}${nm.name.slice(0, -last.length)}`;
  const k = surnamed(entities, last, before);
  if (k) return { ...k, start: nm.start, end: nm.end };
  if (k === null) return undefined;
  const words = nm.name.split(/\s+/);
  if (plausibleName(words, nm.guess === 'titled')) return nm;
  const lone = words.length === 1 && entities.norm !== undefined && !NOT_NAME.has(nm.name);
  return lone && namedInFull(entities.norm!, (entities.fullNames ??= new Map()), nm.name) ? nm : undefined;
}

/**
 * The known person a surname names (null where two do), with the words printed before it: an
 * honorific's gender picks among namesakes, and a surname whose only namesakes are of the other
 * gender is no one's ("Mr. Clinton" where the text names only Hillary Clinton is not her: the New
 * York Times calls Bill Clinton so, and "Mrs. Trump" is not Donald Trump).
 */
export function surnamed(entities: EntityList, last: string, before: string): Entity | null | undefined {
  const map = entities.bySurname;
  if (!map) return undefined;
  const g = HONORIFIC_GENDER.get(/\b([A-Z][a-z]+)\.?\s+$/.exec(before)?.[1] ?? '');
  if (g) {
    const same = map.get(`${last}|${g}`);
    if (same !== undefined) return same;
    if (map.has(`${last}|${g === 'm' ? 'f' : 'm'}`)) return null;
  }
  return map.get(last);
}

/** Entities with the known people by surname, for names the actors stage missed in one place. */
export type EntityList = Entity[] & {
  /**
   * Known people by surname ("Clinton"), and by surname and gender ("Clinton|f"); null where two
   * people share the key (`surnames`).
   */
  bySurname?: Map<string, Entity | null>;
  /** The text, to find a lone surname's full form; and the surnames already looked up. */
  norm?: string;
  fullNames?: Map<string, boolean>;
  /**
   * Whether a description's head noun ("the Republican nominee": "nominee") may stand for a known
   * speaker: a word of their name or roles, or the person the text names most.
   */
  describes?: (who: Entity, head: string) => boolean;
  /** Whether a known person holds a description (or its head noun) as a title the text gives them (titled.ts). */
  titled?: (who: Entity, description: string) => boolean;
  /** The one person each role the text gives is held by, with where they are first named (`roleHolders`). */
  byRole?: Map<string, { who: Entity; first: number } | null>;
  /** Each sentence's parse, where the engine has one: the subject the words around it leave unclear. */
  trees?: readonly Tree[];
};
