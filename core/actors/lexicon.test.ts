import { describe, expect, it } from 'vitest';
import { ORG_KEYWORDS } from './lexicon';

describe('organisation keywords', () => {
  it('are the lexicon’s words only, not an object’s built-in names', () => {
    expect(ORG_KEYWORDS['Ministry']).toBeDefined();
    for (const w of ['constructor', 'toString', 'hasOwnProperty', '__proto__'])
      expect(ORG_KEYWORDS[w]).toBeUndefined();
  });
});
