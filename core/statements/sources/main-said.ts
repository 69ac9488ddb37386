import type { Sentence, Span } from '../../types';
import type { Said } from './coref';
import { RELATIVE_SUBJECT } from './speakers';

// A speaker named right after one of these is the subject of a clause inside the sentence ("when
// Tapper asked whether…", "whom Trump refused to endorse", "alleging that President Obama wanted…").
// (With a determiner, a possessive or a title between: "that the paper's Robert Costa had reported".)
const SUBORDINATE =
  /\b(?:when|whom|after|before|as|because|since|while|if|until|whether|that)\s+(?:(?:the|a|an|[\w.-]+['’]s|[A-Z][\w.]*)\s+){0,2}$/i;

/**
 * The first speaker the sentence itself reports, passing over those inside another statement's
 * words in it ("Carson turned the story back on the Post, pointing out that the paper's Robert
 * Costa had reported…": Costa speaks inside Carson's words) and those a subordinate clause holds:
 * the one a pronoun in the next sentence continues is the sentence's own speaker, not someone its
 * clauses mention.
 */
export function mainSaid(norm: string, history: readonly Said[], sent: Sentence): Said | undefined {
  const here: Said[] = [];
  for (let i = history.length - 1; i >= 0 && history[i]!.sentence >= sent.index - 1; i--)
    if (history[i]!.sentence === sent.index) here.unshift(history[i]!);
  return here.find((h) => {
    if (here.some((o) => o !== h && o.words && o.words.start <= h.pos && h.pos < o.words.end)) return false;
    const at = h.speaker.start >= sent.start && h.speaker.start < h.pos ? h.speaker.start : h.pos;
    return !SUBORDINATE.test(norm.slice(Math.max(sent.start, at - 40), at));
  });
}

/**
 * Whether the verb at `cue` reports what a relative clause says ("Ban, asked whether Trump, who has
 * called global warming a hoax, could win, demurred"): an aside about someone, which no pronoun
 * after the sentence looks back to (the sentence's own subject stays who it continues).
 */
export const reportsAside = (norm: string, cue: Span): boolean =>
  RELATIVE_SUBJECT.test(norm.slice(Math.max(0, cue.start - 40), cue.start));
