import { describe, expect, it } from 'vitest';
import { HAND, handSentence } from './fixture';
import { Tagger, trainTagger } from './tagger';
import { wordsOf } from './words';

describe('tagger', () => {
  const sents = HAND.map(handSentence).map((s) => ({ text: s.text, spans: s.spans, tags: s.tagNames }));

  it('learns a few hand-tagged sentences and tags them right', () => {
    const tagger = trainTagger(sents, { epochs: 10, seed: 1 });
    for (const s of sents) {
      const got = tagger.tag(wordsOf(s.text, s.spans));
      expect(Array.from(got, (t) => tagger.tags[t])).toEqual(s.tags);
    }
  });

  it('tags "that" by its context, and survives JSON', () => {
    const tagger = Tagger.fromJSON(
      JSON.parse(JSON.stringify(trainTagger([...sents, ...sents], { epochs: 10, seed: 2, dictMin: 2 }))),
    );
    const s = sents[2]!;
    expect(tagger.tags[tagger.tag(wordsOf(s.text, s.spans))[2]!]).toBe('IN|SCONJ');
    // Words met often with one tag are looked up, not scored.
    expect(tagger.toJSON().dict['The']).toBe(tagger.tags.indexOf('DT|DET'));
  });

  it('trains the same tagger twice from the same seed', () => {
    const a = JSON.stringify(trainTagger(sents, { epochs: 3, seed: 5 }));
    expect(JSON.stringify(trainTagger(sents, { epochs: 3, seed: 5 }))).toBe(a);
  });
});
