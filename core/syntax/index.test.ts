import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeSyntax, MAX_PARSE, type SynToken } from '.';

/** Every token inside its range and the text, in order, with a head inside the sentence (or -1). */
function wellFormed(text: string, ranges: { start: number; end: number }[], out: SynToken[][]) {
  expect(out).toHaveLength(ranges.length);
  out.forEach((sent, k) => {
    const r = ranges[k]!;
    let last = -Infinity;
    for (const t of sent) {
      expect(t.start).toBeGreaterThanOrEqual(Math.max(0, Math.min(r.start, text.length)));
      expect(t.end).toBeLessThanOrEqual(Math.min(r.end, text.length));
      expect(t.start).toBeGreaterThanOrEqual(last);
      expect(t.end).toBeGreaterThan(t.start);
      expect(t.text).toBe(text.slice(t.start, t.end));
      expect(t.head).toBeGreaterThanOrEqual(-1);
      expect(t.head).toBeLessThan(sent.length);
      expect(typeof t.deprel).toBe('string');
      last = t.end;
    }
    if (sent.length) expect(sent.filter((t) => t.head === -1)).toHaveLength(1);
  });
}

describe('analyzeSyntax (shipped models)', () => {
  it('parses a wire dateline apart, so the words after its dash have their own subject', () => {
    const text = 'WASHINGTON - Sen. Bernie Sanders defended his call to raise the minimum wage.';
    const [s] = analyzeSyntax(text, [{ start: 0, end: text.length }]);
    const at = (w: string) => s!.findIndex((t) => t.text === w);
    const root = s!.findIndex((t) => t.head === -1);
    expect(s![root]!.text).toBe('defended');
    // The place hangs from the root as a bare dependent, never its subject.
    expect(s![at('WASHINGTON')]!.head).toBe(root);
    expect(s![at('WASHINGTON')]!.deprel).toBe('dep');
    const subject = s!.find((t) => t.head === root && t.deprel.startsWith('nsubj'))!;
    expect(['Sen.', 'Bernie', 'Sanders']).toContain(subject.text);
  });

  it('finds the verb of a headline in title case, reading its common words in lower case', () => {
    const text = 'Glenn Beck Blasts Drudge for Mocking His Fast, Quotes Scripture';
    const name = { start: 0, end: 'Glenn Beck'.length };
    const [s] = analyzeSyntax(text, [{ start: 0, end: text.length }], [name]);
    const blasts = s!.find((t) => t.text === 'Blasts')!;
    expect(blasts.xpos).toBe('VBZ');
    const subject = s!.find((t) => t.head === s!.indexOf(blasts) && t.deprel === 'nsubj');
    expect(['Glenn', 'Beck']).toContain(subject?.text);
  });

  it('reads a present verb after a name as one where the sentence has no other', () => {
    const text = 'Trump calls for bringing back surveillance of Muslim communities.';
    const [s] = analyzeSyntax(text, [{ start: 0, end: text.length }]);
    const calls = s!.find((t) => t.text === 'calls')!;
    expect(calls.xpos).toBe('VBZ');
    expect(calls.head).toBe(-1);
  });

  it('reads a closed-class word that opens a sentence as it reads it in lower case', () => {
    const text = 'Among men the two are closer.';
    const [s] = analyzeSyntax(text, [{ start: 0, end: text.length }]);
    expect(s![0]!.xpos).toBe('IN');
    expect(s![0]!.deprel).not.toMatch(/^nsubj|^amod/);
  });

  it('makes the first word of a name the actors stage found a proper noun, however it was read', () => {
    const text =
      'Ted Cruz, who won Oklahoma and his home state of Texas, is calling for his rivals to drop out.';
    const [s] = analyzeSyntax(text, [{ start: 0, end: text.length }], [{ start: 0, end: 8 }]);
    expect(s![0]!.xpos).toBe('NNP');
    const calling = s!.findIndex((t) => t.text === 'calling');
    expect(s!.some((t, i) => i < 2 && t.head === calling && t.deprel === 'nsubj')).toBe(true);
  });

  it('tags and parses a plain sentence', () => {
    const text = 'The minister said that the bill was passed by parliament.';
    const [s] = analyzeSyntax(text, [{ start: 0, end: text.length }]);
    const by = (w: string) => s!.find((t) => t.text === w)!;
    expect(by('said')).toMatchObject({ upos: 'VERB', xpos: 'VBD', head: -1, deprel: 'root' });
    expect(s![by('minister').head]!.text).toBe('said');
    expect(by('minister').deprel).toBe('nsubj');
    expect(by('passed').xpos).toBe('VBN');
    expect(s![by('passed').head]!.text).toBe('said');
    expect(by('bill').deprel).toBe('nsubj:pass');
    expect(by('.').deprel).toBe('punct');
  });

  it('parses each range with offsets into the whole text', () => {
    const text = 'First one here. And a second, longer one!';
    const ranges = [
      { start: 0, end: 15 },
      { start: 16, end: text.length },
    ];
    const out = analyzeSyntax(text, ranges);
    wellFormed(text, ranges, out);
    expect(out[1]![0]).toMatchObject({ start: 16, text: 'And', lower: 'and' });
  });

  it('clips ranges outside the text and answers empty sentences for empty ones', () => {
    const text = 'Short text.';
    const ranges = [
      { start: -5, end: 5 },
      { start: 8, end: 1000 },
      { start: 7, end: 3 },
      { start: NaN, end: Infinity },
    ];
    const out = analyzeSyntax(text, ranges);
    expect(out.map((s) => s.map((t) => t.text))).toEqual([
      ['Short'],
      ['xt', '.'],
      [],
      ['Short', 'text', '.'],
    ]);
    expect(analyzeSyntax('', [{ start: 0, end: 0 }])).toEqual([[]]);
    expect(analyzeSyntax('anything', [])).toEqual([]);
  });

  it('parses a very long sentence in pieces, still one tree, in linear time', () => {
    const words = Array.from({ length: 2000 }, (_, i) =>
      i % 7 === 6 ? ',' : ['the', 'old', 'man', 'saw', 'a', 'dog'][i % 6],
    );
    const text = words.join(' ');
    const t0 = performance.now();
    const [s] = analyzeSyntax(text, [{ start: 0, end: text.length }]);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(s!.length).toBe(2000);
    expect(s!.filter((t) => t.head === -1)).toHaveLength(1);
    expect(s!.slice(MAX_PARSE).some((t) => t.deprel === 'parataxis')).toBe(true);
  });

  it('never throws on junk, and keeps every token in its range', () => {
    const range = (n: number) =>
      fc.record({ start: fc.integer({ min: -10, max: n + 10 }), end: fc.integer({ min: -10, max: n + 10 }) });
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 300 }),
          fc.string({
            unit: fc.constantFrom('a', 'B', '.', "'", '-', ' ', '’', '“', '0', '$', '\n', '😀'),
            maxLength: 300,
          }),
        ),
        fc.array(range(300), { maxLength: 6 }),
        (text, ranges) => wellFormed(text, ranges, analyzeSyntax(text, ranges)),
      ),
      { numRuns: 300 },
    );
  });
});
