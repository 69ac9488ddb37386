import type { SynToken } from './analyze';
import { childrenOf } from './children';

const HAVE = /^(?:have|has|had|having|'ve|'d)$/;
const BE = /^(?:be|been|being|is|are|was|were|am|'re|'m)$/;

/**
 * A passive subject needs a passive verb: a participle after a form of "be" or "get". The labeller
 * sometimes calls the subject of a perfect ("Hillary Clinton, like Obama, has encouraged European
 * nations…", "both candidates have opposed…") a passive one, taking the participle for a passive
 * verb, and the verb's subject then reads as the one it is done to. With "have" among the verb's
 * auxiliaries and no form of "be" (nor a passive auxiliary), the subject is active. ("'s" may be
 * "is" or "has" and is left as it is.) Changes `tokens` in place.
 */
export function perfectSubjects(tokens: SynToken[]): void {
  const n = tokens.length;
  if (n < 3) return;
  let kids: number[][] | undefined;
  for (let s = 0; s < n; s++) {
    const rel = tokens[s]!.deprel;
    if (rel !== 'nsubj:pass' && rel !== 'csubj:pass') continue;
    const v = tokens[s]!.head;
    if (v < 0 || v >= n) continue;
    kids ??= childrenOf(tokens);
    const aux = kids[v]!.filter((c) => tokens[c]!.deprel.startsWith('aux')).map((c) => tokens[c]!);
    if (
      aux.some((a) => a.deprel === 'aux:pass' || BE.test(a.lower) || a.lower === 'got' || a.lower === 'get')
    )
      continue;
    if (!aux.some((a) => HAVE.test(a.lower))) continue;
    tokens[s] = { ...tokens[s]!, deprel: rel === 'nsubj:pass' ? 'nsubj' : 'csubj' };
  }
}

/**
 * A perfect read as "have" and a noun its participle describes: "Republicans have expressed | concern
 * that…", "he has said | things…", "they have traded | barbs…" (77 times on PolNeAR train), where
 * "have" became the clause's verb and the reporting verb a modifier of its object, so no one
 * expressed anything. A participle right after a "have" that heads the clause and whose object the
 * participle modifies is the verb: it takes "have"'s place and dependents, and "have" becomes its
 * auxiliary. GUM's trees read the participle as a modifier there 7 times in 649 ("have wounded
 * soldiers", "has sheltered waters"), a price worth the reporting verbs. Changes `tokens` in place.
 */
export function perfectsReadAsModifiers(tokens: SynToken[]): void {
  const n = tokens.length;
  let kids: number[][] | undefined;
  for (let h = 0; h + 2 < n; h++) {
    const have = tokens[h]!;
    if (!HAVE.test(have.lower) || have.lower === "'d" || have.deprel.startsWith('aux')) continue;
    const v = h + 1;
    const part = tokens[v]!;
    if (part.xpos !== 'VBN' || part.deprel !== 'amod') continue;
    const obj = part.head;
    if (obj <= v || obj >= n || tokens[obj]!.head !== h || tokens[obj]!.deprel !== 'obj') continue;
    kids ??= childrenOf(tokens);
    for (const c of kids[h]!) if (c !== v) tokens[c] = { ...tokens[c]!, head: v };
    tokens[v] = { ...part, head: have.head, deprel: have.deprel, upos: 'VERB' };
    tokens[h] = { ...have, head: v, deprel: 'aux', upos: 'AUX' };
    kids = undefined;
  }
}
