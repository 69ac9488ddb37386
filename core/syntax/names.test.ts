import { describe, expect, it } from 'vitest';
import { namesBeforeVerbs } from './names';

const TAGS = ['VB|VERB', 'VBD|VERB', 'VBZ|AUX', 'NNP|PROPN', 'DT|DET', 'NN|NOUN'];
const id = (t: string) => TAGS.indexOf(t);

/** The tags after the repair of a sentence given as words and their tagger's tags. */
function retag(words: string[], tags: string[]): string[] {
  const text = words.join(' ');
  let at = 0;
  const spans = words.map((w) => {
    const s = { start: at };
    at += w.length + 1;
    return s;
  });
  const ids = Int32Array.from(tags, id);
  namesBeforeVerbs(text, spans, ids, TAGS);
  return Array.from(ids, (i) => TAGS[i]!);
}

describe('namesBeforeVerbs', () => {
  it('makes a capitalised "verb" right before a tensed verb a name', () => {
    expect(retag(['Mook', 'told', 'CBS'], ['VB|VERB', 'VBD|VERB', 'NNP|PROPN'])[0]).toBe('NNP|PROPN');
    expect(retag(['Trump', 'is', 'here'], ['VB|VERB', 'VBZ|AUX', 'NN|NOUN'])[0]).toBe('NNP|PROPN');
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
