import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleKb, buildKb } from './build';
import { readCorpus } from './corpus';
import { fixtureDocs } from './fixture';
import { type Kb, KB_VERSION, KbError, parseKb } from './schema';

const manifestPath = resolve(import.meta.dirname, '../../data/sources.json');

function seedKb(): Kb {
  const corpus = readCorpus(JSON.parse(readFileSync(manifestPath, 'utf8')), (f) =>
    readFileSync(resolve(dirname(manifestPath), f)),
  );
  if (!corpus.ok) throw new Error(corpus.errors.join('\n'));
  return buildKb(corpus.inputs);
}

/** The KbError path parseKb reports for a broken copy of the fixture KB. */
function pathOfError(edit: (kb: Kb) => void): string {
  const kb = structuredClone(assembleKb(fixtureDocs()));
  edit(kb);
  try {
    parseKb(kb);
  } catch (e) {
    expect(e).toBeInstanceOf(KbError);
    return (e as KbError).path;
  }
  throw new Error('parseKb accepted a broken KB');
}

describe('the KB built from the seed corpus', () => {
  const kb = seedKb();

  it('passes its schema and round-trips through JSON unchanged', () => {
    const json = JSON.stringify(kb);
    const back = parseKb(JSON.parse(json));
    expect(back).toEqual(kb);
    expect(JSON.stringify(back)).toBe(json);
  });

  it('carries the manifest metadata and the texts', () => {
    expect(kb.version).toBe(KB_VERSION);
    expect(kb.sources.map((s) => s.id)).toEqual(['000', '001', '002', '003', '004']);
    expect(kb.sources[3]).toMatchObject({
      outlet: null,
      title: null,
      date: '2025-11-25',
      dateSource: 'corpus',
    });
    for (const s of kb.sources) expect(s.chars).toBe(s.text.length);
  });

  it('cites exactly: every statement is its source slice', () => {
    const texts = new Map(kb.sources.map((s) => [s.id, s.text]));
    for (const st of kb.statements) expect(st.text).toBe(texts.get(st.sourceId)!.slice(st.start, st.end));
  });

  it('is the same on a second build (stable ids, no timestamps)', () => {
    expect(JSON.stringify(seedKb())).toBe(JSON.stringify(kb));
  });
});

describe('parseKb', () => {
  it('round-trips the fixture KB', () => {
    const kb = assembleKb(fixtureDocs());
    expect(parseKb(JSON.parse(JSON.stringify(kb)))).toEqual(kb);
  });

  it('refuses what is not a KB', () => {
    expect(() => parseKb(null)).toThrow(/invalid knowledge base at \(root\)/);
    expect(() => parseKb('{}')).toThrow(KbError);
    expect(() => parseKb({ version: KB_VERSION + 1, sources: [] })).toThrow(
      /version .* rebuild it with npm run kb/,
    );
  });

  it('names the first bad path of a wrongly shaped KB', () => {
    expect(pathOfError((kb) => delete (kb.statements[1] as Partial<Kb['statements'][0]>).kind)).toBe(
      'statements[1].kind',
    );
    expect(pathOfError((kb) => ((kb.statements[0]!.kind as string) = 'rumour'))).toBe('statements[0].kind');
    expect(pathOfError((kb) => (kb.sources[1]!.date = '25 Nov 2025'))).toBe('sources[1].date');
    expect(pathOfError((kb) => (kb.statements[2]!.sentence.start = -1))).toBe('statements[2].sentence.start');
    expect(pathOfError((kb) => (kb.actors[0]!.mentions = { A: 1.5 }))).toBe('actors[0].mentions.A');
  });

  it('names the first bad path of a KB whose references or offsets are wrong', () => {
    expect(pathOfError((kb) => (kb.statements[0]!.text += ' '))).toBe('statements[0].text');
    expect(pathOfError((kb) => (kb.statements[0]!.end = 1e6))).toBe('statements[0].end');
    expect(pathOfError((kb) => (kb.statements[3]!.sourceId = 'Z'))).toBe('statements[3].sourceId');
    expect(pathOfError((kb) => (kb.statements[0]!.speakerId = 'nobody'))).toBe('statements[0].speakerId');
    expect(pathOfError((kb) => kb.statements[2]!.about.push('nobody'))).toBe('statements[2].about[1]');
    expect(pathOfError((kb) => (kb.statements[1]!.sentence = { start: 0, end: 1 }))).toBe(
      'statements[1].sentence',
    );
    expect(pathOfError((kb) => (kb.statements[1]!.id = kb.statements[0]!.id))).toBe('statements[1].id');
    expect(pathOfError((kb) => (kb.actors[1]!.id = kb.actors[0]!.id))).toBe('actors[1].id');
    expect(pathOfError((kb) => (kb.sources[0]!.statements += 1))).toBe('sources[0].statements');
    expect(pathOfError((kb) => (kb.sources[0]!.chars = 0))).toBe('sources[0].chars');
    expect(pathOfError((kb) => (kb.actors[0]!.mentions = { Z: 1 }))).toBe('actors[0].mentions.Z');
  });

  it('writes the path and the reason into the message', () => {
    const kb = structuredClone(assembleKb(fixtureDocs()));
    kb.statements[0]!.text = 'x';
    expect(() => parseKb(kb)).toThrow(
      /^invalid knowledge base at statements\[0\]\.text: does not equal the source text/,
    );
  });
});
