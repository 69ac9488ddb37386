import { describe, expect, it } from 'vitest';
import { handTokens as tokens } from './fixture';
import { namesSplitInTwo } from './split-names';

describe('namesSplitInTwo', () => {
  it('joins the second half of a name read as a second subject to the first', () => {
    const ts = tokens([
      ['President', 'NNP|PROPN', 2, 'nmod'],
      ['Barack', 'NNP|PROPN', 4, 'nsubj'],
      ['Obama', 'NNP|PROPN', 4, 'nsubj'],
      ['said', 'VBD|VERB', 0, 'root'],
      ['so', 'RB|ADV', 4, 'advmod'],
    ]);
    namesSplitInTwo(ts);
    expect(ts[1]).toMatchObject({ head: 2, deprel: 'compound' });
    expect(ts[2]).toMatchObject({ head: 3, deprel: 'nsubj' });
    // A passive's subject too.
    const passive = tokens([
      ['Analyst', 'NNP|PROPN', 5, 'nsubj:pass'],
      ['Ben', 'NNP|PROPN', 5, 'nsubj:pass'],
      ['Ackley', 'NNP|PROPN', 2, 'flat'],
      ['is', 'VBZ|AUX', 5, 'aux:pass'],
      ['convinced', 'VBN|VERB', 0, 'root'],
    ]);
    namesSplitInTwo(passive);
    expect(passive[0]).toMatchObject({ head: 1, deprel: 'compound' });
  });

  it('leaves a noun before a name, and two names with words between them', () => {
    const noun = tokens([
      ['loopholes', 'NNS|NOUN', 4, 'nsubj'],
      ['Donald', 'NNP|PROPN', 4, 'nsubj'],
      ['Trump', 'NNP|PROPN', 2, 'flat'],
      ['used', 'VBD|VERB', 0, 'root'],
    ]);
    namesSplitInTwo(noun);
    expect(noun[1]).toMatchObject({ head: 3, deprel: 'nsubj' });
    const apart = tokens([
      ['Clinton', 'NNP|PROPN', 4, 'nsubj'],
      ['and', 'CC|CCONJ', 3, 'cc'],
      ['Sanders', 'NNP|PROPN', 4, 'nsubj'],
      ['spoke', 'VBD|VERB', 0, 'root'],
    ]);
    namesSplitInTwo(apart);
    expect(apart[2]).toMatchObject({ head: 3, deprel: 'nsubj' });
  });
});
