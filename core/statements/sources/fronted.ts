import type { PreparedText, Sentence } from '../../types';
import { PRONOUNS, type EntityList } from './speakers';
import { lastBefore, type Entity } from './entities';

// A subordinate clause that opens its sentence, the pronoun its first word: "Ever since she
// endorsed Mrs. Clinton this month, Ms. Warren has been…", "Once he was president, Mr. Obama
// made…". English points such a pronoun forward, to the subject of the clause that follows.
const OPENING =
  /^\s*["“]?\s*(?:(?:And|But|Yet|So)\s+)?(?:Ever\s+since|Even\s+(?:though|as|after|before|when|if)|Just\s+(?:as|after|before)|When|Whenever|While|After|Before|Since|Once|Although|Though|As|If|Because|Until|Unless)\s+$/;
// Between the clause's comma and the subject: at most an article and a title's words.
const LEAD = /^,\s+(?:(?:the|a|an|former|then-)\s*)?(?:[A-Z][\w.'’-]*\s+){0,3}$/;

/**
 * The subject of the main clause when `e` ("he", "she", "they") opens a subordinate clause at the
 * start of its sentence and that subject is a name; undefined when the pronoun stands anywhere else
 * or no name follows the clause (then it is read as any other pronoun).
 */
export function frontedSubject(
  doc: PreparedText,
  entities: EntityList,
  e: Entity,
  sent: Sentence,
): Entity | undefined {
  if (!/^(?:he|she|they)$/i.test(e.name) || e.start <= sent.start) return undefined;
  if (!OPENING.test(doc.norm.slice(sent.start, e.start))) return undefined;
  const comma = doc.norm.indexOf(',', e.end);
  // The clause is short and holds no quotation: a comma far on is some other clause's.
  if (comma < 0 || comma >= sent.end || comma - e.end > 160) return undefined;
  if (/["“”]/.test(doc.norm.slice(e.end, comma))) return undefined;
  // The entities that start within a few words after the comma, found by binary search.
  for (let i = lastBefore(entities, comma + 1) + 1; i < entities.length; i++) {
    const x = entities[i]!;
    if (x.start - comma >= 60) break;
    if (!x.unnamed && !x.modifier && !PRONOUNS.test(x.name) && LEAD.test(doc.norm.slice(comma, x.start)))
      return x;
  }
  return undefined;
}

// "As for Trump, he said he's not worried": a topic set before the clause, the clause's subject
// a pronoun right after it.
const TOPIC = /^\s*["“]?\s*(?:(?:And|But|Yet|So)\s+)?[Aa]s\s+(?:for|to)\s+(?:the\s+)?$/;

/**
 * The name set up as the topic when `e` ("he", "she", "they") is the first word after it: "As for
 * Trump, he said…" is Trump's, whoever spoke before. Not a possessive ("As for RT's political
 * bent, he said…" names what is talked about, not who talks).
 */
export function topicSubject(
  doc: PreparedText,
  entities: EntityList,
  e: Entity,
  sent: Sentence,
): Entity | undefined {
  if (!/^(?:he|she|they)$/i.test(e.name) || e.start <= sent.start) return undefined;
  // The name ends right before the pronoun's comma: the last entity before it or the one before
  // that (a nested mention), found by binary search, so each pronoun costs no scan of the text.
  for (let i = lastBefore(entities, e.start), n = 0; i >= 0 && n < 3; i--, n++) {
    const x = entities[i]!;
    if (x.start < sent.start) break;
    if (
      !x.unnamed &&
      !PRONOUNS.test(x.name) &&
      /^,\s+$/.test(doc.norm.slice(x.end, e.start)) &&
      TOPIC.test(doc.norm.slice(sent.start, x.start))
    )
      return x;
  }
  return undefined;
}
