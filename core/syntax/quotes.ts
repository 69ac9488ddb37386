import type { Span } from './tokenize';

// Which way each quotation mark faces. The tagger hashes curly marks as straight ones (so that
// `prepare(text).norm` and the original tag alike) and guessed the direction from the words around
// it: on PolNeAR dev one mark in nine came out facing the wrong way ("…by name, but told his
// supporters, “our nation is…" with “ read as a closing mark), and the parser hung the clause
// after it from the wrong verb. A curly mark says which way it faces; a straight one is read by its
// spacing, as typesetters' "smart quotes" are.

// The engine hands the Times' two-apostrophe marks over as straight ones (statements' apostrophes.ts).
const OPENING = new Set(['“', '«']);
const CLOSING = new Set(['”', '»']);
const STRAIGHT = new Set(['"']);
const BEFORE_OPENING = /[\s([{\u2014\u2013-]/;
const AFTER_CLOSING = /[\s,.;:!?)\]}\u2014\u2013-]/;

/** For each token, 1 where it is an opening quotation mark, 2 a closing one, 0 otherwise or unclear. */
export function quoteDirections(text: string, spans: readonly Span[]): Uint8Array | undefined {
  let out: Uint8Array | undefined;
  for (let i = 0; i < spans.length; i++) {
    const { start, end } = spans[i]!;
    const mark = text.slice(start, end);
    let d = 0;
    if (OPENING.has(mark)) d = 1;
    else if (CLOSING.has(mark)) d = 2;
    else if (STRAIGHT.has(mark)) {
      const before = start === 0 || BEFORE_OPENING.test(text[start - 1]!);
      const after = end >= text.length || AFTER_CLOSING.test(text[end]!);
      d = before && !after ? 1 : after && !before ? 2 : 0;
    }
    if (d) (out ??= new Uint8Array(spans.length))[i] = d;
  }
  return out;
}
