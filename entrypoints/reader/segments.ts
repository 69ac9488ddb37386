// Cuts a source's text into what the reader page renders: paragraphs of runs, each run knowing the
// statement it belongs to (the innermost, when a quote sits inside a paraphrase) and whether it lies
// in the requested passage. Offsets stay those of the source, so marks land on the exact words.
import type { Passage } from '@/core/cards/model';
import { paragraphs } from '@/core/text/segment';

export interface Marked {
  id: string;
  start: number;
  end: number;
}

export interface Run<S extends Marked> {
  start: number;
  text: string;
  statement: S | null;
  /** Every statement the run lies in, innermost first: lighting a paraphrase lights its quotes too. */
  within: S[];
  inPassage: boolean;
}

export function segment<S extends Marked>(
  text: string,
  statements: S[],
  passage: Passage | null,
): Run<S>[][] {
  const hit = passage && passage.end > passage.start ? passage : null;
  return paragraphs(text).map((p) => {
    const cuts = new Set([p.start, p.end]);
    for (const s of [...statements, ...(hit ? [hit] : [])]) {
      for (const at of [s.start, s.end]) if (at > p.start && at < p.end) cuts.add(at);
    }
    const points = [...cuts].sort((a, b) => a - b);
    const runs: Run<S>[] = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const start = points[i]!;
      const end = points[i + 1]!;
      const within = statements
        .filter((s) => s.start <= start && s.end >= end)
        .sort((a, b) => a.end - a.start - (b.end - b.start));
      runs.push({
        start,
        text: text.slice(start, end),
        statement: within[0] ?? null,
        within,
        inPassage: !!hit && hit.start <= start && end <= hit.end,
      });
    }
    return runs;
  });
}
