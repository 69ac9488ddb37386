import { describe, expect, it } from 'vitest';
import type { SynToken } from './analyze';
import { frontedSubjects } from './fronted';

/** Tokens from [word, upos, head, deprel] rows (offsets do not matter here). */
const toks = (rows: [string, string, number, string][]): SynToken[] =>
  rows.map(([text, upos, head, deprel]) => ({
    start: 0,
    end: 0,
    text,
    lower: text.toLowerCase(),
    upos,
    xpos: '',
    head,
    deprel,
  }));

describe('frontedSubjects', () => {
  it('makes the first of two subjects set off by a comma a fronted phrase', () => {
    // "The day before, Mr. Trump was blunt."
    const t = toks([
      ['The', 'DET', 1, 'det'],
      ['day', 'NOUN', 7, 'nsubj'],
      ['before', 'ADV', 1, 'advmod'],
      [',', 'PUNCT', 7, 'punct'],
      ['Mr.', 'PROPN', 5, 'nmod'],
      ['Trump', 'PROPN', 7, 'nsubj'],
      ['was', 'AUX', 7, 'cop'],
      ['blunt', 'ADJ', -1, 'root'],
    ]);
    frontedSubjects(t);
    expect(t[1]!.deprel).toBe('obl:tmod');
    expect(t[5]!.deprel).toBe('nsubj');
  });

  it('leaves a name, and two subjects no comma parts', () => {
    const named = toks([
      ['Brunner', 'PROPN', 5, 'nsubj'],
      [',', 'PUNCT', 2, 'punct'],
      ['spokeswoman', 'NOUN', 0, 'appos'],
      [',', 'PUNCT', 0, 'punct'],
      ['many', 'ADJ', 5, 'nsubj'],
      ['failed', 'VERB', -1, 'root'],
    ]);
    frontedSubjects(named);
    expect(named[0]!.deprel).toBe('nsubj');
    const plain = toks([
      ['day', 'NOUN', 3, 'nsubj'],
      ['and', 'CCONJ', 2, 'cc'],
      ['night', 'NOUN', 3, 'nsubj'],
      ['passed', 'VERB', -1, 'root'],
    ]);
    frontedSubjects(plain);
    expect(plain[0]!.deprel).toBe('nsubj');
  });
});
