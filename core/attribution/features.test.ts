import { describe, expect, it } from 'vitest';
import { FeatureNames } from '../learn';
import { handTree, type Row } from './fixture';
import { contentFeatures, predicateFeatures, sourceFeatures } from './features';

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

describe('what stands before a source candidate', () => {
  it('tells the source model a verb whose object the parse made a subject, and a "that"', () => {
    // Obama helped Clinton succeed him, saying so. (The parse makes "Clinton" the subject of
    // "succeed", which "saying" hangs from.)
    const rows: Row[] = [
      ['Obama', 'PROPN', 'NNP', 2, 'nsubj'],
      ['helped', 'VERB', 'VBD', 0, 'root'],
      ['Clinton', 'PROPN', 'NNP', 4, 'nsubj'],
      ['succeed', 'VERB', 'VB', 2, 'xcomp'],
      ['him', 'PRON', 'PRP', 4, 'obj'],
      [',', 'PUNCT', ',', 7, 'punct'],
      ['saying', 'VERB', 'VBG', 4, 'advcl'],
      ['so', 'ADV', 'RB', 7, 'advmod'],
    ];
    const of = (cand: number, how: string) => {
      const f = new FeatureNames();
      sourceFeatures(f, handTree(rows).tree, 6, cand, how);
      return f.list;
    };
    expect(of(2, 'up1:advcl')).toContain('how|before=up1:advcl|VERB');
    expect(of(0, 'up2:xcomp')).toContain('how|before=up2:xcomp|BOS');
  });
});
