import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTree } from '../attribution/tree';
import { handDoc, met, metOn, said } from './fixture';
import { antecedentOf } from '.';

describe('antecedentOf with the shipped model', () => {
  it('names the one person a "she" can mean', () => {
    const trees = handDoc([met(['Maria', 'Lopez'], 'board'), said('She')]);
    expect(antecedentOf(trees, 1, 0)).toMatchObject({ sentence: 0, token: 0 });
  });

  it('abstains between two women, and never gives "she" to a man', () => {
    expect(
      antecedentOf(handDoc([metOn(['Maria', 'Lopez'], ['Anna', 'Berg']), said('She')]), 1, 0),
    ).toBeUndefined();
    expect(antecedentOf(handDoc([met(['John', 'Smith'], 'board'), said('She')]), 1, 0)).toBeUndefined();
    const mixed = handDoc([metOn(['Maria', 'Lopez'], ['Peter', 'Hall']), said('She')]);
    expect(antecedentOf(mixed, 1, 0)?.token ?? 0).toBe(0);
  });

  it('answers only for the pronouns it resolves', () => {
    const trees = handDoc([met(['Maria', 'Lopez'], 'board'), said('She')]);
    expect(antecedentOf(trees, 1, 2)).toBeUndefined(); // "it"
    expect(antecedentOf(trees, 0, 0)).toBeUndefined(); // a name
  });
});

const WORDS = [
  'he',
  'she',
  'they',
  'him',
  'her',
  'them',
  'his',
  'Maria',
  'John',
  'board',
  'said',
  'the',
  '.',
  '',
];
const UPOS = ['PRON', 'PROPN', 'NOUN', 'VERB', 'DET', 'PUNCT', 'X'];
const XPOS = ['PRP', 'PRP$', 'NNP', 'NNPS', 'NN', 'NNS', 'VBD', 'DT', '.', ''];
const RELS = [
  'nsubj',
  'obj',
  'obl',
  'nmod:poss',
  'root',
  'conj',
  'flat',
  'compound',
  'vocative',
  'punct',
  '',
];

const sentence = fc.array(
  fc.record({
    text: fc.constantFrom(...WORDS),
    upos: fc.constantFrom(...UPOS),
    xpos: fc.constantFrom(...XPOS),
    head: fc.integer({ min: -3, max: 12 }),
    deprel: fc.constantFrom(...RELS),
    gap: fc.integer({ min: -5, max: 5 }),
  }),
  { maxLength: 12 },
);

describe('antecedentOf on junk', () => {
  it('never throws and answers only with a noun or a name at or before the pronoun', () => {
    fc.assert(
      fc.property(
        fc.array(sentence, { maxLength: 8 }),
        fc.integer({ min: -2, max: 10 }),
        fc.integer({ min: -2, max: 14 }),
        (rows, s, t) => {
          let at = 0;
          const trees = rows.map((ws) =>
            buildTree(
              ws.map((w) => {
                at += w.gap;
                const start = at;
                at += w.text.length;
                return {
                  start,
                  end: at,
                  text: w.text,
                  lower: w.text.toLowerCase(),
                  upos: w.upos,
                  xpos: w.xpos,
                  head: w.head,
                  deprel: w.deprel,
                };
              }),
              () => false,
            ),
          );
          const asks: [number, number][] = [
            [s, t],
            [s + 0.5, t],
            [s, t - 0.5],
          ];
          trees.forEach((tree, i) => tree.tokens.forEach((_, j) => asks.push([i, j])));
          for (const [i, j] of asks) {
            const a = antecedentOf(trees, i, j);
            if (!a) continue;
            expect(a.sentence).toBeLessThanOrEqual(i);
            expect(['NOUN', 'PROPN']).toContain(trees[a.sentence]!.tokens[a.token]!.upos);
            expect(Number.isFinite(a.score)).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
