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
    'Twenty-seven states led by West Virginia are challenging the rules.',
    'Clinton’s win in six states and American Samoa assures her of 318 delegates.',
    'Her win in 10 states assures her of 318 delegates.',
    'Editor’s note: the candidate is a serial liar.',
    'His comments came after he was asked again.',
    'A new group called Black Votes Matter formed this week.',
    'She works for a liberal think tank in Washington.',
    'Clinton, who added to her delegate lead, won again.',
    // A word in -s before a plural verb is its subject.
    'The talks stalled. Trump claims were false.',
    'The talks stalled. Iran demands are unchanged.',
  ])(
    'reads no cue after a determiner, a number, an owner or an indefinite noun it names, or before a plural verb: %s',
    (text) => {
      expect(cueWords(text)).toEqual([]);
    },
  );

  it.each([
    ['Some say the plan failed.', 'say'],
    ['A group that claims to speak for farmers left.', 'claims'],
    ['He’s said that the plan failed.', 'said'],
    ['The senator states that the plan failed.', 'states'],
  ])('keeps the verb after a pronoun, a relative or a subject: %s', (text, word) => {
    expect(cueWords(text)).toContain(word);
  });
});

describe('a byline’s credit', () => {
  it('is no attribution ("Lerer reported from Los Angeles.")', async () => {
    const { analyze } = await import('../../engine');
    const text =
      'The rally ended late. Lerer reported from Los Angeles. Colvin reported that the rally ended.';
    const a = analyze(text);
    const cues = [...a.statements, ...a.unresolved].map((f) => f.cue && text.slice(f.cue.start, f.cue.end));
    expect(cues).toEqual(['reported']);
  });
});

describe('a headline’s kicker', () => {
  it('names no source ("The Latest:", "BREAKING:"), where a name or "Poll:" does', async () => {
    const { analyze } = await import('../../engine');
    const labelled = (text: string) =>
      analyze(text).unresolved.filter((u) => u.cue && text.slice(u.cue.start, u.cue.end) === ':').length;
    expect(labelled('The Latest: Cruz to give away engraved shotgun.\n\nThe race goes on.')).toBe(0);
    expect(labelled('BREAKING: Cruz to give away engraved shotgun.\n\nThe race goes on.')).toBe(0);
    expect(labelled('The race goes on.\n\nCLARIFICATION: The first sentence has been clarified.')).toBe(0);
    expect(labelled('Poll: Cruz leads the field in Iowa.\n\nThe race goes on.')).toBe(1);
  });
});
