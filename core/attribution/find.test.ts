import { describe, expect, it } from 'vitest';
import { attribute, type Models } from './index';
import { handTree, type Row } from './fixture';

// Hand-made decisions, so the test follows what the decoder does with the models' answers: "said"
// and "called" report, a clausal complement or an oblique is content, nothing is a source.
const MODELS: Models = {
  predicate: (f) => (f.some((x) => /^w=(?:said|called)$/.test(x)) ? 1 : -1),
  extent: () => -1,
  content: (f) => (f.includes('rb=ccomp') || f.includes('rb=obl') ? 1 : -1),
  source: () => -1,
};

/** Each attribution found in one hand-parsed sentence, as its cue's and its content's words. */
function found(rows: Row[]): string[][] {
  const { text, tree } = handTree(rows);
  return attribute([tree], MODELS).map((a) => [
    text.slice(a.cue.start, a.cue.end),
    text.slice(a.content.start, a.content.end),
  ]);
}

describe('attributions the decoder reads from a tree', () => {
  it('ends a reported clause before a second reporting verb the parse hangs inside it, and keeps both', () => {
    // He said the plan was fine and called for talks: the parse joins "called" to "fine".
    const rows: Row[] = [
      ['He', 'PRON', 'PRP', 2, 'nsubj'],
      ['said', 'VERB', 'VBD', 0, 'root'],
      ['the', 'DET', 'DT', 4, 'det'],
      ['plan', 'NOUN', 'NN', 6, 'nsubj'],
      ['was', 'AUX', 'VBD', 6, 'cop'],
      ['fine', 'ADJ', 'JJ', 2, 'ccomp'],
      ['and', 'CCONJ', 'CC', 8, 'cc'],
      ['called', 'VERB', 'VBD', 6, 'conj'],
      ['for', 'ADP', 'IN', 10, 'case'],
      ['talks', 'NOUN', 'NNS', 8, 'obl'],
      ['.', 'PUNCT', '.', 2, 'punct'],
    ];
    expect(found(rows)).toEqual([
      ['said', 'the plan was fine'],
      ['called', 'for talks'],
    ]);
  });

  it('leaves a reporting verb inside a clausal complement to the outer attribution', () => {
    // He said officials called for talks: what the officials did is part of what he said.
    const rows: Row[] = [
      ['He', 'PRON', 'PRP', 2, 'nsubj'],
      ['said', 'VERB', 'VBD', 0, 'root'],
      ['officials', 'NOUN', 'NNS', 4, 'nsubj'],
      ['called', 'VERB', 'VBD', 2, 'ccomp'],
      ['for', 'ADP', 'IN', 6, 'case'],
      ['talks', 'NOUN', 'NNS', 4, 'obl'],
      ['.', 'PUNCT', '.', 2, 'punct'],
    ];
    expect(found(rows)).toEqual([['said', 'officials called for talks']]);
  });
});

describe('a date the parse takes for the subject', () => {
  it('is no source ("A report published Wednesday said…")', () => {
    const rows: Row[] = [
      ['A', 'DET', 'DT', 2, 'det'],
      ['report', 'NOUN', 'NN', 3, 'nsubj'],
      ['published', 'VERB', 'VBN', 2, 'acl'],
      ['Wednesday', 'PROPN', 'NNP', 5, 'nsubj'],
      ['said', 'VERB', 'VBD', 0, 'root'],
      ['the', 'DET', 'DT', 7, 'det'],
      ['plan', 'NOUN', 'NN', 8, 'nsubj'],
      ['failed', 'VERB', 'VBD', 5, 'ccomp'],
      ['.', 'PUNCT', '.', 5, 'punct'],
    ];
    const { text, tree } = handTree(rows);
    const anySubject: Models = {
      ...MODELS,
      source: (f) => (f.some((x) => x.startsWith('how=nsubj')) ? 1 : -1),
    };
    const sources = attribute([tree], anySubject).map(
      (a) => a.source && text.slice(a.source.start, a.source.end),
    );
    expect(sources).toEqual([undefined]);
  });
});

describe('a medium and the words it carries', () => {
  // "issued" and "saying" report; an object or a clausal complement is content.
  const models: Models = {
    predicate: (f) => (f.some((x) => /^w=(?:issued|acknowledged|saying)$/.test(x)) ? 1 : -1),
    extent: () => -1,
    content: (f) => (f.includes('rb=obj') || f.includes('rb=ccomp') ? 1 : -1),
    source: () => -1,
  };
  const read = (rows: Row[]) => {
    const { text, tree } = handTree(rows);
    return attribute([tree], models).map((a) => [
      text.slice(a.cue.start, a.cue.end),
      text.slice(a.content.start, a.content.end),
    ]);
  };
  const sentence = (verb: string, object: string, comma: boolean): Row[] => [
    ['They', 'PRON', 'PRP', 2, 'nsubj'],
    [verb, 'VERB', 'VBD', 0, 'root'],
    ['a', 'DET', 'DT', 4, 'det'],
    [object, 'NOUN', 'NN', 2, 'obj'],
    ...(comma ? [[',', 'PUNCT', ',', 2, 'punct'] as Row] : []),
    ['saying', 'VERB', 'VBG', 2, 'advcl'],
    ['talks', 'NOUN', 'NNS', comma ? 8 : 7, 'nsubj'],
    ['continue', 'VERB', 'VBP', comma ? 6 : 5, 'ccomp'],
    ['.', 'PUNCT', '.', 2, 'punct'],
  ];

  it('reads "issued a statement saying…" once, as the participle\'s words', () => {
    expect(read(sentence('issued', 'statement', false))).toEqual([['saying', 'talks continue']]);
  });

  it('keeps a verb whose object is a position of its own ("acknowledged a change, saying…")', () => {
    expect(read(sentence('acknowledged', 'change', true))).toEqual([
      ['acknowledged', 'a change'],
      ['saying', 'talks continue'],
    ]);
  });
});
