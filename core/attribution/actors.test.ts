import { describe, expect, it } from 'vitest';
import { FeatureNames } from '../learn';
import { prepare } from '../text';
import { handTree, type Row } from './fixture';
import { predicateFeatures, sourceFeatures } from './features';
import { treesOf } from './index';

// Trump warned against hackers.
const ROWS: Row[] = [
  ['Trump', 'PROPN', 'NNP', 2, 'nsubj'],
  ['warned', 'VERB', 'VBD', 0, 'root'],
  ['against', 'ADP', 'IN', 4, 'case'],
  ['hackers', 'NOUN', 'NNS', 2, 'obl'],
  ['.', 'PUNCT', '.', 2, 'punct'],
];

describe('the actors stage in the attribution models’ evidence', () => {
  const { text, tree } = handTree(ROWS);
  const doc = prepare(text);

  it('marks the words of an actor’s name with the actor’s type, and no other word', () => {
    const [marked] = treesOf(doc, [tree.tokens], [{ start: 0, end: 5, type: 'person' }]);
    expect(marked!.actor).toEqual(['person', '', '', '', '']);
    const [plain] = treesOf(doc, [tree.tokens]);
    expect(plain!.actor).toEqual(['', '', '', '', '']);
  });

  it('tells the models whether the subject or the source is an actor', () => {
    const [marked] = treesOf(doc, [tree.tokens], [{ start: 0, end: 5, type: 'person' }]);
    const [plain] = treesOf(doc, [tree.tokens]);
    const pred = (t: typeof marked) => {
      const f = new FeatureNames();
      predicateFeatures(f, t!, 1);
      return f.list;
    };
    const src = (t: typeof marked) => {
      const f = new FeatureNames();
      sourceFeatures(f, t!, 1, 0, 'nsubj');
      return f.list;
    };
    expect(pred(marked)).toContain('subjE=person');
    expect(pred(plain)).toContain('subjE=-');
    expect(src(marked)).toContain('ce=person');
    expect(src(plain)).toContain('ce=-');
  });
});

describe('actorNames', () => {
  it('gives each name that heads its phrase with its actor’s type, not a name that qualifies', async () => {
    const { actorNames } = await import('../actors');
    const names = actorNames({
      actors: [
        { id: 'a', name: 'Vladimir Putin', type: 'person', aliases: [], roles: [], mentions: 2 },
        { id: 'b', name: 'Kremlin', type: 'government', aliases: [], roles: [], mentions: 1 },
      ],
      mentions: [
        { actorId: 'a', start: 0, end: 5, text: 'Putin', sentence: 0 },
        { actorId: 'b', start: 10, end: 17, text: 'Kremlin', sentence: 0, modifier: true },
        { actorId: 'a', start: 30, end: 35, text: 'Putin', sentence: 1, modifier: true },
      ],
    });
    expect(names).toEqual([{ start: 0, end: 5, type: 'person' }]);
  });
});
