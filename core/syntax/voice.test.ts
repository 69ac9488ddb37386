import { describe, expect, it } from 'vitest';
import { handTokens as tokens } from './fixture';
import { perfectSubjects } from './voice';

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
