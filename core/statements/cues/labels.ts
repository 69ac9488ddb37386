// Speaker labels: a transcript's "WALLACE: Let's start with…" paragraphs and a headline's "Pence:
// Gennifer Flowers Won't Be at Debate". They attribute the words after the colon. A label names a
// speaker when it is a whole name or alias of one person the text names ("Bill Clinton:",
// "Hillary:") or the surname of exactly one person the text names in full ("Fox News host Chris Wallace" …
// "WALLACE:"); otherwise ("Poll:", a surname two people share) the attribution stays unresolved.
import type { PreparedText } from '../../types';
import type { Collector } from '../build';
import type { Entity } from '../sources/entities';

// Capitals all through, one to three words: "WALLACE", "SEN. TIM KAINE".
const CAPS_LABEL = /^(\s*"?\s*)([A-Z][A-Z.'-]+(?:\s+[A-Z][A-Z.'-]+){0,2}):[ \t]+(?=\S)/;
// In the first paragraph (the headline), a name in title case: "Pat Caddell:", "Poll:".
const HEAD_LABEL = /^(\s*)([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2}):[ \t]+(?=\S)/;

// A kicker announces the headline and names no source: "The Latest: Cruz to give away…",
// "BREAKING:", "EXCLUSIVE:", "Delegate Update:" (PolNeAR annotates none of these; it does "Poll:",
// "Report:" and names).
const KICKER =
  /^(?:the\s+)?(?:latest|breaking(?:\s+news)?|revealed|exclusive|busted|boom|bombshell|look|watch|wow|(?:just\s+)?leaked|byline|paid\s+notice|analysis|opinion|editorial|video|live|listen|photos?|corrections?|clarifications?|editor['’]s\s+note|(?:[\w-]+\s+)?update)$/i;

/** The one person a label names ("WALLACE", "SEN. TIM KAINE", "Pence"), if the text makes it one. */
export type LabelSpeaker = (label: string) => Entity | undefined;

export function noteLabels(
  doc: PreparedText,
  out: Collector,
  speakerOf: LabelSpeaker = () => undefined,
): void {
  const { norm } = doc;
  for (const p of doc.paragraphs) {
    const para = norm.slice(p.start, p.end);
    const caps = CAPS_LABEL.exec(para);
    const m = caps ?? (p.index === 0 ? HEAD_LABEL.exec(para) : null);
    if (!m || !/[A-Za-z]{2}/.test(m[2]!) || KICKER.test(m[2]!)) continue;
    const source = { start: p.start + m[1]!.length, end: p.start + m[1]!.length + m[2]!.length };
    const from = p.start + m[0].length;
    // A transcript's turn keeps its last period, as PolNeAR marks it; a headline has none of its own.
    let end = p.end;
    while (end > from && (/\s/.test(norm[end - 1]!) || (p.index === 0 && norm[end - 1] === '.'))) end--;
    if (end - from < 3) continue;
    const cue = { start: source.end, end: source.end + 1 };
    const who = speakerOf(m[2]!);
    // A headline's label gives the gist, not the words said; a transcript's turn is what was said.
    const kind = caps ? 'direct' : 'indirect';
    if (!who || !out.add({ ...who, start: source.start, end: source.end }, kind, { start: from, end }, cue))
      out.note('direct', source, { start: from, end }, cue);
  }
}
