import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { fixtureIndex } from '@/core/cards/fixture';
import { handle, request } from '@/messaging/protocol';
import { bridgeRuntimeMessaging } from '@/messaging/runtime-bridge';
import { actorNames, searchFacets, searchKb } from './search';

const ix = fixtureIndex();

describe('background search', () => {
  it('finds an actor from a misspelling, opening its own card, with the matched letters', () => {
    const found = searchKb(ix, { q: 'lavrof' });
    expect(found.actors[0]).toMatchObject({ kind: 'actor', id: 'lavrov', card: 'lavrov' });
    expect(found.actors[0]!.ranges.length).toBeGreaterThan(0);
  });

  it('opens a statement at its passage, naming its speaker’s card when there is one', () => {
    const said = searchKb(ix, { q: 'anchorage' }).statements;
    expect(said.length).toBeGreaterThan(0);
    for (const hit of said) {
      const st = ix.statement(hit.id)!;
      expect(hit.passage).toEqual({ sourceId: st.sourceId, start: st.start, end: st.end });
      expect(hit.card).toBe(st.speakerId ?? undefined);
    }
    const unnamed = ix.kb.statements.find((s) => !s.speakerId);
    if (unnamed) {
      const hits = searchKb(ix, { q: unnamed.speakerName }).statements;
      expect(hits.find((h) => h.id === unnamed.id)?.passage).toBeDefined();
    }
  });

  it('hides the sources the reader switched off, and filters by source and topic', () => {
    const all = searchKb(ix, { q: 'lavrov', limit: 20 }).statements;
    const withoutB = searchKb(ix, { q: 'lavrov', limit: 20 }, ['B']).statements;
    expect(all.some((h) => ix.statement(h.id)!.sourceId === 'B')).toBe(true);
    expect(withoutB.length).toBeGreaterThan(0);
    expect(withoutB.every((h) => ix.statement(h.id)!.sourceId !== 'B')).toBe(true);
    const onlyA = searchKb(ix, { q: 'lavrov', sources: ['A'] }).statements;
    expect(onlyA.every((h) => ix.statement(h.id)!.sourceId === 'A')).toBe(true);
    const topic = searchFacets(ix).topics[0]!;
    const onTopic = searchKb(ix, { q: 'lavrov', topics: [topic] }).statements;
    expect(onTopic.every((h) => ix.statement(h.id)!.topics.includes(topic))).toBe(true);
  });

  it('offers the topics and only the selected sources as filters; names page actors', () => {
    const facets = searchFacets(ix, ['B']);
    expect(facets.sources.map((s) => s.id)).not.toContain('B');
    expect(facets.topics.length).toBeGreaterThan(0);
    expect(actorNames(ix, ['lavrov', 'nobody'])).toEqual([
      { id: 'lavrov', name: 'Sergei Lavrov', type: 'person' },
    ]);
  });

  describe('over the protocol', () => {
    let stop: () => void;
    beforeEach(() => {
      fakeBrowser.reset();
      bridgeRuntimeMessaging();
      stop = handle('search', (req) => searchKb(ix, req));
    });
    afterEach(() => stop());

    it('answers grouped hits that pass the schema', async () => {
      const found = await request('search', { q: 'lavrof' });
      expect(found.actors[0]?.id).toBe('lavrov');
      expect(await request('search', { q: '' })).toEqual({ actors: [], terms: [], statements: [] });
    });

    it('refuses an oversized query or filter before searching', async () => {
      await expect(request('search', { q: 'x'.repeat(201) })).rejects.toThrow();
      await expect(request('search', { q: 'a', topics: Array(51).fill('t') })).rejects.toThrow();
      await expect(request('search', { q: 'a', limit: 1000 })).rejects.toThrow();
    });
  });
});
