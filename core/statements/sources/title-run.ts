import type { Sentence } from '../../types';
import type { Entity } from './entities';
import titles from '../../../data/lexicons/titles.json';

// A run of title words between two names, or before one ("White House Press Secretary Josh
// Earnest", "Virginia AFL-CIO President Doris Crouse-Mays"): the person named last is the head of
// the phrase, and a name before the title only qualifies it.

// Words of a title: a capitalised word, or one in lower case that is no function word, participle,
// past form or plural ("polls showing Trump", "Clinton beats Trump" join two names, not a title).
const TITLE_WORD = /^(?:[A-Z][\w.&'’-]*|[a-z][a-z-]*(?<!ing|ed|[^s]s))$/;
const NOT_TITLE =
  /^(?:and|or|but|nor|to|in|on|at|for|with|by|as|from|over|about|against|after|before|during|under|than|like|that|which|who|whom|the|a|an|his|her|their|its|said|says|say|told|is|was|are|were|has|had|have|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const RELATIONS = /^(?:rival|friend|foe|staffer|loyalist|confidant|backer|endorser|challenger)$/;
const TITLE_HEADS = new Set(
  titles.titles.map((t) =>
    t
      .toLowerCase()
      .split(/[\s-]+/)
      .pop()!,
  ),
);

/** Whether `words` are a title's: "Press Secretary", "campaign chairman", "Secretary of State". */
function titleWords(words: string[]): boolean {
  return words.every(
    (w, i) => (w === 'of' && i > 0 && i < words.length - 1) || (TITLE_WORD.test(w) && !NOT_TITLE.test(w)),
  );
}

/**
 * The person a title makes the head of a name run: "White House Press Secretary Josh Earnest",
 * "Trump adviser Kellyanne Conway", "Obama's Secretary of State John Kerry". The actors stage reads
 * the first name as the title's modifier, so it is not the source.
 */
export function personAfterTitle(
  norm: string,
  entities: Entity[],
  sent: Sentence,
  j: number,
): Entity | undefined {
  const e = entities[j]!;
  for (let n = j + 1; n < entities.length; n++) {
    const k = entities[n]!;
    if (k.start > Math.min(sent.end, e.end + 80)) return undefined;
    if (k.type !== 'person' || k.unnamed || k.modifier) continue;
    // The rest of a hyphenated name ("AFL-CIO") or a possessive, then the title's words.
    const m = /^(?:['’]s\b|[-–][\w-]+)?\s+((?:\S+\s+){1,6})$/.exec(norm.slice(e.end, k.start));
    const words = m?.[1]!.trim().split(/\s+/);
    if (!words || !titleWords(words)) return undefined;
    // Where the actors stage did not read a title ("Trump rival Jeb Bush"), a role noun in lower
    // case right before the name still makes the name before it a qualifier.
    const last = words[words.length - 1]!;
    return e.modifier || (/^[a-z]/.test(last) && (TITLE_HEADS.has(last) || RELATIONS.test(last)))
      ? k
      : undefined;
  }
  return undefined;
}

/** "Virginia AFL-CIO President " before a person's name: capitalised words ending in a title. */
export function titledRun(between: string): boolean {
  const words = between.trim().split(/\s+/);
  return (
    words.length <= 6 &&
    /\s$/.test(between) &&
    // (An abbreviated title keeps its period: "former Sen. Scott Brown".)
    TITLE_HEADS.has(words[words.length - 1]!.toLowerCase().replace(/\.$/, '')) &&
    titleWords(words)
  );
}
