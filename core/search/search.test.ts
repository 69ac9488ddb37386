// The search on the real seed KB, built from data/ here so the test needs no earlier `npm run kb`.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildKb } from '../kb/build';
import { readCorpus } from '../kb/corpus';
import { indexKb } from '../kb/load';
import { fold } from './normalize';
import { createSearch } from './search';
import type { Hit, SearchResults } from './types';

const manifestPath = resolve(import.meta.dirname, '../../data/sources.json');
const corpus = readCorpus(JSON.parse(readFileSync(manifestPath, 'utf8')), (f) =>
  readFileSync(resolve(dirname(manifestPath), f)),
);
if (!corpus.ok) throw new Error(corpus.errors.join('\n'));
const ix = indexKb(buildKb(corpus.inputs));
const search = createSearch(ix);
const ids = (hits: Hit[]) => hits.map((h) => h.id);
const everything = (r: SearchResults) => [...r.actors, ...r.terms, ...r.statements];

describe('typos and variants find what they mean (seed KB)', () => {
  it('"zelenski" → Volodymyr Zelensky, highlighted in his name', () => {
    const [top] = search.query('zelenski').actors;
    expect(top).toMatchObject({ id: 'volodymyr-zelensky', label: 'Volodymyr Zelensky', kind: 'actor' });
    const name = top!.matches.find((m) => m.field === 'name')!;
    const [s, e] = name.ranges[0]!;
    expect(fold(name.value.slice(s, e))).toMatch(/^zelensk/);
  });

  it('"lavrof" → Sergei Lavrov', () => {
    const [top] = search.query('lavrof').actors;
    expect(top?.id).toBe('sergey-lavrov');
    expect(ix.actor(top!.id)!.aliases).toContain('Sergei Lavrov');
  });

  it('"anchorage" → the Alaska summit term and the statements that name Anchorage', () => {
    const r = search.query('anchorage');
    expect(ids(r.terms)[0]).toBe('alaska-summit');
    expect(r.statements.length).toBeGreaterThanOrEqual(3);
    expect(r.statements.filter((h) => /Anchorage/.test(h.label)).length).toBeGreaterThanOrEqual(3);
    expect(r.statements[0]!.matches.some((m) => m.field === 'text')).toBe(true);
  });

  it('"28 point" → the 28-point plan, and statements quoting "28-point"', () => {
    const r = search.query('28 point');
    expect(ids(r.terms)[0]).toBe('28-point-plan');
    expect(r.statements.some((h) => h.label.includes('28-point'))).toBe(true);
  });

  it('folds case, accents, quote glyphs and dashes in the query', () => {
    for (const q of ['ZELENSKYY', 'Zelénsky’s', '“zelensky”']) {
      expect(ids(search.query(q).actors)[0]).toBe('volodymyr-zelensky');
    }
    for (const q of ['28‐point', '28—point plan', '28-POINT']) {
      expect(ids(search.query(q).terms)[0]).toBe('28-point-plan');
    }
  });

  it('finds as the reader types: a prefix already names the actor', () => {
    expect(ids(search.query('zel').actors)).toContain('volodymyr-zelensky');
    expect(ids(search.query('Lavr').actors)[0]).toBe('sergey-lavrov');
  });
});

describe('grouping', () => {
  it('puts people and groups, terms and statements each in their own group, best first', () => {
    const r = search.query('russia');
    expect(r.actors.every((h) => h.kind === 'actor' && ix.actor(h.id)!.type !== 'term')).toBe(true);
    expect(r.terms.every((h) => h.kind === 'term' && ix.actor(h.id)!.type === 'term')).toBe(true);
    expect(
      r.statements.every((h) => h.kind === 'statement' && ix.statement(h.id)?.sourceId === h.sourceId),
    ).toBe(true);
    expect(ids(r.actors)[0]).toBe('russia');
    for (const group of [r.actors, r.terms, r.statements]) {
      expect(group.map((h) => h.score)).toEqual([...group.map((h) => h.score)].sort((a, b) => a - b));
    }
  });

  it('finds statements by speaker and by topic, and a word in each', () => {
    expect(
      search.query('lavrov').statements.every((h) => ix.statement(h.id)!.speakerName.includes('Lav')),
    ).toBe(true);
    const both = search.query('lavrov anchorage').statements;
    expect(both.length).toBeGreaterThan(0);
    expect(both.every((h) => /Anchorage/.test(h.label))).toBe(true);
    expect(search.query('sanctions').statements.some((h) => h.matches.some((m) => m.field === 'topic'))).toBe(
      true,
    );
  });

  it('returns at most `limit` hits per group', () => {
    const r = search.query('president', undefined, 2);
    expect(r.actors.length).toBe(2);
    expect(r.statements.length).toBeLessThanOrEqual(2);
    expect(everything(search.query('president', undefined, 0))).toEqual([]);
  });

  it('gives every highlight range inside the string it names', () => {
    for (const q of ['zelenski', 'anchorage summit', '28 point plan', 'trump sanctions', 'a']) {
      for (const h of everything(search.query(q))) {
        for (const m of h.matches) {
          for (const [s, e] of m.ranges) expect(0 <= s && s < e && e <= m.value.length).toBe(true);
        }
      }
    }
  });

  it('searches statements from 3 letters on, actors and terms from the first', () => {
    const r = search.query('ze');
    expect(ids(r.actors)).toContain('volodymyr-zelensky');
    expect(r.statements).toEqual([]);
  });
});

