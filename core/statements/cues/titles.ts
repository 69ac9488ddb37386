// A quoted name of a show, book, heading or slogan is not a direct quote of anyone: "appeared on
// “Morning Joe”", "the book “Collapse: How Nations Fall”", a sub-heading “Nothing Is Settled.”.

// Short words a title leaves in lower case ("Collapse: How Societies Choose to Fail or Succeed").
const MINOR = new Set(
  'a an the of in on to for and or nor but at by with from as per via vs into over upon'.split(' '),
);

const PERSONAL = /^(?:I|I['’](?:m|ve|ll|d)|Me|My|We|We['’](?:re|ve|ll)|Us|Our|You|You['’](?:re|ve|ll)|Your)$/;

/** Whether quoted words are in Title Case: every word capitalised but short function words. */
export function isQuotedTitle(words: string): boolean {
  const ws = words.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
  if (ws.length < 2 || ws.length > 12) return false;
  let caps = 0;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if (/^\p{Lu}/u.test(w) || /^\p{N}/u.test(w)) caps++;
    else if (i === 0 || !MINOR.has(w)) return false;
  }
  // A headline that quotes someone speaks in the first or second person or exclaims ("I Will Win
  // This Race!"); a show, book or slogan seldom does.
  if (/[!?]\s*$/.test(words) || ws.some((w) => PERSONAL.test(w))) return false;
  // "I Am" and "OK Then" are too short to tell a title from speech.
  return caps >= 2 && ws.some((w) => w.length >= 4 && /^\p{Lu}\p{Ll}/u.test(w) && w !== 'I');
}

/**
 * Whether a quote opens on a transcript label ("Chris Matthews: Seriously, about this…"): the
 * words are the labelled person's, not the speaker the sentence names.
 */
export function isTranscript(words: string): boolean {
  return /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,2}\p{Lu}[\p{L}.'’-]*:\s/u.test(words);
}

/** Whether the quote starting at `start` is a name given to something: "the spot, titled “Arrogant,”". */
export function isNamed(norm: string, start: number): boolean {
  return /\b(?:titled|entitled|headlined|named|dubbed|nicknamed|labeled|labelled)\s*[,:]?\s*"\s*$/i.test(
    norm.slice(Math.max(0, start - 24), start),
  );
}

/** Verbs that say what something is called, not what anyone said. */
export const NAMING = /^(?:called|named|dubbed|titled|entitled|nicknamed)$/i;
// A name or title alone: capitalised words, with the short lower-case words titles keep.
const TITLE =
  /^\s*(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|of|the|de|la|le|du|and|for|in|on|a|an|to|&))*\s*[.,]?\s*$/u;

/**
 * Whether a verb of naming is followed by nothing but a title, unquoted: "a little book… by Max
 * Ernst called Une Semaine de Bonté", "a super PAC called Our Principles" say what something is
 * called, not what anyone said.
 */
export function namesATitle(
  norm: string,
  cue: { start: number; end: number },
  span: { start: number; end: number },
): boolean {
  if (!NAMING.test(norm.slice(cue.start, cue.end))) return false;
  const words = norm.slice(Math.max(span.start, span.start <= cue.start ? cue.end : span.start), span.end);
  return !words.includes('"') && TITLE.test(words);
}
