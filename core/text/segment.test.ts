import { describe, expect, it } from 'vitest';
import { prepare } from './index';
import { normalize } from './normalize';
import { icuSentences } from './segment';

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
  it('keeps a question or exclamation with the attribution that goes on after it in lower case', () => {
    expect(texts('“Must we act?” she said. “Go!” he shouted.')).toEqual([
      '“Must we act?” she said.',
      '“Go!” he shouted.',
    ]);
    // A capital after the mark starts a sentence of its own.
    expect(texts('“Must we act?” He left.')).toEqual(['“Must we act?”', 'He left.']);
  });

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
    expect(texts('Martin Luther King Jr. He spoke. Taxes, fees, etc. The rest.')).toEqual([
      'Martin Luther King Jr.',
      'He spoke.',
      'Taxes, fees, etc.',
      'The rest.',
    ]);
  });
  it('keeps plural and less usual titles with their names', () => {
    expect(texts('Sens. Tim Kaine and Mark Warner spoke. State Del. Marcia Price shouted.')).toEqual([
      'Sens. Tim Kaine and Mark Warner spoke.',
      'State Del. Marcia Price shouted.',
    ]);
  });
  it('keeps "No." and a month with the number after them, not "no" that ends a sentence', () => {
    expect(texts('It was No. 5 on Sept. 11. He said no. The plan failed.')).toEqual([
      'It was No. 5 on Sept. 11.',
      'He said no.',
      'The plan failed.',
    ]);
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

// Node's segmenter is quadratic in one call, so long paragraphs are segmented in windows; the
// breaks must be those of one call wherever a window ends. Small windows put many edges on each
// text. (Keeping all but a window's last segment, not its last two, fails these.)
describe('icuSentences in windows', () => {
  const same = (t: string, windows: number[], start = 0, end = t.length) => {
    const one = icuSentences(t, start, end, Infinity);
    for (const w of windows) expect(icuSentences(t, start, end, w), `window ${w}`).toEqual(one);
    return one;
  };
  it('gives the breaks of one call on many short sentences', () => {
    const one = same('Putin said so. '.repeat(200), [8, 37, 64, 100, 1000]);
    expect(one).toHaveLength(200);
  });
  it('gives the breaks of one call around a sentence longer than the window', () => {
    const t = `Short one. ${'Word '.repeat(300)}end. Next one. ${'X'.repeat(900)}. Then more. Done.`;
    const one = same(t, [16, 64, 100, 512]);
    expect(one.map((s) => t.slice(s.start, s.end).slice(0, 6))).toEqual([
      'Short ',
      'Word W',
      'Next o',
      'XXXXXX',
      'Then m',
      'Done.',
    ]);
  });
  it('gives the breaks of one call with quotes, abbreviations and look-ahead across the edges', () => {
    const t = [
      '“It is now clear.” He said.',
      'Mr. Zelenskyy met the U.S. envoy.',
      '“Will it work?” asked Lt.-Col. Jeff Tolbert.',
      'They chose Plan B. The rest failed.',
      'See etc. 12 34 56 and more, (e.g. 7 8) said he.',
      '“No,” he said. ‘Fine.’ (Really.)  ',
    ].join(' ');
    same(t.repeat(6), [8, 16, 29, 50, 73, 128, 333]);
  });
  it('gives the breaks of one call on part of a text and with the default window', () => {
    const t = 'A “quote.” Mr. Smith said so. '.repeat(1500);
    same(t, [64], 17, t.length - 23);
    expect(icuSentences(t, 0, t.length)).toEqual(icuSentences(t, 0, t.length, Infinity));
  });
});
