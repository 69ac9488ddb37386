import { describe, expect, it } from 'vitest';
import { contentPieces } from './candidates';
import { handTree } from './fixture';

// Which content pieces a predicate gets where the words around it are no one's report: a wire
// dateline, and a clause the parse joins after a free relative (real news pages), apart from
// candidates.test.ts.

describe('content candidates', () => {
  it('never offers a wire dateline, whether the verb or the clause it hangs off holds it', () => {
    // WASHINGTON — Taxes rose, officials said. (core/syntax parses the dateline apart, as `dep`.)
    const own = handTree([
      ['WASHINGTON', 'PROPN', 'NNP', 7, 'dep'],
      ['—', 'PUNCT', ':', 1, 'punct'],
      ['Taxes', 'NOUN', 'NNS', 4, 'nsubj'],
      ['rose', 'VERB', 'VBD', 7, 'ccomp'],
      [',', 'PUNCT', ',', 7, 'punct'],
      ['officials', 'NOUN', 'NNS', 7, 'nsubj'],
      ['said', 'VERB', 'VBD', 0, 'root'],
    ]);
    expect(contentPieces(own.tree, 6, [6, 6]).map((p) => p.token)).toEqual([3]);
    // …and as a misread one: the verb hangs off the clause, which is the root.
    const head = handTree([
      ['WASHINGTON', 'PROPN', 'NNP', 4, 'dep'],
      ['—', 'PUNCT', ':', 1, 'punct'],
      ['Taxes', 'NOUN', 'NNS', 4, 'nsubj'],
      ['rose', 'VERB', 'VBD', 0, 'root'],
      [',', 'PUNCT', ',', 4, 'punct'],
      ['officials', 'NOUN', 'NNS', 7, 'nsubj'],
      ['said', 'VERB', 'VBD', 4, 'parataxis'],
    ]);
    expect(contentPieces(head.tree, 6, [6, 6]).filter((p) => p.kind === 'head')).toEqual([
      { token: 3, kind: 'head', from: 2, to: 4 },
    ]);
  });

  it('offers nothing for a verb inside "what X said", not even a clause joined after it', () => {
    // That's smaller than what McKinley said, but his number is close. (A fact-check's own words,
    // which the parse joins to "said".)
    const { tree } = handTree([
      ['That', 'PRON', 'DT', 3, 'nsubj'],
      ['is', 'AUX', 'VBZ', 3, 'cop'],
      ['smaller', 'ADJ', 'JJR', 0, 'root'],
      ['than', 'ADP', 'IN', 5, 'case'],
      ['what', 'PRON', 'WP', 3, 'obl'],
      ['McKinley', 'PROPN', 'NNP', 7, 'nsubj'],
      ['said', 'VERB', 'VBD', 5, 'acl:relcl'],
      [',', 'PUNCT', ',', 13, 'punct'],
      ['but', 'CCONJ', 'CC', 13, 'cc'],
      ['his', 'PRON', 'PRP$', 11, 'nmod:poss'],
      ['number', 'NOUN', 'NN', 13, 'nsubj'],
      ['is', 'AUX', 'VBZ', 13, 'cop'],
      ['close', 'ADJ', 'JJ', 7, 'conj'],
    ]);
    expect(contentPieces(tree, 6, [6, 6])).toEqual([]);
  });
});
