// Turns the bytes of an article into text, or says clearly why it cannot. Shared by the CLI, the
// knowledge-base build and (later) the reader's own imports in the browser, so all three refuse the
// same inputs with the same words.

/** Larger articles are refused: the longest real news article is well under 1 MB of text. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

export type Decoded = { ok: true; text: string } | { ok: false; error: string };

const fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeArticle(bytes: Uint8Array, maxBytes = MAX_ARTICLE_BYTES): Decoded {
  if (bytes.length === 0) return { ok: false, error: 'the file is empty' };
  if (bytes.length > maxBytes) {
    return {
      ok: false,
      error: `the file is ${mb(bytes.length)}, over the ${mb(maxBytes)} limit for one article`,
    };
  }
  if (bytes.includes(0)) return { ok: false, error: 'the file is not text (it holds NUL bytes)' };
  let text: string;
  try {
    // ignoreBOM keeps a leading BOM in the text, so offsets match a plain UTF-8 read of the file.
    text = fatal.decode(bytes);
  } catch {
    return { ok: false, error: 'the file is not UTF-8 text' };
  }
  return checkText(text);
}

/** The same checks for text that arrives as a string (pasted, or extracted from a page). */
export function checkText(text: string): Decoded {
  if (!/\p{L}/u.test(text)) return { ok: false, error: 'the text has no letters in it' };
  // Control characters other than tab, newline and carriage return mark a binary file that happens to
  // be valid UTF-8 (a zip's header, an image's metadata).
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  const controls = text.match(/[\u0001-\u0008\u000E-\u001F\u007F]/g)?.length ?? 0;
  if (controls > 8 && controls / text.length > 0.001) return { ok: false, error: 'the file is not text' };
  return { ok: true, text };
}

function mb(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
