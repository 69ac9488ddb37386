import { describe, expect, it } from 'vitest';
import { handTree, type Row } from '../../attribution/fixture';
import { prepare } from '../../text';
import { trimAdditions } from './trim';
import { analyzeUndecided } from '../../engine';
import type { FoundAttribution } from '../spans';

// Graham acknowledged the change, which makes him an outlier.
const ROWS: Row[] = [
  ['Graham', 'PROPN', 'NNP', 2, 'nsubj'],
  ['acknowledged', 'VERB', 'VBD', 0, 'root'],
  ['the', 'DET', 'DT', 4, 'det'],
  ['change', 'NOUN', 'NN', 2, 'obj'],
  [',', 'PUNCT', ',', 8, 'punct'],
  ['which', 'PRON', 'WDT', 7, 'nsubj'],
  ['makes', 'VERB', 'VBZ', 4, 'acl:relcl'],
  ['him', 'PRON', 'PRP', 7, 'obj'],
  ['an', 'DET', 'DT', 10, 'det'],
  ['outlier', 'NOUN', 'NN', 7, 'xcomp'],
  ['.', 'PUNCT', '.', 2, 'punct'],
];

function trimmed(rows: Row[], kind: FoundAttribution['kind'] = 'position'): string {
  const { text, tree } = handTree(rows);
  const doc = prepare(text);
  const at = text.indexOf('acknowledged');
  const cue = { start: at, end: at + 'acknowledged'.length };
  const start = cue.end + 1;
  const f: FoundAttribution = { kind, start, end: text.length - 1, cue, source: { start: 0, end: 6 } };
  trimAdditions(doc, [tree], [f]);
  const c = f.content?.[0] ?? f;
  return text.slice(c.start, c.end);
}

describe('what the reporter adds after a reported clause', () => {
  it('is cut at the comma before a relative clause or a participle', () => {
    expect(trimmed(ROWS)).toBe('the change');
    const participle = ROWS.map((r) =>
      r[0] === 'which'
        ? (['making', 'VERB', 'VBG', 4, 'acl'] as Row)
        : r[0] === 'makes'
          ? (['it', 'PRON', 'PRP', 6, 'obj'] as Row)
          : r,
    );
    expect(trimmed(participle)).toBe('the change');
  });

  it('is cut at the comma before an appositive that closes the words ("…Bernie Sanders, a self-described socialist")', () => {
    const appositive = ROWS.map((r, i) =>
      i === 5
        ? (['a', 'DET', 'DT', 8, 'det'] as Row)
        : i === 6
          ? (['big', 'ADJ', 'JJ', 8, 'amod'] as Row)
          : i === 7
            ? (['shift', 'NOUN', 'NN', 4, 'appos'] as Row)
            : r,
    ).filter((_, i) => i !== 8);
    expect(trimmed(appositive)).toBe('the change');
    // …not where the comma brings in a list's next item ("lower taxes, a bigger army and a wall").
    const list: Row[] = [
      ...appositive.slice(0, 8),
      ['and', 'CCONJ', 'CC', 10, 'cc'],
      ['walls', 'NOUN', 'NNS', 4, 'conj'],
      ['.', 'PUNCT', '.', 2, 'punct'],
    ];
    expect(trimmed(list)).toBe('the change, a big shift and walls');
  });

  it('stays in a quotation, and where the comma brings in a list', () => {
    expect(trimmed(ROWS, 'direct')).toBe('the change, which makes him an outlier');
    const list = ROWS.map((r) => (r[0] === 'which' ? (['including', 'VERB', 'VBG', 7, 'case'] as Row) : r));
    expect(trimmed(list)).toBe('the change, including makes him an outlier');
  });
});

// Graham acknowledged the change, even suggesting it failed.
const ADVERB: Row[] = [
  ['Graham', 'PROPN', 'NNP', 2, 'nsubj'],
  ['acknowledged', 'VERB', 'VBD', 0, 'root'],
  ['the', 'DET', 'DT', 4, 'det'],
  ['change', 'NOUN', 'NN', 2, 'obj'],
  [',', 'PUNCT', ',', 7, 'punct'],
  ['even', 'ADV', 'RB', 7, 'advmod'],
  ['suggesting', 'VERB', 'VBG', 2, 'advcl'],
  ['it', 'PRON', 'PRP', 9, 'nsubj'],
  ['failed', 'VERB', 'VBD', 7, 'ccomp'],
  ['.', 'PUNCT', '.', 2, 'punct'],
];

