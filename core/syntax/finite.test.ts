import { describe, expect, it } from 'vitest';
import { pastForParticiple, pastNeverNoun, presentForPlural } from './finite';

const TAGS = [
  'NNP|PROPN',
  'VBN|VERB',
  'VBD|VERB',
  'NNS|NOUN',
  ',|PUNCT',
  'JJ|ADJ',
  'DT|DET',
  'VB|VERB',
  'RB|ADV',
  '.|PUNCT',
];

/** The tags after the repair of a sentence given as its tagger's tags. */
function retag(tags: string[]): string[] {
  const ids = Int32Array.from(tags, (t) => TAGS.indexOf(t));
  pastForParticiple(ids, TAGS);
  return Array.from(ids, (i) => TAGS[i]!);
}

/**
 * The Penn tags after a repair that reads the words, of words given as "word/TAG" (one universal
 * tag each, the first of `tags` that has the Penn tag).
 */
function retagWords(
  sentence: string,
  tags: string[],
  repair: (text: string, spans: { start: number; end: number }[], ids: Int32Array, tags: string[]) => void,
): string[] {
  const items = sentence.split(' ').map((x) => x.split('/') as [string, string]);
  let text = '';
  const spans = items.map(([w]) => {
    const start = text.length;
    text += w + ' ';
    return { start, end: start + w.length };
  });
  const ids = Int32Array.from(items, ([, t]) => tags.findIndex((x) => x.startsWith(`${t}|`)));
  repair(text, spans, ids, tags);
  return Array.from(ids, (i) => tags[i]!.split('|')[0]!);
}

describe('pastForParticiple', () => {
  it('makes the participle after a subject the verb a sentence without one lacks', () => {
    // Protesters chanted slogans .
    expect(retag(['NNS|NOUN', 'VBN|VERB', 'NNS|NOUN', '.|PUNCT'])[1]).toBe('VBD|VERB');
    // Axelrod , an adviser , called Dean .
    const appositive = ['NNP|PROPN', ',|PUNCT', 'DT|DET', 'NNS|NOUN', ',|PUNCT', 'VBN|VERB', 'NNP|PROPN'];
    expect(retag(appositive)[5]).toBe('VBD|VERB');
  });

  it('leaves a sentence with a tensed verb, an imperative, and participles in a list or after a determiner', () => {
    // Protesters chanted slogans (with a tensed verb already) .
    expect(retag(['NNS|NOUN', 'VBN|VERB', 'VBD|VERB', '.|PUNCT'])[1]).toBe('VBN|VERB');
    // Get started now .
    expect(retag(['VB|VERB', 'VBN|VERB', 'RB|ADV', '.|PUNCT'])[1]).toBe('VBN|VERB');
    // Wealthy , privileged , white .
    expect(retag(['JJ|ADJ', ',|PUNCT', 'VBN|VERB', ',|PUNCT', 'JJ|ADJ'])[2]).toBe('VBN|VERB');
    // He , like others interviewed , spoke … (the tensed verb read as a base form).
    const misread = ['NNP|PROPN', ',|PUNCT', 'NNS|NOUN', 'VBN|VERB', ',|PUNCT', 'VB|VERB', '.|PUNCT'];
    expect(retag(misread)[3]).toBe('VBN|VERB');
    // The elected officials .
    expect(retag(['DT|DET', 'VBN|VERB', 'NNS|NOUN', '.|PUNCT'])[1]).toBe('VBN|VERB');
  });
});

describe('presentForPlural', () => {
  const TAGS2 = [...TAGS, 'VBZ|VERB', 'IN|ADP', 'IN|SCONJ', 'NN|NOUN', 'VBP|VERB', 'JJS|ADJ', 'VBG|VERB'];
  const retag2 = (sentence: string) => retagWords(sentence, TAGS2, presentForPlural);

  it('makes a plural noun after a name the verb a sentence without one lacks', () => {
    expect(retag2('Trump/NNP calls/NNS for/IN bringing/VBG back/RB surveillance/NN')[1]).toBe('VBZ');
    // A capitalised first word the tagger misread belongs to the name; a role may stand before it.
    expect(retag2('Hillary/JJ Clinton/NNP calls/NNS ISIS/NNP violence/NN genocide/NN')[2]).toBe('VBZ');
    expect(retag2('Conservative/JJ icon/NN Morton/NNP Blackwell/NNP endorses/NNS Ted/NNP Cruz/NNP')[4]).toBe(
      'VBZ',
    );
  });

  it('after a common noun, only where its phrase opens a sentence without a verb', () => {
    expect(retag2('The/DT rare/JJ accord/NN calls/NNS on/IN all/DT nations/NNS')[3]).toBe('VBZ');
    expect(retag2('He/NNP met/VBD the/DT campaign/NN officials/NNS in/IN Ohio/NNP')[4]).toBe('NNS');
    expect(retag2('On/IN Monday/NNP ,/, campaign/NN officials/NNS in/IN Ohio/NNP')[4]).toBe('NNS');
  });

  it('makes a reporting verb before "that" or a quotation the verb, whatever comes later', () => {
    expect(retag2('The/DT Journal/NNP notes/NNS that/IN Coulter/NNP tweeted/VBD')[2]).toBe('VBZ');
  });

  it('leaves a compound after a determiner or an adjective, and one before its verb', () => {
    expect(retag2('The/DT Clinton/NNP emails/NNS :/, what/DT we/NNP know/NN')[2]).toBe('NNS');
    expect(retag2('anti-engagement/JJ Cuba/NNP policies/NNS of/IN Rubio/NNP')[2]).toBe('NNS');
    expect(retag2('Clinton/NNP aides/NNS said/VBD that/IN Trump/NNP lied/VBD')[1]).toBe('NNS');
    // Not a reporting verb of the lexicon, and the sentence has a verb.
    expect(
      retag2('The/DT most/RB notable/JJ Clinton/NNP emails/NNS in/IN the/DT set/NN are/VBP below/RB')[4],
    ).toBe('NNS');
  });
});

describe('pastNeverNoun', () => {
  const TAGS3 = [...TAGS, 'NN|NOUN', 'NNPS|PROPN', 'HYPH|PUNCT', 'IN|ADP', 'VBG|VERB', 'TO|PART'];
  const retag3 = (sentence: string) => retagWords(sentence, TAGS3, pastNeverNoun);

  it('makes an irregular past form read as a noun the past tense, or the participle after "have"', () => {
    // “…,” the Times wrote .
    expect(retag3('debt/NN ,/, the/DT Times/NNPS wrote/NN ./.')[4]).toBe('VBD');
    expect(retag3('The/DT senator/NN sought/NN to/TO calm/VB fears/NNS')[2]).toBe('VBD');
    expect(retag3('having/VBG fought/NN the/DT government/NN')[1]).toBe('VBN');
  });

  it('leaves a compound adjective, a capitalised name, and forms English uses as nouns', () => {
    expect(retag3('a/DT hard/JJ -/HYPH fought/NN race/NN')[3]).toBe('NN');
    expect(retag3('the/DT Said/NNP Business/NNP School/NNP')[1]).toBe('NNP');
    expect(retag3('food/NN for/IN thought/NN')[2]).toBe('NN');
  });
});
