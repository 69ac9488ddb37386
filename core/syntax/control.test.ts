import { describe, expect, it } from 'vitest';
import { controlVerbs } from './control';
import { spansOf } from './fixture';

const TAGS = ['NNP|PROPN', 'NNS|NOUN', 'VBZ|VERB', 'TO|PART', 'VB|VERB', 'NN|NOUN', 'POS|PART', 'DT|DET'];

/** The tags after the repair of a sentence given as words and their tagger's tags. */
function retag(words: string[], tags: string[]): string[] {
  const { text, spans } = spansOf(words);
  const ids = Int32Array.from(tags, (t) => TAGS.indexOf(t));
  controlVerbs(text, spans, ids, TAGS);
  return Array.from(ids, (i) => TAGS[i]!);
}

describe('controlVerbs', () => {
  it('makes a "plural noun" before "to" and a verb the verb', () => {
    const seeks = retag(['Cruz', 'seeks', 'to', 'win'], ['NNP|PROPN', 'NNS|NOUN', 'TO|PART', 'VB|VERB']);
    expect(seeks[1]).toBe('VBZ|VERB');
    const plans = retag(
      ['Center', 'plans', 'to', 'release'],
      ['NNP|PROPN', 'NNS|NOUN', 'TO|PART', 'VB|VERB'],
    );
    expect(plans[1]).toBe('VBZ|VERB');
  });

  it('leaves a noun: after a possessive, and "plans" after a common noun', () => {
    const hopes = retag(
      ['Clinton', "'s", 'hopes', 'to', 'win'],
      ['NNP|PROPN', 'POS|PART', 'NNS|NOUN', 'TO|PART', 'VB|VERB'],
    );
    expect(hopes[2]).toBe('NNS|NOUN');
    const tax = retag(['tax', 'plans', 'to', 'cut'], ['NN|NOUN', 'NNS|NOUN', 'TO|PART', 'VB|VERB']);
    expect(tax[1]).toBe('NNS|NOUN');
  });
});
