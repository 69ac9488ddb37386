import { describe, expect, it } from 'vitest';
import { indexKb, type Kb } from '../kb';
import { actorCard } from './actor';
import { MAX_ENTRIES } from './actor';
import { fixtureIndex, fixtureKb } from './fixture';
import type { ActorCard, CardItem, Entry } from './model';

const ix = fixtureIndex();
const card = (selected: Set<string> | 'all' = 'all') => actorCard(ix, 'lavrov', selected)!;
const items = (entries: Entry[]): CardItem[] =>
  entries.flatMap((e) => (e.type === 'item' ? [e.item] : e.items));
const ownIds = (c: ActorCard) => c.ownWords.flatMap((g) => items(g.entries)).map((i) => i.statementId);
const aboutIds = (c: ActorCard) => c.saidAbout.flatMap((g) => g.items).map((i) => i.statementId);

describe('actorCard', () => {
  it('heads the card with the corpus name, roles and counts', () => {
    const c = card();
    expect(c).toMatchObject({ kind: 'actor', id: 'lavrov', name: 'Sergei Lavrov' });
    expect(c.header).toEqual({
      type: 'person',
      roles: ['Russian Foreign Minister'],
      moreRoles: [],
      sources: 3,
      statements: 8,
      hidden: 0,
    });
  });

  it('shows the two roles the corpus gives most and keeps the rest behind "more roles"', () => {
    const kb = fixtureKb();
    kb.actors[0]!.roles = ['Russian Foreign Minister', 'Foreign Minister', 'diplomat', 'former ambassador'];
    expect(actorCard(indexKb(kb), 'lavrov', 'all')!.header).toMatchObject({
      roles: ['Russian Foreign Minister', 'diplomat'],
      moreRoles: ['former ambassador'],
    });
  });

  it('groups own words by topic, the most spoken-about first, then in the lexicon’s order', () => {
    expect(card().ownWords.map((g) => [g.topic, g.label])).toEqual([
      ['the_plan', 'The peace plan'],
      ['territory', 'Territory'],
      ['sanctions_assets', 'Sanctions and assets'],
      ['ceasefire_peace_process', 'Ceasefire and peace process'],
    ]);
  });

  it('labels each item by kind, with outlet, date and passage', () => {
    const territory = card().ownWords.find((g) => g.topic === 'territory')!;
    expect(territory.entries).toEqual([
      {
        type: 'item',
        item: {
          statementId: expect.stringMatching(/^C:/),
          kind: 'indirect',
          label: 'Paraphrase',
          text: 'Russia would keep the Donbas territory, insisting that “the Donbas territory is Russian”',
          truncated: false,
          outlet: null,
          date: '2025-11-25',
          passage: { sourceId: 'C', start: expect.any(Number), end: expect.any(Number) },
        },
      },
    ]);
    // The quoted phrase inside that paraphrase is not shown a second time on its own.
    expect(ownIds(card())).toHaveLength(6);
  });

  it('never puts what others say about the actor under the actor’s own words', () => {
    const c = card();
    const rubio = ix.statementsAbout('lavrov').find((st) => st.speakerId === 'rubio')!;
    expect(ownIds(c)).not.toContain(rubio.id);
    expect(aboutIds(c)).toEqual([rubio.id]);
    expect(c.saidAbout[0]).toMatchObject({
      speaker: 'Marco Rubio',
      speakerId: 'rubio',
      speakerType: 'person',
    });
    for (const id of ownIds(c)) expect(ix.statement(id)!.speakerId).toBe('lavrov');
    for (const id of aboutIds(c)) expect(ix.statement(id)!.speakerId).not.toBe('lavrov');
  });

  it('keeps the actor’s own statements about themselves out of "said about"', () => {
    const kb = fixtureKb();
    kb.statements.find((st) => st.speakerId === 'lavrov')!.about = ['lavrov'];
    expect(aboutIds(actorCard(indexKb(kb), 'lavrov', 'all')!)).not.toContain(kb.statements[0]!.id);
  });

  it('sets the same point from several outlets side by side, newest first', () => {
    const [first] = card().ownWords[0]!.entries;
    expect(first).toMatchObject({ type: 'compare', identical: false });
    const compared = first!.type === 'compare' ? first!.items : [];
    expect(compared.map((i) => [i.outlet, i.kind])).toEqual([
      ['Outlet B', 'direct'],
      ['Outlet A', 'direct'],
      [null, 'direct'],
    ]);
  });

  it('shows only the selected sources, and counts what it hides', () => {
    const c = card(new Set(['A', 'C']));
    expect(ownIds(c).every((id) => !id.startsWith('B:'))).toBe(true);
    expect(c.header).toMatchObject({ sources: 2, statements: 6, hidden: 2 });
    expect(c.ownWords[0]!.entries[0]).toMatchObject({
      type: 'compare',
      items: [{ outlet: 'Outlet A' }, { outlet: null }],
    });
    const onlyB = card(new Set(['B']));
    expect(onlyB.ownWords.flatMap((g) => g.entries).every((e) => e.type === 'item')).toBe(true);
    expect(onlyB.saidAbout).toEqual([]);
    expect(card(new Set())).toMatchObject({
      header: { sources: 0, statements: 0, hidden: 8 },
      ownWords: [],
      saidAbout: [],
    });
  });

  it('does not compare statements of one outlet, nor different points', () => {
    for (const group of card().ownWords) {
      for (const entry of group.entries) {
        if (entry.type !== 'compare') continue;
        const sources = entry.items.map((i) => i.passage.sourceId);
        expect(new Set(sources).size).toBe(sources.length);
      }
    }
    expect(card().ownWords.filter((g) => g.entries.some((e) => e.type === 'compare'))).toHaveLength(1);
  });

  it('marks syndicated copies of the same words as identical', () => {
    const kb = fixtureKb();
    // Outlet B runs A's article as is.
    const a = kb.statements[0]!;
    Object.assign(kb.sources[1]!, { text: kb.sources[0]!.text, chars: kb.sources[0]!.chars, statements: 1 });
    kb.statements = kb.statements.filter((st) => st.sourceId !== 'B');
    kb.statements.push({ ...a, id: 'B:copy', sourceId: 'B' });
    const entry = actorCard(indexKb(kb), 'lavrov', 'all')!.ownWords[0]!.entries[0]!;
    expect(entry).toMatchObject({ type: 'compare', identical: false });
    const pair = actorCard(indexKb(kb), 'lavrov', new Set(['A', 'B']))!.ownWords[0]!.entries[0]!;
    expect(pair).toMatchObject({ type: 'compare', identical: true });
  });

  it('is the same card whatever order the KB lists its statements in', () => {
    const kb = fixtureKb();
    const reversed: Kb = { ...kb, statements: [...kb.statements].reverse() };
    expect(actorCard(indexKb(reversed), 'lavrov', 'all')).toEqual(card());
  });

  it('answers null for an id the KB does not know', () => {
    expect(actorCard(ix, 'nobody', 'all')).toBeNull();
  });
});

