import type { Sentence } from '../../types';
import { canSpeak } from '../trees/described';
import { lastBefore, type Entity } from './entities';
import { KIN } from './in-phrase';

// What news prints between a name and the relative clause about it: an age (", 32"), a party tag
// (" (D-Conn.)"), a place (" of California", " of Exeter, N.H."), and an appositive that
// describes the one named (", the ranking Democrat on the Senate Intelligence Committee", ", a
// California superdelegate and Clinton supporter" before a "who" with no comma).
const AGE = /,\s*\d{1,3}$/;
const PARTY = /\s*\([^()]{1,30}\)$/;
const OF_PLACE = /\s+of\s+(?:the\s+)?[A-Z][\w.'’-]*(?:,?\s+[A-Z][\w.'’-]*){0,3}$/;
const APPOSITIVE = /,\s+((?:a|an|the|his|her|their)\s+[^,;:"“”()—–]{1,100})$/;
// An appositive is a noun phrase: a verb in it opens a clause, whose "who" may be anyone's.
const CLAUSE_WORD =
  /\b(?:is|are|was|were|be|been|has|have|had|said|says|who|which|that|whose|when|while|because|and\s+(?:he|she|they))\b/;

/**
 * The named person a relative "who" at `at` is about, past an age, a party tag, a place or an
 * appositive after the name: "Sen. Dianne Feinstein of California, the ranking Democrat…, who
 * said", "Bob Mulholland, a California superdelegate and Clinton supporter who has accused…",
 * "an endorsement from Mike Lee, who declared". Undefined where the text between is anything else;
 * null, for no one, where the appositive names a relative ("Jane Doe, the wife of John Smith, who"
 * may be about either) or where a preposition ties the name to a noun that could speak itself ("a
 * lawyer for Trump, who said" may be about the lawyer).
 */
export function relativeOwner(
  norm: string,
  entities: readonly Entity[],
  sent: Sentence,
  at: number,
): Entity | null | undefined {
  let end = at;
  while (end > sent.start && /\s/.test(norm[end - 1]!)) end--;
  const comma = norm[end - 1] === ',';
  if (comma) end--;
  let s = norm.slice(sent.start, end);
  let stripped = false;
  let described = false;
  for (let k = 0; k < 4; k++) {
    const m = AGE.exec(s) ?? PARTY.exec(s) ?? OF_PLACE.exec(s);
    const app = m ? null : APPOSITIVE.exec(s);
    if (app && (CLAUSE_WORD.test(app[1]!) || described)) return undefined;
    if (app && KIN.test(app[1]!)) return null;
    const cut = m ?? app;
    if (!cut) break;
    if (app) described = true;
    s = s.slice(0, cut.index);
    stripped = true;
  }
  // A "who" with no comma before it is about the noun it follows: only an appositive's.
  if (!comma && !described) return undefined;
  const stop = sent.start + s.length;
  const e = entities[lastBefore(entities, stop)];
  if (!e || e.end !== stop || e.start < sent.start || e.type !== 'person' || e.modifier || e.unnamed)
    return undefined;
  // Any other person named between the name and the relative could be who the clause is about.
  for (let i = lastBefore(entities, at); i >= 0 && entities[i]!.start >= e.end; i--) {
    const x = entities[i]!;
    if (x.type === 'person' && !x.modifier && x.end <= at) return undefined;
  }
  const prep =
    /\b([A-Za-z]+)\s+(?:of|for|to|from|with|at|in|on|about|against)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\.\s+)*$/.exec(
      norm.slice(Math.max(sent.start, e.start - 60), e.start),
    );
  if (prep && (canSpeak(prep[1]!.toLowerCase()) || KIN.test(prep[1]!))) return null;
  return stripped || prep ? e : undefined;
}
