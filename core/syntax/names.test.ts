import { describe, expect, it } from 'vitest';
import { spansOf } from './fixture';
import { namedOpeners, namesBeforeVerbs } from './names';

const TAGS = [
  'VB|VERB',
  'VBD|VERB',
  'VBZ|AUX',
  'NNP|PROPN',
  'DT|DET',
  'NN|NOUN',
  'RB|ADV',
  'VBN|VERB',
  'MD|AUX',
];
const id = (t: string) => TAGS.indexOf(t);

/** The tags after the repair of a sentence given as words and their tagger's tags. */
function retag(words: string[], tags: string[]): string[] {
  const { text, spans } = spansOf(words);
  const ids = Int32Array.from(tags, id);
  namesBeforeVerbs(text, spans, ids, TAGS);
  return Array.from(ids, (i) => TAGS[i]!);
}

describe('namesBeforeVerbs', () => {
  it('makes a capitalised "verb" right before a tensed verb a name', () => {
    expect(retag(['Mook', 'told', 'CBS'], ['VB|VERB', 'VBD|VERB', 'NNP|PROPN'])[0]).toBe('NNP|PROPN');
    expect(retag(['Trump', 'is', 'here'], ['VB|VERB', 'VBZ|AUX', 'NN|NOUN'])[0]).toBe('NNP|PROPN');
  });

  it('reads past adverbs, after which a past participle counts too', () => {
    const tags = retag(['Politifact', 'then', 'pointed', 'out'], ['VB|VERB', 'RB|ADV', 'VBN|VERB', 'RB|ADV']);
    expect(tags[0]).toBe('NNP|PROPN');
    expect(retag(['Trump', 'never', 'cited', 'it'], ['VB|VERB', 'RB|ADV', 'VBD|VERB', 'NN|NOUN'])[0]).toBe(
      'NNP|PROPN',
    );
    // Straight after the word, a participle may be an imperative's ("Get started").
    expect(retag(['Get', 'started', 'now'], ['VB|VERB', 'VBN|VERB', 'RB|ADV'])[0]).toBe('VB|VERB');
  });

  it('leaves a base form after a modal', () => {
    const words = ['Should', 'Be', 'Criminally', 'Investigated'];
    expect(retag(words, ['MD|AUX', 'VB|VERB', 'RB|ADV', 'VBN|VERB'])[1]).toBe('VB|VERB');
  });

  it('leaves an imperative, and a verb in lower case', () => {
    expect(retag(['Read', 'the', 'book'], ['VB|VERB', 'DT|DET', 'NN|NOUN'])[0]).toBe('VB|VERB');
    expect(retag(['to', 'trump', 'said'], ['DT|DET', 'VB|VERB', 'VBD|VERB'])[1]).toBe('VB|VERB');
  });

  it('does nothing with a tag set that lacks the tags it needs', () => {
    const ids = Int32Array.from([0, 1]);
    namesBeforeVerbs('Mook told', [{ start: 0 }, { start: 5 }], ids, ['X', 'Y']);
    expect(Array.from(ids)).toEqual([0, 1]);
  });
});

describe('namedOpeners', () => {
  const QUOTE = [...TAGS, '``|PUNCT'];
  /** The tags after the repair, `names` the words (by index) the actors stage found as names. */
  function opened(
    words: string[],
    tags: string[],
    names: number[],
    longer: [number, number][] = [],
  ): string[] {
    const { spans } = spansOf(words);
    const ids = Int32Array.from(tags, (t) => QUOTE.indexOf(t));
    const spansOfNames = [...names.map((i): [number, number] => [i, i]), ...longer]
      .map(([a, b]) => ({ start: spans[a]!.start, end: spans[b]!.end }))
      .sort((x, y) => x.start - y.start);
    namedOpeners(spans, ids, QUOTE, spansOfNames);
    return Array.from(ids, (i) => QUOTE[i]!);
  }

  it('makes a sentence-opening name the actors stage found a proper noun', () => {
    expect(opened(['Schiff', 'called', 'on'], ['VB|VERB', 'VBN|VERB', 'RB|ADV'], [0])[0]).toBe('NNP|PROPN');
    expect(opened(['“', 'Trump', 'charges'], ['``|PUNCT', 'NN|NOUN', 'VBZ|AUX'], [1])[1]).toBe('NNP|PROPN');
  });

  it('leaves a word no name holds, and a name later in the sentence, as tagged', () => {
    expect(opened(['Get', 'started', 'now'], ['VB|VERB', 'VBN|VERB', 'RB|ADV'], [])[0]).toBe('VB|VERB');
    expect(opened(['Get', 'Trump', 'out'], ['VB|VERB', 'NN|NOUN', 'RB|ADV'], [1])).toEqual([
      'VB|VERB',
      'NN|NOUN',
      'RB|ADV',
    ]);
  });

  it('makes the first word of a longer name a proper noun where it was read as another word', () => {
    const tags = ['VBN|VERB', 'NNP|PROPN', 'VBZ|AUX'];
    expect(opened(['Ted', 'Cruz', 'is'], tags, [], [[0, 1]])[0]).toBe('NNP|PROPN');
    expect(opened(['Ted', 'Cruz', 'is'], tags, [], [])[0]).toBe('VBN|VERB');
    // A determiner or a title the name opens on keeps its tag.
    expect(opened(['The', 'Senate', 'is'], ['DT|DET', 'NNP|PROPN', 'VBZ|AUX'], [], [[0, 1]])[0]).toBe(
      'DT|DET',
    );
  });
});
