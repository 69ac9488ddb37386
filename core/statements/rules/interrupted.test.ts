import { describe, expect, it } from 'vitest';
import { runRules as run } from '../fixture';
import type { Span } from '../../types';

// An attribution printed inside the words it reports ("This campaign, he says, is different"):
// PolNeAR's annotators give both parts to the source as one attribution (about 150 in train, of
// which the rules read both parts once before this).

const CHRISTIE = { name: 'Chris Christie', type: 'person' as const, aliases: ['Chris Christie', 'Christie'] };
const CRUZ = { name: 'Ted Cruz', type: 'person' as const, aliases: ['Ted Cruz', 'Cruz'] };
const CNN = { name: 'CNN', type: 'organization' as const, aliases: ['CNN'] };
const EPSTEIN = { name: 'Lee Epstein', type: 'person' as const, aliases: ['Lee Epstein', 'Ms. Epstein'] };
const TRUMP = { name: 'Donald Trump', type: 'person' as const, aliases: ['Donald Trump', 'Trump'] };

const parts = (text: string, spans: Span[] | undefined) => spans?.map((c) => text.slice(c.start, c.end));

describe('words an attribution interrupts', () => {
  it('gives both parts to the source, and the card the passage as printed', () => {
    const text =
      'Chris Christie spoke last. In his state, Christie said, nonviolent first-time drug offenders are sent to treatment.';
    const [st, ...rest] = run(text, [CHRISTIE]).statements;
    expect(rest).toEqual([]);
    expect(st!.speaker).toBe('Chris Christie');
    expect(st!.text).toBe(
      'In his state, Christie said, nonviolent first-time drug offenders are sent to treatment',
    );
    expect(parts(text, st!.content)).toEqual([
      'In his state',
      'nonviolent first-time drug offenders are sent to treatment',
    ]);
  });

  it('never gives the second part to a name at the head of the first', () => {
    const text = 'Ted Cruz went on. CNN, Cruz said, called the announcement “highly significant.”';
    const r = run(text, [CRUZ, CNN]);
    expect(r.statements.map((s) => s.speaker)).not.toContain('CNN');
    const st = r.statements.find((s) => s.kind === 'indirect');
    expect(st?.speaker).toBe('Ted Cruz');
    expect(parts(text, st?.content)).toEqual(['CNN', 'called the announcement “highly significant.”']);
  });

  it('reads a source whose name has a particle ("Mr. de Vos") as the whole name', () => {
    const VOS = { name: 'Pieter de Vos', type: 'person' as const, aliases: ['Pieter de Vos', 'Vos'] };
    const text =
      'Pieter de Vos watched. For decades, Mr. de Vos noted, the United States has sent observers.';
    const [st, ...rest] = run(text, [VOS]).statements;
    expect(rest).toEqual([]);
    expect(st!.speaker).toBe('Pieter de Vos');
    expect(parts(text, st!.content)).toEqual(['For decades', 'the United States has sent observers']);
  });

  it('leaves out what the reporter adds after the verb: a participle, a time', () => {
    const text =
      'Donald Trump spoke. The deal is done, Trump said, adding that talks would go on. The talks ended, Trump said on Monday, two days after the vote.';
    const r = run(text, [TRUMP]);
    const deal = r.statements.find((s) => s.text.startsWith('The deal'));
    expect(deal?.text).toBe('The deal is done');
    expect(deal?.content).toBeUndefined();
    const ended = r.statements.find((s) => s.text.startsWith('The talks'));
    expect(ended?.text).toBe('The talks ended');
  });

  it('reads "according to" inside the words, past an appositive of the source', () => {
    const text =
      'Lee Epstein wrote a study. Among the precedents at risk, according to Ms. Epstein, a law professor, are 16 involving unions.';
    const st = run(text, [EPSTEIN]).statements.find((s) => s.kind === 'according_to');
    expect(st?.speaker).toBe('Lee Epstein');
    expect(parts(text, st?.content)).toEqual(['Among the precedents at risk', 'are 16 involving unions']);
  });

  it('never takes a phrase that describes the source for words after it', () => {
    const text =
      'Lee Epstein wrote a study. Most of the money came from women, according to Ms. Epstein, the author of the study.';
    const st = run(text, [EPSTEIN]).statements.find((s) => s.kind === 'according_to');
    expect(st?.text).toBe('Most of the money came from women');
    expect(st?.content).toBeUndefined();
  });

  it('keeps both parts for a source no actor stands for, without a card', () => {
    const text = 'The plan, an inside source said, is to hand out reprints of the editorial.';
    const r = run(text);
    expect(r.statements).toEqual([]);
    const u = r.unresolved.find((x) => !x.bare);
    expect(parts(text, u?.content)).toEqual(['The plan', 'is to hand out reprints of the editorial']);
  });

  it('goes on to the second part of a quotation past the verb’s topic, time or listener', () => {
    const CLINTON = {
      name: 'Hillary Clinton',
      type: 'person' as const,
      aliases: ['Hillary Clinton', 'Clinton'],
    };
    const SCHIFF = { name: 'Adam Schiff', type: 'person' as const, aliases: ['Adam Schiff', 'Schiff'] };
    const said = (tail: string) =>
      run(`Donald Trump spoke. Adam Schiff spoke. Hillary Clinton spoke. ${tail}`, [TRUMP, SCHIFF, CLINTON])
        .statements.filter((s) => s.kind === 'direct')
        .map((s) => [s.speaker, s.text]);
    expect(said('“She is a crook,” Trump said of Clinton, “and she knows it.”')).toEqual([
      ['Donald Trump', 'She is a crook'],
      ['Donald Trump', 'and she knows it.'],
    ]);
    expect(said('“She is a crook,” Trump said on Tuesday, “and she knows it.”')).toContainEqual([
      'Donald Trump',
      'and she knows it.',
    ]);
    expect(said('“It is unfair,” Schiff told NPR in October, “but it will fail.”')).toContainEqual([
      'Adam Schiff',
      'but it will fail.',
    ]);
    // Someone else who comes in between takes it, or no one does.
    expect(
      said('“She is a crook,” Trump said of Clinton, who replied, “and you are a liar.”'),
    ).not.toContainEqual(['Donald Trump', 'and you are a liar.']);
    expect(
      said('“She is a crook,” Trump said in March, but Clinton said “he is a liar.”'),
    ).not.toContainEqual(['Donald Trump', 'he is a liar.']);
  });
});
