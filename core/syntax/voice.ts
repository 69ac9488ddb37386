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
