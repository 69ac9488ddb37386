import { describe, expect, it } from 'vitest';
import { prepare } from '../../text';
import type { Statement } from '../../types';
import { confidenceFeatures } from './confidence';

/** A statement of `text` whose source, cue and words are the given substrings. */
function statement(text: string, source: string, cue: string, words: string): Statement {
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  return {
    ...at(words),
    speaker: 'Hillary Clinton',
    speakerType: 'person',
    kind: 'position',
    text: words,
    source: at(source),
    cue: at(cue),
  } as Statement;
}

describe('confidence features', () => {
  it('tell a participle set off after its subject’s own clause from a verb that follows its subject', () => {
    const text = "Mrs. Clinton has embraced Mr. Obama's approach, promising to meet his goals.";
    const doc = prepare(text);
    const participle = statement(text, 'Mrs. Clinton', 'promising', 'to meet his goals');
    expect(confidenceFeatures(doc, participle, 'model', undefined, 1)).toContain('ptc=true');
    const plain = 'Mrs. Clinton promised to meet his goals.';
    const verb = statement(plain, 'Mrs. Clinton', 'promised', 'to meet his goals');
    expect(confidenceFeatures(prepare(plain), verb, 'model', undefined, 1)).toContain('ptc=false');
  });

  it('tell a name with its article from a description', () => {
    const text = 'The IMF warned that growth would slow, and the fund said so again.';
    const doc = prepare(text);
    const named = statement(text, 'The IMF', 'warned', 'that growth would slow');
    expect(confidenceFeatures(doc, named, 'model', undefined, 0)).toContain('form=the-cap');
    const described = statement(text, 'the fund', 'said', 'so again');
    expect(confidenceFeatures(doc, described, 'model', undefined, 0)).toContain('form=lower');
  });

  it('mark a source a rule pass already gave the same speaker', () => {
    const text = "Mrs. Clinton has embraced Mr. Obama's approach, promising to meet his goals.";
    const st = statement(text, 'Mrs. Clinton', 'promising', 'to meet his goals');
    const doc = prepare(text);
    expect(confidenceFeatures(doc, st, 'model', undefined, 1, false, 3, true)).toContain('shared=true');
    expect(confidenceFeatures(doc, st, 'model', undefined, 1, false, 3)).toContain('shared=false');
  });
});