// Graham acknowledged the change in a statement on Monday.
const VENUE: Row[] = [
  ['Graham', 'PROPN', 'NNP', 2, 'nsubj'],
  ['acknowledged', 'VERB', 'VBD', 0, 'root'],
  ['the', 'DET', 'DT', 4, 'det'],
  ['change', 'NOUN', 'NN', 2, 'obj'],
  ['in', 'ADP', 'IN', 7, 'case'],
  ['a', 'DET', 'DT', 7, 'det'],
  ['statement', 'NOUN', 'NN', 2, 'obl'],
  ['on', 'ADP', 'IN', 9, 'case'],
  ['Monday', 'PROPN', 'NNP', 2, 'obl'],
  ['.', 'PUNCT', '.', 2, 'punct'],
];

describe('what the reporter adds about the saying', () => {
  it('cuts a participle after a manner adverb, but not after one that opens a clause of the words', () => {
    expect(trimmed(ADVERB)).toBe('the change');
    const so = ADVERB.map((r) => (r[0] === 'even' ? (['so', 'ADV', 'RB', 7, 'advmod'] as Row) : r));
    expect(trimmed(so)).toBe('the change, so suggesting it failed');
  });

  it('cuts the occasion after a noun phrase, but not a kind of speech, nor the words that follow it', () => {
    expect(trimmed(VENUE)).toBe('the change');
    // "the change in hate speech": no particular occasion.
    const kind = VENUE.map((r) => (r[0] === 'a' ? (['hate', 'NOUN', 'NN', 7, 'compound'] as Row) : r));
    expect(trimmed(kind)).toBe('the change in hate statement on Monday');
    // "the change in a statement that it failed": the words go on after the occasion.
    const after = VENUE.map((r) =>
      r[0] === 'on'
        ? (['that', 'SCONJ', 'IN', 9, 'mark'] as Row)
        : r[0] === 'Monday'
          ? (['it', 'PRON', 'PRP', 7, 'acl'] as Row)
          : r,
    );
    expect(trimmed(after)).toBe('the change in a statement that it');
    // "said the change was made in a statement": inside a clause, where it was said is reported.
    const clause = VENUE.map((r) => (r[0] === 'the' ? (['was', 'AUX', 'VBD', 4, 'cop'] as Row) : r));
    expect(trimmed(clause)).toBe('was change in a statement on Monday');
  });
});

// Graham acknowledged the change, but critics say it failed.
const CONJ: Row[] = [
  ['Graham', 'PROPN', 'NNP', 2, 'nsubj'],
  ['acknowledged', 'VERB', 'VBD', 0, 'root'],
  ['the', 'DET', 'DT', 4, 'det'],
  ['change', 'NOUN', 'NN', 2, 'obj'],
  [',', 'PUNCT', ',', 8, 'punct'],
  ['but', 'CCONJ', 'CC', 8, 'cc'],
  ['critics', 'NOUN', 'NNS', 8, 'nsubj'],
  ['say', 'VERB', 'VBP', 2, 'conj'],
  ['it', 'PRON', 'PRP', 10, 'nsubj'],
  ['failed', 'VERB', 'VBD', 8, 'ccomp'],
  ['.', 'PUNCT', '.', 2, 'punct'],
];

describe('a second clause with a subject of its own', () => {
  it('is not part of what the first subject is reported to hold', () => {
    expect(trimmed(CONJ)).toBe('the change');
    // The same where the parse takes it for an adverbial clause and hangs "but" from its subject.
    const advcl = CONJ.map((r) =>
      r[0] === 'say'
        ? (['say', 'VERB', 'VBP', 2, 'advcl'] as Row)
        : r[0] === 'but'
          ? (['but', 'CCONJ', 'CC', 7, 'cc'] as Row)
          : r,
    );
    expect(trimmed(advcl)).toBe('the change');
  });

  it('stays when its subject may be the speaker again, when it has its own "that", or without a comma', () => {
    const pronoun = CONJ.map((r) => (r[0] === 'critics' ? (['he', 'PRON', 'PRP', 8, 'nsubj'] as Row) : r));
    expect(trimmed(pronoun)).toBe('the change, but he say it failed');
    const that = CONJ.map((r) => (r[0] === 'but' ? (['that', 'SCONJ', 'IN', 8, 'mark'] as Row) : r));
    expect(trimmed(that)).toBe('the change, that critics say it failed');
    const noComma = CONJ.map((r) => (r[0] === ',' ? (['so', 'ADV', 'RB', 4, 'advmod'] as Row) : r));
    expect(trimmed(noComma)).toBe('the change so but critics say it failed');
  });
});

describe('a relative clause set off by commas', () => {
  it('reports only up to where the sentence’s own verb comes back', () => {
    const r = analyzeUndecided(
      "John Podesta spoke. Podesta, who said the project was vetted by his firm's counsel, declined to comment.",
    );
    // The sentence's own verb is a statement of its own.
    expect(r.result.statements.map((s) => s.text)).toEqual([
      "the project was vetted by his firm's counsel",
      'to comment',
    ]);
  });
});
