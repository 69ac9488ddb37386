import { describe, expect, it } from 'vitest';
import { cardOf } from './index';
import { fixtureIndex } from './fixture';
import { bySpeaker } from './said-about';
import { termCard } from './term';

const ix = fixtureIndex();

describe('termCard', () => {
  it('shows how each selected source introduces the term: the sentence of its first mention', () => {
    const c = termCard(ix, 'plan', 'all')!;
    expect(c).toMatchObject({ kind: 'term', id: 'plan', name: '28-point plan', header: { type: 'term' } });
    expect(c.introductions.map((i) => [i.outlet, i.text])).toEqual([
      ['Outlet A', 'Marco Rubio said Lavrov was stalling on the 28-point plan.'],
      ['Outlet B', 'The 28-point plan was drafted in Miami.'],
      [null, 'A US official said the 28-point plan was dead.'],
    ]);
    const first = c.introductions[0]!;
    expect(ix.source('A')!.text.slice(first.passage.start, first.passage.end).trim()).toBe(first.text);
  });

  it('groups who said what about it by speaker', () => {
    const c = termCard(ix, 'plan', 'all')!;
    expect(c.saidAbout.map((g) => [g.speaker, g.speakerType, g.items.map((i) => i.text)])).toEqual([
      ['Marco Rubio', 'person', ['Lavrov was stalling on the 28-point plan']],
      ['a US official', 'anonymous', ['the 28-point plan was dead']],
    ]);
  });

  it('applies the source filter to introductions and statements alike', () => {
    const c = termCard(ix, 'plan', new Set(['B']))!;
    expect(c.introductions.map((i) => i.passage.sourceId)).toEqual(['B']);
    expect(c.saidAbout).toEqual([]);
    expect(c.header).toMatchObject({ sources: 1, statements: 0, hidden: 2 });
  });

  it('is what cardOf answers for a term, and an actor card for anyone else', () => {
    expect(cardOf(ix, 'plan', 'all')?.kind).toBe('term');
    expect(cardOf(ix, 'lavrov', 'all')?.kind).toBe('actor');
    expect(cardOf(ix, 'nobody', 'all')).toBeNull();
  });
});

describe('bySpeaker', () => {
  it('never merges unnamed sources of different articles', () => {
    const officials = ix.kb.statements.filter((st) => st.speakerName === 'a US official');
    const { groups } = bySpeaker(ix, officials);
    expect(groups.map((g) => g.key)).toEqual(['anon:A|a us official', 'anon:C|a us official']);
  });
});
