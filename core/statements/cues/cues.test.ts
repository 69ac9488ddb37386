import { describe, expect, it } from 'vitest';
import { prepare } from '../../text';
import { findCues } from './cues';
import { findQuotes } from './quotes';

const cueWords = (text: string) => {
  const doc = prepare(text);
  const quotes = findQuotes(doc);
  return doc.sentences.flatMap((s) => findCues(doc, s, quotes).map((c) => c.word));
};

describe('a cue word that is a noun here', () => {
  it.each([
    'The two states hold primaries on March 1.',
    'Some states remained too close to call.',
    'Clinton’s win in six states and American Samoa assures her of 318 delegates.',
    'Her win in 10 states assures her of 318 delegates.',
    'Editor’s note: the candidate is a serial liar.',
    'His comments came after he was asked again.',
  ])('reads no cue after a determiner, a number or an owner: %s', (text) => {
    expect(cueWords(text)).toEqual([]);
  });

  it.each([
    ['Some say the plan failed.', 'say'],
    ['A group that claims to speak for farmers left.', 'claims'],
    ['He’s said that the plan failed.', 'said'],
    ['The senator states that the plan failed.', 'states'],
  ])('keeps the verb after a pronoun, a relative or a subject: %s', (text, word) => {
    expect(cueWords(text)).toContain(word);
  });
});
