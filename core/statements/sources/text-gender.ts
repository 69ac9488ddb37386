import type { ActorResult } from '../../actors';
import { sentenceAt } from '../../text';
import type { PreparedText } from '../../types';

/**
 * The gender the text itself gives a person whose name says none (a name neither the given-name
 * lists nor an honorific know: "Suu Kyi", "Rakeyia Scott"): a sentence that opens with "She" or
 * "He" right after a sentence that names that one person and no other. News follows a person's
 * sentence with their pronoun so often that this is how a reader learns it; a person the text gives
 * both pronouns so is left without one. Returns each such person's id with the gender.
 */
export function genderInText(doc: PreparedText, found: ActorResult): Map<string, 'm' | 'f'> {
  const persons = new Set(found.actors.filter((a) => a.type === 'person').map((a) => a.id));
  // The people each sentence names (a possessive or a title's owner too: any of them could be "she").
  const named = new Map<number, Set<string>>();
  for (const m of found.mentions) {
    if (!persons.has(m.actorId)) continue;
    const at = sentenceAt(doc.sentences, m.start)?.index;
    if (at === undefined) continue;
    let s = named.get(at);
    if (!s) named.set(at, (s = new Set()));
    s.add(m.actorId);
  }
  const votes = new Map<string, Set<'m' | 'f'>>();
  for (const sent of doc.sentences) {
    const before = named.get(sent.index - 1);
    if (!before || before.size !== 1 || named.has(sent.index)) continue;
    const prev = doc.sentences[sent.index - 1];
    // Only across sentences of one paragraph, or a paragraph's first sentence after the one before.
    if (!prev || sent.paragraph - prev.paragraph > 1) continue;
    const first = /^(She|He)\s/.exec(doc.norm.slice(sent.start, sent.start + 4));
    if (!first) continue;
    const id = [...before][0]!;
    let v = votes.get(id);
    if (!v) votes.set(id, (v = new Set()));
    v.add(first[1] === 'She' ? 'f' : 'm');
  }
  const out = new Map<string, 'm' | 'f'>();
  for (const [id, v] of votes) if (v.size === 1) out.set(id, [...v][0]!);
  return out;
}
