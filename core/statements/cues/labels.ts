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
// In the first paragraph (the headline), a name in title case: "Pat Caddell:", "Poll:". Further down,
// the same shape may be a transcript's turn printed in title case ("Matthews: Well, speculation is
// bad."), read only where it names a person the text names (noteLabels says when).
const HEAD_LABEL = /^(\s*)([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2}):[ \t]+(?=\S)/;

// A kicker announces the headline and names no source: "The Latest: Cruz to give away…",
// "BREAKING:", "EXCLUSIVE:", "Delegate Update:" (PolNeAR annotates none of these; it does "Poll:",
// "Report:" and names).
const KICKER =
  /^(?:the\s+)?(?:latest|breaking(?:\s+news)?|revealed|exclusive|busted|boom|bombshell|look|watch|wow|(?:just\s+)?leaked|byline|paid\s+notice|analysis|opinion|editorial|video|live|listen|photos?|corrections?|clarifications?|editor['’]s\s+note|(?:[\w-]+\s+)?update)$/i;

// Words said, not a figure or a date: three words of letters ("Well, speculation is bad.", not "1,769.").
const WORDS = /[A-Za-z]+\W+[A-Za-z]+\W+[A-Za-z]+/;

// Someone speaking as "I", "we" or "you" ("us" in lower case only: "US" is the country).
const PERSON = /\b(?:I|[Ww]e|[Yy]ou|[Mm]e|[Mm]y|[Oo]ur|us|[Yy]our)\b/;

/** The one person a label names ("WALLACE", "SEN. TIM KAINE", "Pence"), if the text makes it one. */
export type LabelSpeaker = (label: string) => Entity | undefined;

export function noteLabels(
  doc: PreparedText,
  out: Collector,
  speakerOf: LabelSpeaker = () => undefined,
): void {
  const { norm } = doc;
  type Label = { p: (typeof doc.paragraphs)[number]; m: RegExpExecArray; caps: boolean; who?: Entity };
  const found: Label[] = [];
  const turns: Label[] = [];
  for (const p of doc.paragraphs) {
    const para = norm.slice(p.start, p.end);
    const caps = CAPS_LABEL.exec(para);
    const m = caps ?? HEAD_LABEL.exec(para);
    if (!m || !/[A-Za-z]{2}/.test(m[2]!) || KICKER.test(m[2]!)) continue;
    const who = speakerOf(m[2]!);
    if (caps || p.index === 0) found.push({ p, m, caps: !!caps, who });
    else if (who?.type === 'person' && WORDS.test(para.slice(m[0].length)))
      turns.push({ p, m, caps: false, who });
  }
  // Title case further down is a transcript only where the talk goes back and forth, two people,
  // one of them heard twice ("Matthews:" … "Lopez:" … "Matthews:"), and someone speaks as "I", "we"
  // or "you". A list under names ("Sanders: Win in a walk." … "Cruz: Just hang on."), a section
  // headed by one, or a sports recap's "Lakers: Visit the Thunder on Friday." is not.
  const speakers = new Set(turns.map((t) => t.who!.id ?? t.who!.name));
  const spoken = turns.some((t) => PERSON.test(norm.slice(t.p.start + t.m[0].length, t.p.end)));
  if (speakers.size > 1 && turns.length > speakers.size && spoken) found.push(...turns);
  found.sort((a, b) => a.p.index - b.p.index);
  for (const { p, m, caps, who } of found) {
    const said = caps || p.index > 0;
    const source = { start: p.start + m[1]!.length, end: p.start + m[1]!.length + m[2]!.length };
    const from = p.start + m[0].length;
    // A transcript's turn keeps its last period, as PolNeAR marks it; a headline has none of its own.
    let end = p.end;
    while (end > from && (/\s/.test(norm[end - 1]!) || (p.index === 0 && norm[end - 1] === '.'))) end--;
    if (end - from < 3) continue;
    const cue = { start: source.end, end: source.end + 1 };
    // A headline's label gives the gist, not the words said; a transcript's turn is what was said.
    const kind = said ? 'direct' : 'indirect';
    if (!who || !out.add({ ...who, start: source.start, end: source.end }, kind, { start: from, end }, cue))
      out.note('direct', source, { start: from, end }, cue);
  }
}
