import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readGumUd } from './gum-ud';
import { PARSER_OUT, serialise, TAGGER_OUT, trainSyntax } from './syntax';

// Training reads GUM in place from ../shared beside the repo; without it these skip, and say so.
const first5 = readGumUd('train', 5);
const missing = typeof first5 === 'string';
if (missing) console.log(`syntax training tests ${first5}`);

describe('syntax training', () => {
  it.skipIf(missing)('is deterministic: the same documents twice give the same bytes', () => {
    if (typeof first5 === 'string') return;
    const a = serialise(trainSyntax(first5));
    const b = serialise(trainSyntax(first5));
    expect(b.tagger).toBe(a.tagger);
    expect(b.parser).toBe(a.parser);
  });

  // About 20 s alone on a 2-core machine (longer beside other tests).
  it.skipIf(missing)(
    'retrains the shipped models byte for byte from GUM train',
    () => {
      const train = readGumUd('train');
      if (typeof train === 'string') return;
      const out = serialise(trainSyntax(train));
      expect(out.tagger === readFileSync(TAGGER_OUT, 'utf8')).toBe(true);
      expect(out.parser === readFileSync(PARSER_OUT, 'utf8')).toBe(true);
    },
    300_000,
  );
});
