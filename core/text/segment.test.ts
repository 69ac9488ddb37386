import { describe, expect, it } from 'vitest';
import { prepare } from './index';
import { normalize } from './normalize';

const texts = (t: string) => {
  const p = prepare(t);
  return p.sentences.map((s) => t.slice(s.start, s.end));
};

describe('normalize', () => {
  it('maps quote glyphs, dashes and odd spaces one unit for one', () => {
    const t = '“Hi,” he said — it’s\u00A0fine – ‘ok’';
    const n = normalize(t);
    expect(n).toBe("\"Hi,\" he said - it's fine - 'ok'");
    expect(n.length).toBe(t.length);
  });
  it('keeps offsets of astral characters', () => {
    const t = '😀 “x”';
    expect(normalize(t).length).toBe(t.length);
  });
});

describe('sentences', () => {
  it('does not break after titles, initials and acronyms inside a sentence', () => {
    expect(texts('Mr. Zelenskyy indicated earlier. Daniel P. Driscoll met them.')).toEqual([
      'Mr. Zelenskyy indicated earlier.',
      'Daniel P. Driscoll met them.',
    ]);
    expect(texts('Lt.-Col. Jeff Tolbert said so. The U.S. Thanksgiving holiday is near.')).toEqual([
      'Lt.-Col. Jeff Tolbert said so.',
      'The U.S. Thanksgiving holiday is near.',
    ]);
  });
  it('keeps dotted initials with the name they open', () => {
    expect(texts('President George H.W. Bush said so. Then he left.')).toEqual([
      'President George H.W. Bush said so.',
      'Then he left.',
    ]);
    expect(texts('J. Joe Ricketts funded it. He said so.')).toEqual([
      'J. Joe Ricketts funded it.',
      'He said so.',
    ]);
    expect(texts('They chose Plan B. The rest failed.')).toEqual(['They chose Plan B.', 'The rest failed.']);
  });
  it('breaks after an acronym that ends a sentence', () => {
    expect(texts('He met the U.S. He said no.')).toEqual(['He met the U.S.', 'He said no.']);
  });
  it('splits a sentence glued to the next without a space', () => {
    expect(texts('You agree to our Privacy Policy.Mr Trump said he was going.')).toEqual([
      'You agree to our Privacy Policy.',
      'Mr Trump said he was going.',
    ]);
  });
  it('keeps U.S.-backed and domain names whole', () => {
    expect(texts('A U.S.-backed plan. Write to a@washingtontimes.com today.')).toEqual([
      'A U.S.-backed plan.',
      'Write to a@washingtontimes.com today.',
    ]);
  });
  it('ends a sentence after a closing quote and keeps paragraphs apart', () => {
    const t = '“It is now clear.” He said.\n\nNew paragraph here';
    const p = prepare(t);
    expect(p.paragraphs).toHaveLength(2);
    expect(texts(t)).toEqual(['“It is now clear.”', 'He said.', 'New paragraph here']);
    expect(p.sentences[2]!.paragraph).toBe(1);
  });
  it('copes with empty and sentence-less text', () => {
    expect(prepare('').sentences).toEqual([]);
    expect(prepare('   \n\n  ').paragraphs).toEqual([]);
    expect(texts('no punctuation at all')).toEqual(['no punctuation at all']);
  });
  it('treats CRLF and lone CR as line breaks', () => {
    expect(prepare('one.\r\ntwo.\rthree.').paragraphs).toHaveLength(3);
  });
});