describe('filters', () => {
  const sourceIds = ix.kb.sources.map((s) => s.id);

  it('by source: only the chosen sources, and never a switched-off one', () => {
    const only = search.query('trump', { sources: ['002'] }).statements;
    expect(only.length).toBeGreaterThan(0);
    expect(only.every((h) => h.sourceId === '002')).toBe(true);
    const off = search.query('trump', { excludeSources: new Set(['000', '004']) }).statements;
    expect(off.length).toBeGreaterThan(0);
    expect(off.some((h) => h.sourceId === '000' || h.sourceId === '004')).toBe(false);
  });

  it('hides an actor only mentioned in switched-off sources', () => {
    expect(ids(search.query('kushner').actors)).toEqual(['jared-kushner']);
    expect(search.query('kushner', { excludeSources: ['004'] }).actors).toEqual([]);
    expect(search.query('kushner', { sources: new Set(['004']) }).actors.length).toBe(1);
    expect(ids(search.query('lavrov', { excludeSources: ['004'] }).actors)).toEqual(['sergey-lavrov']);
    expect(everything(search.query('lavrov', { excludeSources: sourceIds }))).toEqual([]);
  });

  it('by topic: statements with one of the topics, actors and terms they involve', () => {
    const topics = ['sanctions_assets'];
    const r = search.query('russia', { topics });
    expect(r.statements.length).toBeGreaterThan(0);
    expect(r.statements.every((h) => ix.statement(h.id)!.topics.includes('sanctions_assets'))).toBe(true);
    for (const h of [...r.actors, ...r.terms]) {
      const linked = [...ix.statementsBy(h.id), ...ix.statementsAbout(h.id)];
      expect(linked.some((st) => st.topics.includes('sanctions_assets'))).toBe(true);
    }
    expect(everything(search.query('russia', { topics: ['no-such-topic'] }))).toEqual([]);
  });

  it('treats empty filters as none', () => {
    expect(search.query('lavrov', { topics: [], excludeSources: [] })).toEqual(search.query('lavrov'));
  });
});

describe('empty, unmatched and hostile queries', () => {
  const none = { actors: [], terms: [], statements: [] };

  it('gives nothing for an empty query or one with no letters', () => {
    for (const q of ['', '   ', '—', '“”', '🙂', '\u0000']) expect(search.query(q)).toEqual(none);
  });

  it('gives nothing for a word the corpus does not hold', () => {
    expect(search.query('qwxzyv')).toEqual(none);
    expect(search.query('zelensky qwxzyv')).toEqual(none);
  });

  it('reads extended-search and regex metacharacters as spaces', () => {
    for (const q of ["'^!=|$", "'zelensky", '^zelensky$', '!lavrov', '=nato | trump', '(.*)+[', '\\b\\w+']) {
      expect(() => search.query(q)).not.toThrow();
    }
    expect(ids(search.query('^zelensky$').actors)[0]).toBe('volodymyr-zelensky');
    expect(ids(search.query('!lavrov|').actors)[0]).toBe('sergey-lavrov');
  });

  it('survives emoji, lone surrogates and very long strings', () => {
    expect(ids(search.query('🇺🇦 zelensky 😀').actors)[0]).toBe('volodymyr-zelensky');
    expect(() => search.query('\uD83D\uDE00\uDE00\uD83D lav')).not.toThrow();
    expect(() => search.query('zelensky '.repeat(20_000))).not.toThrow();
    expect(() => search.query('a'.repeat(1_000_000))).not.toThrow();
  });

  it('never throws, and keeps to the limit, on any string', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 60 }),
        fc.integer({ min: 0, max: 5 }),
        (q, limit) => {
          const r = search.query(q, undefined, limit);
          return [r.actors, r.terms, r.statements].every((g) => g.length <= limit);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('tolerates a non-string from untyped callers', () => {
    expect(search.query(undefined as unknown as string)).toEqual(none);
  });
});
