import { tagSet } from './tag-sets';

// Verbs that take "to" and a verb as what is wanted, tried or refused, in the third person.
const CONTROL =
  /^(?:tries|wants|seeks|refuses|fails|continues|struggles|hopes|intends|vows|pledges|threatens|expects|wishes|declines|agrees|decides|prepares|aims|starts|promises|needs)$/;

/**
 * A third-person verb before "to" and a verb that the tagger read as a plural noun: "Cruz seeks to
 * energize…", "The campaign wants to…", "The Tax Policy Center plans to release…" (a noun before it
 * makes the two look like a compound). After a noun, such a word followed by an infinitive is the
 * verb; "plans" only after a name, since "the tax plans to cut…" is a noun's. Not after a
 * possessive or a determiner ("Clinton's hopes to win"), where it is the noun. Retags in place,
 * before the parse reads the tags.
 */
export function controlVerbs(
  text: string,
  spans: readonly { start: number; end: number }[],
  tagIds: Int32Array,
  tags: readonly string[],
): void {
  const present = tags.indexOf('VBZ|VERB');
  if (present < 0) return;
  const plural = tagSet(tags, /^NNS\|/);
  const bare = tagSet(tags, /^VB\|/);
  const noun = tagSet(tags, /^(?:NN|NNS|NNP|NNPS)\|/);
  const name = tagSet(tags, /^NNPS?\|/);
  const lower = (i: number) => text.slice(spans[i]!.start, spans[i]!.end).toLowerCase();
  for (let i = 1; i + 2 < tagIds.length; i++) {
    if (!plural[tagIds[i]!] || !bare[tagIds[i + 2]!] || lower(i + 1) !== 'to') continue;
    const w = lower(i);
    const before = tagIds[i - 1]!;
    const ok = CONTROL.test(w) ? noun[before] : w === 'plans' && name[before];
    if (ok) tagIds[i] = present;
  }
}
