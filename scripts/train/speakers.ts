// Whether a statement names the right speaker, judged as ../shared/eval/polnear/score-speakers.mjs
// judges it (the gold attribution whose content holds at least half of the statement; its source
// overlaps the statement's, or the speaker's surname is a word of it). The confidence model learns
// from these verdicts on the train split, and its threshold is chosen with them on dev.
import type { Attribution, Range } from '../polnear-score';

export type Verdict = 'right' | 'wrong' | 'off' | 'unchecked';

export interface Judged {
  speaker: string;
  source?: Range;
  content: Range[];
}

const ov = (a0: number, a1: number, b0: number, b1: number) =>
  Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
const BARE = /^(he|she|they|his|her|their|it|its|who|i|we|him|them)$/i;

export function verdict(text: string, gold: Attribution[], s: Judged): Verdict {
  const len = s.content.reduce((x, [p, q]) => x + (q - p), 0) || 1;
  let best: Attribution | undefined;
  let bestOv = 0;
  for (const g of gold) {
    if (!g.content.length) continue;
    let o = 0;
    for (const [p, q] of s.content) for (const [g0, g1] of g.content) o += ov(p, q, g0, g1);
    if (o > bestOv) {
      bestOv = o;
      best = g;
    }
  }
  if (!best || bestOv < 0.5 * len) return 'off';
  if (!best.source.length || !s.source) return 'unchecked';
  const goldText = best.source.map(([g0, g1]) => text.slice(g0, g1)).join(' ');
  const sur =
    s.speaker
      .replace(/[’']s$/, '')
      .split(/\s+/)
      .filter(Boolean)
      .pop()
      ?.toLowerCase() ?? '';
  const [s0, s1] = s.source;
  const ok =
    best.source.some(([g0, g1]) => ov(s0, s1, g0, g1) > 0) ||
    (sur.length > 2 &&
      goldText
        .toLowerCase()
        .split(/[^a-z’'-]+/)
        .includes(sur));
  if (ok) return 'right';
  if (BARE.test(goldText.trim())) return 'unchecked';
  // An annotation slip: source and cue swapped ("said Hester" with "said" as the source and the
  // name as the cue). Counted wrong, it would teach the confidence model that a plain "…," said
  // <Name> is unsure; the speaker cannot be checked against it either way.
  if (best.cue.some(([c0, c1]) => ov(s0, s1, c0, c1) > 0)) return 'unchecked';
  return 'wrong';
}
