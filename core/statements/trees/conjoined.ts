import type { ModelAttribution } from '../../attribution';
import { base, headsFinite, isVerb, ownSubjectMisread, type Tree } from '../../attribution/tree';
import type { Span } from '../../types';
import { SpanIndex } from '../near';
import type { FoundAttribution } from '../spans';

/** Where a reported clause ends because a second reporting verb of the same subject begins. */
export interface ConjoinedCut {
  /** The first predicate's cue, to find the statements the rules made of it. */
  cue: Span;
  /** The content ends here: the end of the word before "and" (or before its comma). */
  end: number;
  /** The model's reading of the first verb, when it read one, and of the second. */
  first?: ModelAttribution;
  second: ModelAttribution;
}

/**
 * "urged Republicans to join the ranks of climate change believers, and criticized the party's lack
 * of environmental awareness"; "said the country would leave by March and suggested that it would
 * withdraw from the single market": two verbs of one subject, each reporting its own thing. The
 * first verb's words end before "and", and the second verb, which shares the subject, is an
 * attribution of its own rather than part of the first one's words. Only where the attribution
 * model found the second verb too, so words are never cut off without being read as said; quoted
 * words stay as printed. Changes the model attributions in place and returns the cuts, for the
 * statements the rules made of the same first verbs.
 */
export function splitConjoined(trees: Tree[], found: ModelAttribution[]): ConjoinedCut[] {
  const at = new Map<string, ModelAttribution>();
  for (const a of found) at.set(`${a.sentence}:${a.predicate}`, a);
  const cuts: ConjoinedCut[] = [];
  for (const second of found) {
    const tree = trees[second.sentence];
    if (!tree) continue;
    const toks = tree.tokens;
    const k = second.predicate;
    const t = toks[k]!;
    const h = t.head;
    if (base(t.deprel) !== 'conj' || !isVerb(t) || tree.quoted[k] || !toks[h] || !isVerb(toks[h]!)) continue;
    // "…won 758 delegates, compared to Cruz's 538 and Kasich's 145, according to a CNN tally": a
    // parse that joins "according" to the verb before gives it no subject to share; its source
    // is what "to" names.
    if (t.lower === 'according') continue;
    // "…, saying she's experienced “on paper” but suggesting that might not be enough": a participle
    // the parse joins to a tensed verb is joined, in fact, to the participle before it, and shares
    // no subject with the tensed verb (PolNeAR train).
    if (t.xpos === 'VBG' && headsFinite(tree, h)) continue;
    const kids = tree.children[k]!;
    // A subject of its own makes it another speaker's clause (trim.ts reads that case).
    if (kids.some((x) => base(toks[x]!.deprel).startsWith('nsubj')) || ownSubjectMisread(tree, k)) continue;
    const cc = kids.find(
      (x) => x < k && base(toks[x]!.deprel) === 'cc' && /^(?:and|but)$/.test(toks[x]!.lower),
    );
    if (cc === undefined || tree.quoted[cc] || cc <= h + 1) continue;
    let e = cc - 1;
    if (toks[e]?.text === ',') e--;
    if (e <= h) continue;
    const end = toks[e]!.end;
    const first = at.get(`${second.sentence}:${h}`);
    if (first && first.content.start < end && end < first.content.end) {
      first.content = { start: first.content.start, end };
      let last = first.contentTokens[1];
      while (last > first.contentTokens[0] && toks[last]!.end > end) last--;
      first.contentTokens = [first.contentTokens[0], last];
    }
    // The second verb's subject is the first one's.
    if (!second.source) {
      const subj = first?.sourceHead ?? tree.children[h]!.find((x) => base(toks[x]!.deprel) === 'nsubj');
      if (subj !== undefined) {
        const span: [number, number] = first?.sourceTokens ?? [tree.lo[subj]!, tree.hi[subj]!];
        second.source = { start: toks[span[0]]!.start, end: toks[span[1]]!.end };
        second.sourceTokens = span;
        second.sourceHead = subj;
      }
    }
    cuts.push({ cue: { start: toks[h]!.start, end: toks[h]!.end }, end, first, second });
  }
  return cuts;
}

/**
 * The same cuts on what the rules made of those first verbs: a statement's or unresolved
 * attribution's single run of words ends there too, and `narrow` is told, so a card's words end
 * where its content does. Returns, for each second verb, what the first one was read as (a rule's
 * statement or the model's attribution): the second verb is that speaker's, whatever source the
 * model read for it ("Prime Minister Theresa May said … and suggested …" is May's both times).
 */
export function cutAtConjoined(
  cuts: ConjoinedCut[],
  found: FoundAttribution[],
  narrow: (f: FoundAttribution, end: number) => void,
): Map<ModelAttribution, FoundAttribution | ModelAttribution> {
  const heirs = new Map<ModelAttribution, FoundAttribution | ModelAttribution>();
  if (!cuts.length) return heirs;
  const byCue = new SpanIndex<Span & { cut: ConjoinedCut }>();
  for (const cut of cuts) {
    byCue.add({ start: cut.cue.start, end: cut.cue.end, cut });
    if (cut.first) heirs.set(cut.second, cut.first);
  }
  for (const f of found) {
    if (!f.cue) continue;
    for (const { cut } of byCue.overlapping(f.cue)) {
      heirs.set(cut.second, f);
      const parts = f.content ?? [{ start: f.start, end: f.end }];
      if (f.kind === 'direct' || parts.length !== 1) continue;
      const c = parts[0]!;
      if (cut.end <= c.start || cut.end >= c.end) continue;
      f.content = [{ start: c.start, end: cut.end }];
      narrow(f, cut.end);
    }
  }
  return heirs;
}
