// The cards of the real seed corpus: the promises that must hold on real data, whatever the engine's
// next improvement finds.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { CardSchema } from '@/messaging/overlay-schemas';
import { indexKb } from '../kb';
import { buildKb } from '../kb/build';
import { readCorpus } from '../kb/corpus';
import { cardOf } from './index';
import type { CardItem, CardModel } from './model';

const manifestPath = resolve(import.meta.dirname, '../../data/sources.json');
const corpus = readCorpus(JSON.parse(readFileSync(manifestPath, 'utf8')), (f) =>
  readFileSync(resolve(dirname(manifestPath), f)),
);
if (!corpus.ok) throw new Error(corpus.errors.join('\n'));
const ix = indexKb(buildKb(corpus.inputs));
const lavrov = ix.actorsNamed('Sergei Lavrov')[0]!;

const ownItems = (c: CardModel): CardItem[] =>
  c.kind === 'actor'
    ? c.ownWords.flatMap((g) => g.entries.flatMap((e) => (e.type === 'item' ? [e.item] : e.items)))
    : [];

describe('cards of the seed corpus', () => {
  it('set Lavrov’s Anchorage quote from several outlets side by side', () => {
    const c = cardOf(ix, lavrov.id, 'all')!;
    const comparisons = c.kind === 'actor' ? c.ownWords.flatMap((g) => g.entries) : [];
    const anchorage = comparisons.find(
      (e) =>
        e.type === 'compare' && e.items.every((i) => /spirit and letter of( the)? Anchorage/.test(i.text)),
    );
    expect(anchorage?.type).toBe('compare');
    if (anchorage?.type !== 'compare') return;
    expect(new Set(anchorage.items.map((i) => i.passage.sourceId)).size).toBeGreaterThanOrEqual(2);
    expect(anchorage.items.every((i) => i.kind === 'direct' && i.label === 'Direct quote')).toBe(true);
    expect(anchorage.identical).toBe(false);
  });

  it('give every actor a card that keeps own words and others’ words apart, fits the schema and stays small', () => {
    for (const actor of ix.kb.actors) {
      const c = cardOf(ix, actor.id, 'all')!;
      expect(v.safeParse(CardSchema, c).success).toBe(true);
      for (const item of ownItems(c)) expect(ix.statement(item.statementId)!.speakerId).toBe(actor.id);
      for (const item of c.saidAbout.flatMap((g) => g.items)) {
        expect(ix.statement(item.statementId)!.speakerId).not.toBe(actor.id);
      }
      expect(JSON.stringify(c).length).toBeLessThan(32_000);
    }
  });

  it('cite passages that are exactly the statement in its source', () => {
    for (const item of ownItems(cardOf(ix, lavrov.id, 'all')!)) {
      const { sourceId, start, end } = item.passage;
      expect(ix.source(sourceId)!.text.slice(start, end)).toBe(ix.statement(item.statementId)!.text);
    }
  });

  it('give the 28-point plan a term card with its introductions and who spoke of it', () => {
    const plan = ix.kb.actors.find((a) => a.type === 'term' && /28-point/i.test(a.name))!;
    const c = cardOf(ix, plan.id, 'all')!;
    expect(c.kind).toBe('term');
    if (c.kind !== 'term') return;
    expect(c.introductions.length).toBeGreaterThanOrEqual(3);
    for (const i of c.introductions) expect(i.text).toMatch(/28-point|twenty.eight/i);
    expect(c.saidAbout.length).toBeGreaterThan(0);
  });
});
