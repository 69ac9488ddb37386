import { describe, expect, it } from 'vitest';
import { assembleKb } from './build';
import { fixtureDocs, TEXT_B } from './fixture';
import { indexKb } from './load';
import { parseKb } from './schema';

describe('assembleKb on the hand-made fixture', () => {
  const kb = assembleKb(fixtureDocs());
  const ix = indexKb(kb);

  it('merges named actors across sources with mentions per source', () => {
    expect(ix.actor('russia')).toMatchObject({
      name: 'Russia',
      type: 'government',
      mentions: { A: 1, B: 2 },
    });
    expect(ix.actor('donald-trump')).toMatchObject({
      aliases: ['Donald Trump', 'Trump'],
      roles: ['President'],
    });
    expect(ix.statementsBy('donald-trump').map((s) => s.text)).toEqual([
      'We are very close.',
      'Russia wants peace',
    ]);
  });

  it('keeps unnamed sources out of the actors and apart per description and per source', () => {
    expect(kb.actors.map((a) => a.name)).not.toContain('a US official');
    const anon = ix.anonymousSpeakers().map((a) => [a.key, a.statements.map((s) => s.text)]);
    expect(anon).toEqual([
      ['A|a us official', ['the talks went well']],
      ['B|a us official', ['Moscow would reject it']],
      ['B|analysts', ['the plan favoured Russia']],
      ['B|us officials', ['the deal was near']],
    ]);
    for (const st of kb.statements.filter((s) => s.speakerType === 'anonymous'))
      expect(st.speakerId).toBeNull();
  });

  it('never folds an anonymous statement into the named actor its speakerId points at', () => {
    expect(ix.actor('united-states')).toBeDefined();
    expect(ix.statementsBy('united-states')).toEqual([]);
    expect(kb.statements.find((s) => s.text === 'the deal was near')).toMatchObject({
      speakerId: null,
      speakerName: 'US officials',
    });
  });

  it('resolves about by name and alias and keeps the rest as names', () => {
    const st = kb.statements.find((s) => s.text === 'Russia wants peace')!;
    expect(st).toMatchObject({ about: ['russia'], aboutNames: [] });
    expect(kb.statements.find((s) => s.text === 'the plan favoured Russia')).toMatchObject({
      about: ['russia'],
      aboutNames: ['the plan'],
    });
    expect(ix.statementsAbout('russia')).toHaveLength(3);
  });

  it('cites exactly: each statement is its source slice, inside its sentence', () => {
    for (const st of kb.statements) {
      const text = ix.source(st.sourceId)!.text;
      expect(st.text).toBe(text.slice(st.start, st.end));
      expect(ix.sentenceText(st)).toContain(st.text);
    }
    expect(kb.sources.map((s) => [s.id, s.statements, s.chars])).toEqual([
      ['A', 3, fixtureDocs()[0]!.analysis.prepared.text.length],
      ['B', 4, TEXT_B.length],
    ]);
    expect(() => parseKb(JSON.parse(JSON.stringify(kb)))).not.toThrow();
  });

  it('gives the same ids on every build and whatever the source order', () => {
    expect(assembleKb(fixtureDocs())).toEqual(kb);
    const reversed = assembleKb(fixtureDocs().reverse());
    expect(reversed.actors.map((a) => a.id).sort()).toEqual(kb.actors.map((a) => a.id).sort());
    expect(reversed.statements.map((s) => s.id).sort()).toEqual(kb.statements.map((s) => s.id).sort());
  });
});

describe('assembleKb on faulty engine output', () => {
  it('drops a statement whose text is not its slice, and says so', () => {
    const docs = fixtureDocs();
    const st = docs[1]!.analysis.statements[3]!;
    st.text = 'Progress!';
    const warnings: string[] = [];
    const kb = assembleKb(docs, { warn: (w) => warnings.push(w) });
    expect(kb.statements.map((s) => s.text)).not.toContain('Progress!');
    expect(warnings).toEqual([
      expect.stringMatching(/source B: dropped .*Steve Witkoff.*not the text at its offsets/),
    ]);
    expect(() => parseKb(kb)).not.toThrow();
  });

  it('mends a sentence span that does not hold its statement', () => {
    const docs = fixtureDocs();
    docs[0]!.analysis.statements[0]!.sentence = { start: 0, end: 3 };
    const warnings: string[] = [];
    const kb = assembleKb(docs, { warn: (w) => warnings.push(w) });
    const st = kb.statements.find((s) => s.text === 'We are very close.')!;
    expect(indexKb(kb).sentenceText(st)).toBe('President Donald Trump said, \u201CWe are very close.\u201D');
    expect(warnings).toHaveLength(1);
  });

  it('gives distinct ids to actors whose names slug alike and to statements sharing a start', () => {
    const docs = fixtureDocs();
    const a = docs[0]!.analysis;
    // The country and a person called Jordan: two actors, one slug.
    a.actors.push({
      id: 'k1',
      name: 'Jordan',
      type: 'government',
      aliases: ['Jordan'],
      roles: [],
      mentions: 1,
    });
    a.actors.push({ id: 'k2', name: 'Jordan', type: 'person', aliases: ['Jordan'], roles: [], mentions: 1 });
    const first = a.statements[0]!;
    a.statements.push({ ...first, end: first.end - 1, text: first.text.slice(0, -1), kind: 'position' });
    const kb = assembleKb(docs);
    expect(kb.actors.filter((x) => x.id.startsWith('jordan')).map((x) => [x.id, x.type])).toEqual([
      ['jordan', 'government'],
      ['jordan-person', 'person'],
    ]);
    const ids = kb.statements.filter((s) => s.start === first.start).map((s) => s.id);
    expect(ids).toEqual([`A:${first.start}`, `A:${first.start}-${first.end}`]);
  });
});
