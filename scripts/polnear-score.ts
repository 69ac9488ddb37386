// Exact-span scoring of attribution spans (source, cue, content) against PolNeAR's brat standoff
// annotation. Pure: the caller reads the files. The convention, chosen to follow the token-tag view
// the published table was scored in (each token has one label, a span is a maximal run of it):
// - gold spans are the Source, Cue and Content(2) parts of the `E` (attribution) lines; `Discard`
//   and `Discuss` flags and parts no attribution uses are left out;
// - a part printed in several fragments is one span where only whitespace separates them ("one
//   paragraph" quotes split at a line end), and one span per fragment where words do ("“A,” he said,
//   “B”" gives two content spans: the cue and source tokens between them break the run);
// - the only normalisation is trimming whitespace at either end, on gold and predictions alike;
//   quote marks and punctuation count as printed (PolNeAR's content of a quote holds its marks and
//   the comma or period inside them);
// - each label's spans form a set per document (a source shared by two attributions is one span,
//   a prediction made twice counts once); a prediction is right when its start and end both equal a
//   gold span's.

export type Label = 'source' | 'cue' | 'content';
export const LABELS: Label[] = ['source', 'cue', 'content'];

/** Half-open [start, end) offsets into the document text. */
export type Range = [number, number];

export interface Attribution {
  source: Range[];
  cue: Range[];
  content: Range[];
}

export interface ParsedAnn {
  attributions: Attribution[];
  /** Lines that could not be read, with the reason; the rest of the file still counts. */
  problems: string[];
}

const ROLE: Record<string, Label | undefined> = {
  Source: 'source',
  Cue: 'cue',
  Content: 'content',
  Content2: 'content',
};

/** Reads a brat `.ann` file: every `E` line's parts, as fragment ranges of their `T` lines. */
export function parseAnn(ann: string, textLength: number): ParsedAnn {
  const spans = new Map<string, Range[]>();
  const problems: string[] = [];
  const events: string[][] = [];
  ann.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    const cols = line.split('\t');
    const id = cols[0]!;
    if (id.startsWith('E')) events.push((cols[1] ?? '').split(/\s+/).filter(Boolean));
    if (!id.startsWith('T')) return;
    const m = /^(\S+) (\d+ \d+(?:;\d+ \d+)*)$/.exec(cols[1] ?? '');
    if (!m) {
      problems.push(`line ${i + 1}: not a "Label start end" span: ${JSON.stringify(line.slice(0, 60))}`);
      return;
    }
    const frags = m[2]!.split(';').map((f) => f.split(' ').map(Number) as Range);
    if (frags.some(([s, e]) => !(s <= e && e <= textLength))) {
      problems.push(`line ${i + 1}: span outside the text (${m[2]})`);
      return;
    }
    spans.set(id, frags);
  });
  const attributions: Attribution[] = [];
  for (const args of events) {
    const a: Attribution = { source: [], cue: [], content: [] };
    for (const arg of args) {
      const [role, ref] = arg.split(':');
      const label = ROLE[role ?? ''];
      const frags = ref ? spans.get(ref) : undefined;
      if (label && frags) a[label].push(...frags);
    }
    if (a.source.length || a.cue.length || a.content.length) attributions.push(a);
  }
  return { attributions, problems };
}

/** Whitespace trimmed off both ends; undefined when nothing is left. */
export function trimRange(text: string, [s, e]: Range): Range | undefined {
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return e > s ? [s, e] : undefined;
}

/** The fragments of one part as spans: joined across whitespace-only gaps, trimmed. */
export function partSpans(text: string, frags: Range[]): Range[] {
  const sorted = [...frags].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Range[] = [];
  for (const f of sorted) {
    const last = out[out.length - 1];
    if (last && (f[0] <= last[1] || /^\s*$/.test(text.slice(last[1], f[0]))))
      last[1] = Math.max(last[1], f[1]);
    else out.push([f[0], f[1]]);
  }
  return out.map((r) => trimRange(text, r)).filter((r): r is Range => r !== undefined);
}

export type SpanSets = Record<Label, Set<string>>;

const key = ([s, e]: Range) => `${s}:${e}`;
export const unkey = (k: string): Range => k.split(':').map(Number) as Range;

/** Each label's distinct spans over a document's attributions. */
export function spanSets(text: string, attributions: Attribution[]): SpanSets {
  const sets: SpanSets = { source: new Set(), cue: new Set(), content: new Set() };
  for (const a of attributions)
    for (const label of LABELS) for (const r of partSpans(text, a[label])) sets[label].add(key(r));
  return sets;
}

export interface Count {
  tp: number;
  predicted: number;
  gold: number;
}

export interface Errors {
  /** Predicted spans no gold span equals. */
  extra: Range[];
  /** Gold spans no prediction equals. */
  missed: Range[];
}

/** One document's exact-span counts for one label, with its errors. */
export function compare(gold: Set<string>, predicted: Set<string>): Count & Errors {
  let tp = 0;
  const extra: Range[] = [];
  for (const k of predicted) {
    if (gold.has(k)) tp++;
    else extra.push(unkey(k));
  }
  const missed = [...gold].filter((k) => !predicted.has(k)).map(unkey);
  const byStart = (a: Range, b: Range) => a[0] - b[0] || a[1] - b[1];
  return {
    tp,
    predicted: predicted.size,
    gold: gold.size,
    extra: extra.sort(byStart),
    missed: missed.sort(byStart),
  };
}

export function add(a: Count, b: Count): Count {
  return { tp: a.tp + b.tp, predicted: a.predicted + b.predicted, gold: a.gold + b.gold };
}

export function prf({ tp, predicted, gold }: Count): { p: number; r: number; f1: number } {
  const p = predicted ? tp / predicted : 0;
  const r = gold ? tp / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/**
 * Which annotation file counts for a text annotated more than once: the one whose annotator code
 * (the file name's last `_xxxx` part) sorts first, so every run scores the same file.
 */
export function pickAnnotation(files: string[], textName: string): string | undefined {
  return files.filter((f) => f.endsWith('.ann') && f.slice(0, f.lastIndexOf('_')) === textName).sort()[0];
}

const within = (r: Range, outer: Range) =>
  outer[0] <= r[0] && r[1] <= outer[1] && (r[0] !== outer[0] || r[1] !== outer[1]);

/**
 * PolNeAR is univocal: a token belongs to one attribution at most, so an attribution reported inside
 * another's content ("Clinton said Trump believes X") is annotated as content only. A predicted
 * attribution whose cue or content lies inside another prediction's content is dropped (a quoted
 * fragment inside a reported clause the engine also gives) to fit that format; the
 * decision uses the predictions alone, never the gold.
 */
export function univocal(predicted: Attribution[]): { kept: Attribution[]; dropped: number } {
  const inOther = (a: Attribution, r: Range) =>
    predicted.some((b) => b !== a && b.content.some((o) => within(r, o)));
  const kept = predicted.filter(
    (a) => !a.cue.some((c) => inOther(a, c)) && !a.content.some((c) => inOther(a, c)),
  );
  return { kept, dropped: predicted.length - kept.length };
}
