// Set phrases in which "said" or "say" reports no one: the writer's "That said, …", "That being
// said", "Needless to say", "easier said than done", "Suffice it to say", "that is to say", "to say
// nothing of", and a heading's "He said, she said". Both the cue finder and the attribution models'
// candidates ask, so neither reads "That" as a source or the sentence after it as its words.

/** How much of the sentence before the word `setPhrase` needs to see. */
export const SET_PHRASE_LEAD = 48;

/**
 * Whether the "said" or "say" that ends `lead` is part of a set phrase; `lead` is the sentence up
 * to and with the word, or its last `SET_PHRASE_LEAD` characters (`whole` false) so that a long
 * sentence costs no more; `after` is the text right after it.
 */
export function setPhrase(lead: string, after: string, whole = true): boolean {
  const l = lead.replace(/\s+/g, ' ').trimStart();
  const tail = l.slice(-40);
  if (/\bhe said ?,? she said$/i.test(tail)) return true;
  if (whole && /^he said$/i.test(l) && /^ ?,? ?she said\b/i.test(after.replace(/\s+/g, ' '))) return true;
  if (/\bto say$/i.test(tail) && /^\s+nothing\s+of\b/.test(after)) return true;
  if (/\b(?:needless|suffice it|that is|sad|strange) to say$/i.test(tail)) return true;
  if (/\b(?:easier|more easily) said$/i.test(tail) && /^\s+than\s+done\b/i.test(after)) return true;
  // "That said," opening its sentence or after a conjunction, never "…officials that said…"; an
  // aside in brackets opens with its bracket ("(That said, she also noted…").
  return (
    whole &&
    /^\s*,/.test(after) &&
    /^[(["“‘'—-]* ?(?:(?:but|and|yet|still|all) )?that (?:being )?said$/i.test(l)
  );
}