describe('actorCard size bounds', () => {
  const many = (n: number, length = 60): Kb => {
    const sentences = Array.from(
      { length: n },
      (_, i) => `Lavrov said point ${i} ${'x'.repeat(length)} ${i}-word.`,
    );
    const text = sentences.join(' ');
    let at = 0;
    const statements = sentences.map((s, i) => {
      const start = text.indexOf(s, at) + 'Lavrov said '.length;
      at = start;
      const end = start + s.length - 'Lavrov said '.length - 1;
      return {
        id: `S:${start}`,
        sourceId: 'S',
        speakerId: 'lavrov',
        speakerName: 'Lavrov',
        speakerType: 'person' as const,
        kind: 'indirect' as const,
        start,
        end,
        text: text.slice(start, end),
        sentence: { start: start - 12, end: end + 1 },
        about: [],
        aboutNames: [],
        topics: [i % 2 ? 'the_plan' : 'nato'],
      };
    });
    return {
      version: 1,
      sources: [
        {
          id: 'S',
          outlet: 'S',
          title: null,
          date: '2025-11-25',
          dateSource: 'text',
          statements: n,
          chars: text.length,
          text,
        },
      ],
      actors: [
        { id: 'lavrov', name: 'Lavrov', type: 'person', aliases: ['Lavrov'], roles: [], mentions: { S: n } },
      ],
      statements,
    };
  };

  it('shows a few entries per topic and counts the rest', () => {
    const c = actorCard(indexKb(many(1000)), 'lavrov', 'all')!;
    expect(c.ownWords.map((g) => [g.topic, g.entries.length, g.more])).toEqual([
      ['nato', MAX_ENTRIES, 500 - MAX_ENTRIES],
      ['the_plan', MAX_ENTRIES, 500 - MAX_ENTRIES],
    ]);
    expect(JSON.stringify(c).length).toBeLessThan(10_000);
  });

  it('cuts a long statement at a word and says so', () => {
    const item = items(actorCard(indexKb(many(1, 2000)), 'lavrov', 'all')!.ownWords[0]!.entries)[0]!;
    expect(item.truncated).toBe(true);
    expect(item.text.length).toBeLessThanOrEqual(400);
    expect(item.text.endsWith('…')).toBe(true);
  });
});
