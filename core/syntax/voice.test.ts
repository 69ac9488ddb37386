import { describe, expect, it } from 'vitest';
import { handTokens as tokens } from './fixture';
import { perfectSubjects, perfectsReadAsModifiers } from './voice';

describe('perfectSubjects', () => {
  it('makes the "passive" subject of a perfect active', () => {
    const ts = tokens([
      ['Clinton', 'NNP|PROPN', 3, 'nsubj:pass'],
      ['has', 'VBZ|AUX', 3, 'aux'],
      ['encouraged', 'VBN|VERB', 0, 'root'],
      ['allies', 'NNS|NOUN', 3, 'obj'],
    ]);
    perfectSubjects(ts);
    expect(ts[0]!.deprel).toBe('nsubj');
  });

  it('leaves a passive with "been" or a passive auxiliary, and one with no auxiliary', () => {
    const been = tokens([
      ['Clinton', 'NNP|PROPN', 4, 'nsubj:pass'],
      ['has', 'VBZ|AUX', 4, 'aux'],
      ['been', 'VBN|AUX', 4, 'aux'],
      ['encouraged', 'VBN|VERB', 0, 'root'],
    ]);
    perfectSubjects(been);
    expect(been[0]!.deprel).toBe('nsubj:pass');
    const bare = tokens([
      ['Photo', 'NN|NOUN', 2, 'nsubj:pass'],
      ['taken', 'VBN|VERB', 0, 'root'],
      ['yesterday', 'NN|NOUN', 2, 'obl:tmod'],
    ]);
    perfectSubjects(bare);
    expect(bare[0]!.deprel).toBe('nsubj:pass');
  });
});

describe('perfectsReadAsModifiers', () => {
  // As the parser read it: "have" the verb, "expressed" a modifier of its object.
  const misread = () =>
    tokens([
      ['Republicans', 'NNS|NOUN', 2, 'nsubj'],
      ['have', 'VBP|VERB', 0, 'root'],
      ['expressed', 'VBN|VERB', 4, 'amod'],
      ['concern', 'NN|NOUN', 2, 'obj'],
      ['that', 'IN|SCONJ', 7, 'mark'],
      ['fraud', 'NN|NOUN', 7, 'nsubj'],
      ['rose', 'VBD|VERB', 2, 'ccomp'],
      ['.', '.|PUNCT', 2, 'punct'],
    ]);

  it('makes the participle after "have" the verb and "have" its auxiliary', () => {
    const ts = misread();
    perfectsReadAsModifiers(ts);
    expect(ts[2]).toMatchObject({ head: -1, deprel: 'root', upos: 'VERB' });
    expect(ts[1]).toMatchObject({ head: 2, deprel: 'aux', upos: 'AUX' });
    for (const i of [0, 3, 6, 7]) expect(ts[i]!.head).toBe(2);
    expect(ts[0]!.deprel).toBe('nsubj');
    expect(ts[3]!.deprel).toBe('obj');
  });

  it('leaves a modifier of a noun that is not "have"\'s object, and "have" as an auxiliary', () => {
    const subject = tokens([
      ['They', 'PRP|PRON', 2, 'nsubj'],
      ['have', 'VBP|VERB', 0, 'root'],
      ['reports', 'NNS|NOUN', 2, 'obj'],
      ['of', 'IN|ADP', 6, 'case'],
      ['wounded', 'VBN|VERB', 6, 'amod'],
      ['soldiers', 'NNS|NOUN', 3, 'nmod'],
    ]);
    const before = structuredClone(subject);
    perfectsReadAsModifiers(subject);
    expect(subject).toEqual(before);
    const aux = tokens([
      ['They', 'PRP|PRON', 4, 'nsubj'],
      ['have', 'VBP|AUX', 4, 'aux'],
      ['broken', 'VBN|VERB', 4, 'amod'],
      ['bones', 'NNS|NOUN', 0, 'root'],
    ]);
    const auxBefore = structuredClone(aux);
    perfectsReadAsModifiers(aux);
    expect(aux).toEqual(auxBefore);
  });
});
