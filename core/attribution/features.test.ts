import { describe, expect, it } from 'vitest';
import { FeatureNames } from '../learn';
import { handTree, type Row } from './fixture';
import { contentFeatures, predicateFeatures } from './features';

const pred = (rows: Row[], i: number) => {
  const f = new FeatureNames();
  predicateFeatures(f, handTree(rows).tree, i);
  return f.list;
};

describe('what a predicate’s common-noun subject is', () => {
  it('tells the predicate model a document or poll, a described person and a body apart', () => {
    // The poll found gains. / Officials found gains. / The committee found gains.
    const rows = (subject: string): Row[] => [
      ['The', 'DET', 'DT', 2, 'det'],
      [subject, 'NOUN', subject.endsWith('s') ? 'NNS' : 'NN', 3, 'nsubj'],
      ['found', 'VERB', 'VBD', 0, 'root'],
      ['gains', 'NOUN', 'NNS', 3, 'obj'],
      ['.', 'PUNCT', '.', 3, 'punct'],
    ];
    expect(pred(rows('poll'), 2)).toContain('subjC=thing');
    expect(pred(rows('records'), 2)).toContain('s|subjC=found|thing');
    expect(pred(rows('officials'), 2)).toContain('subjC=person');
    expect(pred(rows('committee'), 2)).toContain('subjC=body');
    expect(pred(rows('dog'), 2).some((f) => f.startsWith('subjC'))).toBe(false);
  });
});

describe('a phrase as a content piece', () => {
  it('tells the content model its noun with its preposition ("in a statement", "on trade")', () => {
    // Smith spoke in a statement.
    const rows: Row[] = [
      ['Smith', 'PROPN', 'NNP', 2, 'nsubj'],
      ['spoke', 'VERB', 'VBD', 0, 'root'],
      ['in', 'ADP', 'IN', 5, 'case'],
      ['a', 'DET', 'DT', 5, 'det'],
      ['statement', 'NOUN', 'NN', 2, 'obl'],
      ['.', 'PUNCT', '.', 2, 'punct'],
    ];
    const f = new FeatureNames();
    contentFeatures(f, handTree(rows).tree, 1, 4, 'child');
    expect(f.list).toContain('mark|w=in|statement');
  });
});
