import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildKb } from '../kb/build';
import { readCorpus } from '../kb/corpus';
import { indexKb } from '../kb/load';
import { type Kb, parseKb } from '../kb/schema';
import type { DocumentAnalysis } from '../types';
import { type Article, newArticle } from './article';
import { articleMeta, extendKb } from './kb';

const JANE = 'Jane Doe, the mayor of Springfield, said: \u201CWe will rebuild.\u201D';
const LAVROV = 'Sergei Lavrov said Moscow was ready to talk. Lavrov added, \u201CWe want peace.\u201D';

function article(text: string, title: string | null, at = '2026-11-21T07:00:00.000Z'): Article {
  const r = newArticle({ text, title, outlet: null, origin: 'paste' }, new Date(at));
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

const bundled = buildKb([
  {
    meta: { id: '000', outlet: 'The Outlet', title: null, date: '2025-11-25', dateSource: 'text' },
    text: 'Russian Foreign Minister Sergei Lavrov said, \u201CWe are ready.\u201D Lavrov met Steve Witkoff.',
  },
]);
const jane = article(JANE, 'Springfield rebuilds');
const lavrov = article(LAVROV, null, '2026-11-21T08:00:00.000Z');

/** The KB as the extension would load it: through JSON and parseKb. */
const loaded = (kb: Kb) => indexKb(parseKb(JSON.parse(JSON.stringify(kb))));

describe('extendKb', () => {
  const kb = extendKb(bundled, [jane, lavrov]);
  const ix = loaded(kb);

  it('adds each article as a source of its own, with its metadata and the day it was added as date, marked added', () => {
    expect(kb.sources.map((s) => s.id)).toEqual(['000', jane.id, lavrov.id]);
    expect(ix.source(jane.id)).toMatchObject({
      outlet: null,
      title: 'Springfield rebuilds',
      date: '2026-11-21',
      dateSource: 'added',
      text: JANE,
    });
  });

  it('takes the article’s own date when it has one', () => {
    const dated = newArticle({ text: JANE, date: '2026-01-02', origin: 'page', url: 'https://example.com/' });
    expect(dated.ok && articleMeta(dated.value)).toMatchObject({ date: '2026-01-02', dateSource: 'corpus' });
  });

  it('makes a new speaker a new actor, with their statement', () => {
    const doe = ix.actorsNamed('Jane Doe');
    expect(doe.map((a) => [a.id, a.type, a.mentions])).toEqual([['jane-doe', 'person', { [jane.id]: 1 }]]);
    expect(ix.statementsBy('jane-doe').map((s) => [s.sourceId, s.kind, s.text])).toEqual([
      [jane.id, 'direct', 'We will rebuild.'],
    ]);
  });

  it('adds a known speaker’s new statements to the bundled actor, whose id and name stay', () => {
    const [actor] = ix.actorsNamed('Lavrov');
    expect(actor).toMatchObject({
      id: 'sergei-lavrov',
      name: 'Sergei Lavrov',
      mentions: { '000': 2, [lavrov.id]: 2 },
    });
    expect(ix.statementsBy('sergei-lavrov').map((s) => [s.sourceId, s.text])).toEqual([
      ['000', 'We are ready.'],
      [lavrov.id, 'Moscow was ready to talk'],
      [lavrov.id, 'We want peace.'],
    ]);
  });

  it('keeps the bundled KB as built: its sources, statements and actor ids', () => {
    expect(kb.sources.slice(0, bundled.sources.length)).toEqual(bundled.sources);
    expect(kb.statements.slice(0, bundled.statements.length)).toEqual(bundled.statements);
    for (const a of bundled.actors) expect(ix.actor(a.id)).toMatchObject({ name: a.name, type: a.type });
    expect(extendKb(bundled, [])).toBe(bundled);
  });

  it('deletes an article by building again without it, whatever the order given', () => {
    expect(extendKb(bundled, [lavrov, jane])).toEqual(kb);
    const without = extendKb(bundled, [jane]);
    expect(without.sources.map((s) => s.id)).toEqual(['000', jane.id]);
    expect(indexKb(without).actor('sergei-lavrov')!.mentions).toEqual({ '000': 2 });
    expect(extendKb(bundled, [lavrov]).actors.find((a) => a.id === 'jane-doe')).toBeUndefined();
  });

  it('analyses an article once when given a cache', () => {
    const cache = new Map<string, DocumentAnalysis>();
    extendKb(bundled, [jane], { cache });
    const first = cache.get(jane.id);
    expect(extendKb(bundled, [jane, lavrov], { cache })).toEqual(kb);
    expect(cache.get(jane.id)).toBe(first);
    expect([...cache.keys()]).toEqual([jane.id, lavrov.id]);
  });

  it('gives a new actor whose id a bundled actor holds another id', () => {
    const odd: Kb = {
      ...bundled,
      actors: [
        ...bundled.actors,
        {
          id: 'jane-doe',
          name: 'Doe Foundation',
          type: 'organization',
          aliases: [],
          roles: [],
          mentions: {},
        },
      ],
    };
    const ext = loaded(extendKb(odd, [jane]));
    expect(ext.actor('jane-doe')!.name).toBe('Doe Foundation');
    expect(ext.statementsBy('jane-doe-person').map((s) => s.text)).toEqual(['We will rebuild.']);
  });

  it('mends or drops what a broken analysis gives, and refuses an extended KB as the bundled one', () => {
    const cache = new Map<string, DocumentAnalysis>();
    extendKb(bundled, [jane], { cache });
    const a = cache.get(jane.id)!;
    cache.set(jane.id, { ...a, statements: a.statements.map((s) => ({ ...s, end: s.end + 1000 })) });
    const warnings: string[] = [];
    const ext = extendKb(bundled, [jane], { cache, warn: (m) => warnings.push(m) });
    expect(warnings).toEqual([
      expect.stringMatching(
        /^source user:\w+: dropped a statement of "Jane Doe" .*offsets outside the text$/,
      ),
    ]);
    expect(() => parseKb(ext)).not.toThrow();
    expect(() => extendKb(kb, [jane])).toThrow(/is given twice/);
  });
});

describe('extendKb on the bundled seed corpus', { timeout: 60_000 }, () => {
  const data = resolve(import.meta.dirname, '../../data');
  const corpus = readCorpus(JSON.parse(readFileSync(resolve(data, 'sources.json'), 'utf8')), (f) =>
    readFileSync(resolve(data, f)),
  );
  if (!corpus.ok) throw new Error(corpus.errors.join('\n'));
  const seeds = buildKb(corpus.inputs);

  it('adds to the seeds’ Lavrov and a new actor, and the result loads', () => {
    const lavrovId = indexKb(seeds).actorsNamed('Lavrov')[0]!.id;
    const before = indexKb(seeds).statementsBy(lavrovId).length;
    const t0 = performance.now();
    const kb = extendKb(seeds, [jane, lavrov]);
    const ms = performance.now() - t0;
    const ix = loaded(kb);
    expect(ix.statementsBy(lavrovId).length).toBe(before + 2);
    expect(ix.statementsBy(lavrovId).at(-1)!.text).toBe('We want peace.');
    expect(ix.actorsNamed('Jane Doe')).toHaveLength(1);
    expect(kb.actors.length).toBe(seeds.actors.length + 1);
    console.log(`extendKb: 5 seed sources + 2 short articles in ${ms.toFixed(0)} ms`);
  });
});

describe("extendKb: the reader's articles get the bundled corpus's term discovery and topics", () => {
  const water = [
    'Senator Mary Jones said the Clean Water Act must be defended. Jones added that the plan for the rivers works.',
    'Governor Tom Smith said the Clean Water Act costs farmers too much.',
    'Mayor Ann Lee said the Clean Water Act helped the city clean the lake.',
  ].map((t, i) => article(t, null, `2026-11-2${i + 1}T07:00:00.000Z`));
  const kb = extendKb(bundled, water);

  it('finds a subject several of the articles name as a key term, filed under its name', () => {
    const term = kb.actors.find((a) => a.type === 'term' && a.name === 'Clean Water Act');
    expect(term).toBeDefined();
    const naming = kb.statements.filter((s) => /Clean Water Act/.test(s.text));
    expect(naming.length).toBeGreaterThanOrEqual(3);
    for (const st of naming) expect(st.topics).toEqual(['Clean Water Act']);
  });

  it("files no statement of an article off the seed subject under the seed lexicon's topics", () => {
    const plan = kb.statements.find((s) => /the plan for the rivers/.test(s.text))!;
    expect(plan).toBeDefined();
    expect(plan.topics).not.toContain('the_plan');
  });

  it('leaves the bundled statements and actors as built', () => {
    expect(kb.statements.slice(0, bundled.statements.length)).toEqual(bundled.statements);
    for (const a of bundled.actors) expect(kb.actors.map((x) => x.id)).toContain(a.id);
  });
});
