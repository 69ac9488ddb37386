import { describe, expect, it } from 'vitest';
import type { SynToken } from './analyze';
import { handTokens as tokens, type Row } from './fixture';
import { missingSubjects } from './subjects';

const shape = (ts: SynToken[]) => ts.map((t) => `${t.text}>${t.head + 1}:${t.deprel}`);

describe('missingSubjects', () => {
  it('gives a verb after "and" the name the parser made a conjunct of the noun before', () => {
    const ts = tokens([
      ['Republicans', 'NNS|NOUN', 2, 'nsubj'],
      ['said', 'VBD|VERB', 0, 'root'],
      ['officials', 'NNS|NOUN', 4, 'nsubj'],
      ['erred', 'VBD|VERB', 2, 'ccomp'],
      ['and', 'CC|CCONJ', 6, 'cc'],
      ['Democrats', 'NNPS|PROPN', 3, 'conj'],
      ['accused', 'VBD|VERB', 4, 'acl'],
      ['them', 'PRP|PRON', 7, 'obj'],
    ]);
    missingSubjects(ts);
    expect(ts[5]).toMatchObject({ head: 6, deprel: 'nsubj' });
    expect(ts[4]).toMatchObject({ head: 6, deprel: 'cc' });
    expect(ts[6]).toMatchObject({ head: 3, deprel: 'conj' });
  });

  it("makes an object before a verb with no subject that verb's subject, and the verb the complement", () => {
    const ts = tokens([
      ['Rendell', 'NNP|PROPN', 2, 'nsubj'],
      ['suggested', 'VBD|VERB', 0, 'root'],
      ['the', 'DT|DET', 4, 'det'],
      ['debate', 'NN|NOUN', 2, 'obj'],
      ['erased', 'VBD|VERB', 2, 'parataxis'],
      ['memories', 'NNS|NOUN', 5, 'obj'],
    ]);
    missingSubjects(ts);
    expect(ts[3]).toMatchObject({ head: 4, deprel: 'nsubj' });
    expect(ts[4]).toMatchObject({ head: 1, deprel: 'ccomp' });
  });

  it('takes the head of an "of" phrase and of a name', () => {
    const ts = tokens([
      ['In', 'IN|ADP', 2, 'case'],
      ['Ohio', 'NNP|PROPN', 7, 'obl'],
      ['eight', 'CD|NUM', 7, 'obl'],
      ['of', 'IN|ADP', 6, 'case'],
      ['10', 'CD|NUM', 6, 'nummod'],
      ['voters', 'NNS|NOUN', 3, 'nmod'],
      ['said', 'VBD|VERB', 0, 'root'],
      ['no', 'UH|INTJ', 7, 'obj'],
    ]);
    missingSubjects(ts);
    expect(ts[2]).toMatchObject({ head: 6, deprel: 'nsubj' });
    expect(ts[1]).toMatchObject({ head: 6, deprel: 'obl' });
  });

  it("looks past the verb's adverbs", () => {
    const ts = tokens([
      ['Patriot', 'NNP|PROPN', 2, 'nsubj'],
      ['agreed', 'VBD|VERB', 0, 'root'],
      ['to', 'TO|PART', 4, 'mark'],
      ['lend', 'VB|VERB', 2, 'xcomp'],
      ['money', 'NN|NOUN', 4, 'obj'],
      [',', ',|PUNCT', 9, 'punct'],
      ['and', 'CC|CCONJ', 9, 'cc'],
      ['the', 'DT|DET', 9, 'det'],
      ['union', 'NN|NOUN', 4, 'conj'],
      ['also', 'RB|ADV', 11, 'advmod'],
      ['stepped', 'VBD|VERB', 2, 'parataxis'],
      ['in', 'RP|ADP', 11, 'compound:prt'],
    ]);
    missingSubjects(ts);
    expect(ts[8]).toMatchObject({ head: 10, deprel: 'nsubj' });
    expect(ts[6]).toMatchObject({ head: 10, deprel: 'cc' });
  });

  it('takes an auxiliary for the tense a verb form lacks', () => {
    const ts = tokens([
      ['They', 'PRP|PRON', 2, 'nsubj'],
      ['heard', 'VBD|VERB', 0, 'root'],
      ['Trump', 'NNP|PROPN', 2, 'obj'],
      ['has', 'VBZ|AUX', 5, 'aux'],
      ['vowed', 'VBN|VERB', 2, 'parataxis'],
      ['to', 'TO|PART', 7, 'mark'],
      ['win', 'VB|VERB', 5, 'xcomp'],
    ]);
    missingSubjects(ts);
    expect(ts[2]).toMatchObject({ head: 4, deprel: 'nsubj' });
    expect(ts[4]).toMatchObject({ head: 1, deprel: 'ccomp' });
  });

  it('leaves a conjunct before an auxiliary, which may be half of a joint subject', () => {
    const rows: Row[] = [
      ['He', 'PRP|PRON', 2, 'nsubj'],
      ['says', 'VBZ|VERB', 0, 'root'],
      ['Obama', 'NNP|PROPN', 2, 'obj'],
      ['and', 'CC|CCONJ', 5, 'cc'],
      ['leaders', 'NNS|NOUN', 3, 'conj'],
      ['should', 'MD|AUX', 7, 'aux'],
      ['act', 'VB|VERB', 2, 'advcl'],
    ];
    const ts = tokens(rows);
    const before = shape(ts);
    missingSubjects(ts);
    expect(shape(ts)).toEqual(before);
  });

  it.each<[string, Row[]]>([
    [
      // A present-tense "verb" after a common noun is as often a noun the tagger misread.
      'a mistagged noun after a common noun',
      [
        ['They', 'PRP|PRON', 2, 'nsubj'],
        ['enact', 'VBP|VERB', 0, 'root'],
        ['emissions', 'NNS|NOUN', 2, 'obj'],
        ['cuts', 'VBZ|VERB', 2, 'parataxis'],
        ['now', 'RB|ADV', 4, 'advmod'],
      ],
    ],
    [
      "a preposition's object",
      [
        ['He', 'PRP|PRON', 2, 'nsubj'],
        ['spoke', 'VBD|VERB', 0, 'root'],
        ['with', 'IN|ADP', 4, 'case'],
        ['Trump', 'NNP|PROPN', 2, 'obl'],
        ['visited', 'VBD|VERB', 2, 'parataxis'],
      ],
    ],
    [
      'a verb that has a subject',
      [
        ['Trump', 'NNP|PROPN', 2, 'nsubj'],
        ['said', 'VBD|VERB', 0, 'root'],
        ['it', 'PRP|PRON', 4, 'nsubj'],
        ['ended', 'VBD|VERB', 2, 'ccomp'],
      ],
    ],
    [
      // Making the noun the verb's subject would hang the noun from its own dependent.
      "a verb inside the noun's own phrase",
      [
        ['He', 'PRP|PRON', 2, 'nsubj'],
        ['liked', 'VBD|VERB', 0, 'root'],
        ['the', 'DT|DET', 4, 'det'],
        ['story', 'NN|NOUN', 2, 'obj'],
        ['Kennedy', 'NNP|PROPN', 4, 'appos'],
        ['told', 'VBD|VERB', 5, 'acl'],
      ],
    ],
  ])('leaves %s alone', (_, rows) => {
    const ts = tokens(rows);
    const before = shape(ts);
    missingSubjects(ts);
    expect(shape(ts)).toEqual(before);
  });

  it('never throws on short or malformed trees', () => {
    const rows: Row[] = [
      ['Trump', 'NNP|PROPN', 2, 'obj'],
      ['said', 'VBD|VERB', 1, 'acl'],
      ['it', 'PRP|PRON', 9, 'obj'],
      ['ended', 'VBD|VERB', 3, 'ccomp'],
    ];
    expect(() => missingSubjects(tokens(rows))).not.toThrow();
    expect(() => missingSubjects([])).not.toThrow();
  });
});
