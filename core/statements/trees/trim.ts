import type { PreparedText } from '../../types';
import { sentenceAt } from '../../text';
import type { Tree } from '../../attribution/tree';
import type { FoundAttribution } from '../spans';

/**
 * What a reported clause says stops where the reporter starts adding to it: a relative clause or a
 * participle set off by a comma at the end ("has acknowledged the reality of climate change, which
 * makes him an outlier", "shows that he had his hands up, contradicting the police", "cited the
 * audit, saying…" where "saying" is a cue of its own). Cut at that comma, outside quotation marks,
 * for what a speaker is reported to say or hold (a quotation's words stay as printed).
 */
export function trimAdditions(doc: PreparedText, trees: Tree[], found: FoundAttribution[]): void {
  for (const f of found) {
    if ((f.kind !== 'indirect' && f.kind !== 'position') || !f.cue || f.bare) continue;
    const parts = f.content ?? [{ start: f.start, end: f.end }];
    if (parts.length !== 1) continue;
    const c = parts[0]!;
    if (c.start < f.cue.end) continue;
    const sent = sentenceAt(doc.sentences, c.start);
    const tree = sent && trees[sent.index];
    if (!tree) continue;
    const toks = tree.tokens;
    for (let i = 0; i + 1 < toks.length; i++) {
      const t = toks[i]!;
      if (t.start <= c.start + 1 || t.end > c.end) continue;
      if (t.text !== ',' || tree.quoted[i]) continue;
      const n = toks[i + 1]!;
      const addition =
        n.lower === 'which' ||
        (n.xpos === 'VBG' && n.upos === 'VERB' && !/^(?:including|according|following)$/.test(n.lower));
      if (!addition) continue;
      f.content = [{ start: c.start, end: t.start }];
      break;
    }
  }
}
