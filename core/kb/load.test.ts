import { describe, expect, it } from 'vitest';
import { assembleKb } from './build';
import { fixtureDocs } from './fixture';
import { loadKb } from './load';
import { KB_VERSION } from './schema';

describe('loadKb', () => {
  const ix = loadKb(JSON.parse(JSON.stringify(assembleKb(fixtureDocs()))));

  it('looks up sources, actors and statements by id', () => {
    expect(ix.source('B')).toMatchObject({ outlet: null, title: null });
    expect(ix.actor('steve-witkoff')?.name).toBe('Steve Witkoff');
    const st = ix.statementsBy('steve-witkoff')[0]!;
    expect(ix.statement(st.id)).toBe(st);
    expect(ix.source('nope') ?? ix.actor('nope') ?? ix.statement('nope')).toBeUndefined();
  });

  it('finds actors by name or alias, ignoring case', () => {
    expect(ix.actorsNamed('moscow').map((a) => a.id)).toEqual(['russia']);
    expect(ix.actorsNamed('TRUMP').map((a) => a.id)).toEqual(['donald-trump']);
    expect(ix.actorsNamed('a US official')).toEqual([]);
  });

  it('lists statements by speaker, about an actor and per source, in text order', () => {
    expect(ix.statementsIn('A').map((s) => s.start)).toEqual(
      [...ix.statementsIn('A').map((s) => s.start)].sort((a, b) => a - b),
    );
    expect(ix.statementsIn('B')).toHaveLength(4);
    expect(ix.statementsAbout('russia').map((s) => s.sourceId)).toEqual(['A', 'B', 'B']);
    expect(ix.statementsBy('nobody')).toEqual([]);
  });

  it('recovers a statement sentence from the source text', () => {
    const st = ix.statementsBy('steve-witkoff')[0]!;
    expect(ix.sentenceText(st)).toBe('Steve Witkoff said: \u201CProgress.\u201D');
  });

  it('refuses a broken KB with the path', () => {
    expect(() => loadKb({ version: KB_VERSION, sources: [{}], actors: [], statements: [] })).toThrow(
      /sources\[0\]\.id/,
    );
  });
});
