// decodeArticle and checkText on any bytes and any string: a text or one of the known reasons, never a
// throw. The CLI, the KB build and the reader's own files all go through them (decode.test.ts has the
// named cases; these are the random ones).
// Timeouts are generous: how long the runs take is the machine's load, not what these tests check.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkText, decodeArticle, type Decoded } from './decode';

const REASONS = [
  /^the file is empty$/,
  /^the file is \d+\.\d MB, over the \d+\.\d MB limit for one article$/,
  /^the file is not text \(it holds NUL bytes\)$/,
  /^the file is not UTF-8 text$/,
  /^the text has no letters in it$/,
  /^the file is not text$/,
];

const lenient = new TextDecoder('utf-8', { ignoreBOM: true });

/** A decoded result is either the bytes' text (with a letter in it) or one known reason. */
function expectSound(r: Decoded, bytes?: Uint8Array): void {
  if (r.ok) {
    expect(typeof r.text).toBe('string');
    expect(r.text).toMatch(/\p{L}/u);
    if (bytes) expect(r.text).toBe(lenient.decode(bytes));
  } else {
    expect(
      REASONS.some((re) => re.test(r.error)),
      `unknown reason: ${r.error}`,
    ).toBe(true);
  }
}

// Text a file might hold, then damaged the ways files are: cut inside a character, a byte changed.
const utf8Text = fc
  .string({ unit: 'binary', maxLength: 300 })
  .map((s) => new TextEncoder().encode(`\uFEFF${s}`));
const damaged = fc
  .tuple(utf8Text, fc.nat(), fc.integer({ min: 0, max: 255 }), fc.boolean())
  .map(([b, at, byte, cut]) => {
    if (!b.length) return b;
    const i = at % b.length;
    if (cut) return b.slice(0, i);
    const out = b.slice();
    out[i] = byte;
    return out;
  });

describe('decodeArticle on any bytes (property)', () => {
  it('gives the text or a known reason, never a throw', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 2000 }), utf8Text, damaged), (bytes) => {
        expectSound(decodeArticle(bytes), bytes);
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses exactly the inputs over the given limit, whatever they hold', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 200 }), fc.nat({ max: 250 }), (bytes, max) => {
        const r = decodeArticle(bytes, max);
        expect(!r.ok && /limit for one article$/.test(r.error)).toBe(bytes.length > max);
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with checkText on the text of well-formed UTF-8 without NUL', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 }), (s) => {
        fc.pre(!s.includes('\u0000'));
        expect(decodeArticle(new TextEncoder().encode(s))).toEqual(checkText(s));
      }),
      { numRuns: 500 },
    );
  });
});

describe('checkText on any string (property)', () => {
  // Every UTF-16 unit, lone surrogates and control characters included, as pasted or extracted text.
  const unit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
  it('keeps the text as given or gives a known reason, never a throw', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit, maxLength: 500 }), fc.string({ unit: 'binary' })), (s) => {
        const r = checkText(s);
        expectSound(r);
        if (r.ok) expect(r.text).toBe(s);
      }),
      { numRuns: 1000 },
    );
  });
});
