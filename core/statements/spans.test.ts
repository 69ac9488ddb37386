import { describe, expect, it } from 'vitest';
import type { Statement } from '../types';
import { analyze } from '../engine';
import { contentSpan, cueGroup, sourcePhrase, type FoundAttribution } from './spans';
import { goOnToCue, infinitiveToCue, madeStatementCue, prepositionToCue } from './cue-spans';

const at = (text: string, part: string, from = 0) => {
  const start = text.indexOf(part, from);
  if (start < 0) throw new Error(`"${part}" not in the text`);
  return { start, end: start + part.length };
};
const show = (text: string, s: { start: number; end: number }) => text.slice(s.start, s.end);

describe('attribution spans (PolNeAR conventions)', () => {
  it('takes the titles, party and determiner before the name into the source', () => {
    const t = 'He met the longtime Democratic pollster Pat Caddell, who said so.';
    expect(show(t, sourcePhrase(t, at(t, 'Pat Caddell'), undefined))).toBe(
      'the longtime Democratic pollster Pat Caddell',
    );
    const u = 'Earlier, Clinton spokesman Nick Merrill said it was over.';
    expect(show(u, sourcePhrase(u, at(u, 'Nick Merrill'), at(u, 'said')))).toBe(
      'Clinton spokesman Nick Merrill',
    );
  });

  it('takes a title of several words, a hyphenated title and an outlet’s possessive before the name', () => {
    const t = 'Former Secretary of State Madeleine Albright said so.';
    expect(show(t, sourcePhrase(t, at(t, 'Madeleine Albright'), at(t, 'said')))).toBe(
      'Former Secretary of State Madeleine Albright',
    );
    const u = 'Democratic front-runner Hillary Clinton said so.';
    expect(show(u, sourcePhrase(u, at(u, 'Hillary Clinton'), at(u, 'said')))).toBe(
      u.slice(0, u.indexOf(' said')),
    );
    const v = "CNBC's Becky Quick said so.";
    expect(show(v, sourcePhrase(v, at(v, 'Becky Quick'), at(v, 'said')))).toBe("CNBC's Becky Quick");
    // A possessive that is no name stays out ("the voters' Becky Quick" is no outlet's).
    const w = "Ask the voters' Becky Quick said so.";
    expect(show(w, sourcePhrase(w, at(w, 'Becky Quick'), at(w, 'said')))).toBe('Becky Quick');
  });

  it('takes a description set off before the name at the sentence start, but not a time', () => {
    const t = 'A lawyer for the news outlets, David Schulz, said no decision had been made.';
    expect(show(t, sourcePhrase(t, at(t, 'David Schulz'), at(t, 'said'), t.length, true, 0))).toBe(
      'A lawyer for the news outlets, David Schulz,',
    );
    const u = 'The next day, David Schulz, said nothing.';
    expect(show(u, sourcePhrase(u, at(u, 'David Schulz'), at(u, 'said'), u.length, true, 0))).toBe(
      'David Schulz',
    );
  });

  it('never walks over a sentence end or a preposition of a title', () => {
    const t = 'She was secretary of state. Clinton said no.';
    expect(show(t, sourcePhrase(t, at(t, 'Clinton'), at(t, 'said')))).toBe('Clinton');
  });

  it('gives "who" for a relative clause and keeps an appositive with its comma', () => {
    const t = 'Trump, who spoke first, said no. Leonard Burman, director of the center, said yes.';
    expect(show(t, sourcePhrase(t, at(t, 'Trump'), at(t, 'spoke')))).toBe('who');
    expect(show(t, sourcePhrase(t, at(t, 'Leonard Burman'), at(t, 'said', 40)))).toBe(
      'Leonard Burman, director of the center,',
    );
  });

  it('reads the verb group and "according to"', () => {
    const t = 'He has also said so, according to aides.';
    expect(show(t, cueGroup(t, at(t, 'said')))).toBe('has also said');
    expect(show(t, cueGroup(t, at(t, 'according')))).toBe('according to');
  });

  it('takes adverbs in lower case into the verb group, but no noun in "-ly" and nothing of the source', () => {
    const t =
      'Aides had basically said so. Kelly defiantly told them. The reply reported it. The bully said no.';
    expect(show(t, cueGroup(t, at(t, 'said')))).toBe('had basically said');
    expect(show(t, cueGroup(t, at(t, 'told')))).toBe('defiantly told');
    expect(show(t, cueGroup(t, at(t, 'reported')))).toBe('reported');
    const bully = at(t, 'bully');
    expect(show(t, cueGroup(t, at(t, 'said', bully.end), bully.end))).toBe('said');
  });

  it('takes a quote with its marks and inner comma, and a clause with its "that"', () => {
    const t = 'X said "We will win," and Y said that it was over.';
    const q = { kind: 'direct', ...at(t, 'We will win') } as Statement;
    expect(show(t, contentSpan(t, q))).toBe('"We will win,"');
    const c = { kind: 'indirect', ...at(t, 'it was over') } as Statement;
    expect(show(t, contentSpan(t, c))).toBe('that it was over');
  });
});

describe('a preposition the verb takes', () => {
  it('is the cue’s, not the words’, but "to" and a quotation keep theirs', () => {
    const t = 'Lee talked about the debate. Lee agreed to endorse him. Lee said "about time."';
    const found: FoundAttribution[] = [
      {
        kind: 'indirect',
        ...at(t, 'about the debate'),
        cue: at(t, 'talked'),
        content: [at(t, 'about the debate')],
      },
      {
        kind: 'position',
        ...at(t, 'to endorse him'),
        cue: at(t, 'agreed'),
        content: [at(t, 'to endorse him')],
      },
      { kind: 'direct', ...at(t, '"about time."'), cue: at(t, 'said'), content: [at(t, '"about time."')] },
    ];
    prepositionToCue(t, found);
    expect(found.map((f) => [show(t, f.cue!), show(t, f.content![0]!)])).toEqual([
      ['talked about', 'the debate'],
      ['agreed', 'to endorse him'],
      ['said', '"about time."'],
    ]);
  });
});

describe('source phrase details', () => {
  it('keeps a possessive, a party label and an inverted appositive with the name', () => {
    const t = "Trump's claim that it was rigged. Sen. Claire McCaskill (D-Mo.) said no.";
    expect(show(t, sourcePhrase(t, at(t, 'Trump'), at(t, 'claim')))).toBe("Trump's");
    expect(show(t, sourcePhrase(t, at(t, 'Claire McCaskill'), at(t, 'said')))).toBe(
      'Sen. Claire McCaskill (D-Mo.)',
    );
    const u = '“It is late,” said Hans Schellnhuber, the director of the institute.';
    expect(show(u, sourcePhrase(u, at(u, 'Hans Schellnhuber'), at(u, 'said'), u.length))).toBe(
      'Hans Schellnhuber, the director of the institute',
    );
  });

  it('takes the article of a body but not of a titled person, and no participle clause', () => {
    const t = 'the Roper Center said so; the Latvian journalist Dainis Ivans said no.';
    expect(show(t, sourcePhrase(t, at(t, 'Roper Center'), at(t, 'said'), t.length, false))).toBe(
      'the Roper Center',
    );
    const u = 'Trump, speaking to a veterans group, said he would.';
    expect(show(u, sourcePhrase(u, at(u, 'Trump'), at(u, 'said')))).toBe('Trump');
  });
});

describe('relative pronoun source', () => {
  it('gives "who" as printed when the cue follows it', () => {
    const text = 'He hired an architect who said he was never paid.';
    const a = analyze(text);
    const all = [...a.statements, ...a.unresolved];
    const who = all.find((s) => s.cue && text.slice(s.cue.start, s.cue.end) === 'said');
    expect(who?.source && text.slice(who.source.start, who.source.end)).toBe('who');
  });
});

describe('a quote mark of two apostrophes', () => {
  it('stays whole at the end of a paragraph, on the card and in the content', () => {
    // The Times' convention: the mark closes the paragraph and the next opens with a pronoun.
    const text =
      "Johnnie Wilson, of Springfield, Va., said he had fought in Vietnam ''for the nation's rights, knowing that back home we didn't have the rights.''\n\nHe said the museum compensated for it.";
    const said = analyze(text).statements.find((s) => s.kind === 'indirect' && s.text.startsWith('he had'));
    expect(said?.text.endsWith("rights.''")).toBe(true);
    for (const c of said?.content ?? []) expect(text.slice(c.end - 2, c.end)).toBe("''");
  });
});

describe('an infinitive’s "to"', () => {
  it('joins the cue after it, not one after a name or with words between', () => {
    const text = 'Mr. Lee declined to comment. He went to Ohio, said the aide.';
    const comment: FoundAttribution = { kind: 'indirect', start: 0, end: 1, cue: at(text, 'comment') };
    const said: FoundAttribution = { kind: 'indirect', start: 0, end: 1, cue: at(text, 'said') };
    infinitiveToCue(text, [comment, said]);
    expect(show(text, comment.cue!)).toBe('to comment');
    expect(show(text, said.cue!)).toBe('said');
  });
});

describe('"went on to say"', () => {
  it('takes the verb after "go on to" into the cue, and the lone "to say" read inside it is gone', () => {
    const text = 'Trump praised the crowd. He then went on to say that the wall would be built.';
    const a = analyze(text);
    const said = [...a.statements, ...a.unresolved].map((s) => [
      s.cue && show(text, s.cue),
      (s.content ?? [s]).map((c) => show(text, c)).join(' … '),
    ]);
    expect(said).toContainEqual(['then went on to say', 'that the wall would be built']);
    expect(said.filter(([cue]) => cue === 'to say')).toEqual([]);
  });

  it('leaves a cue that goes on to no verb alone', () => {
    const text = 'He went on to Ohio, said the aide.';
    const went: FoundAttribution = { kind: 'indirect', start: 11, end: 18, cue: at(text, 'went on') };
    went.content = [{ start: 11, end: 18 }];
    goOnToCue(text, [went]);
    expect(show(text, went.cue!)).toBe('went on');
  });
});

describe('the verb group of every cue', () => {
  it('holds the auxiliaries and adverbs before a verb the models read, "since" and "long" among them', () => {
    const text =
      'Clinton is tough on trade. She has proposed appointing a "chief trade prosecutor" who reports to the president. Democrats have long argued that the deal hurts workers.';
    const a = analyze(text);
    const cues = [...a.statements, ...a.unresolved].flatMap((s) => (s.cue ? [show(text, s.cue)] : []));
    expect(cues).toEqual(expect.arrayContaining(['has proposed', 'have long argued']));
  });
});

describe('a statement made, up to its "saying"', () => {
  it('is the cue, whether the verb or the participle was read as one', () => {
    const text =
      'The campaign released a statement Wednesday saying that the plan would fail. Cruz issued a statement saying the deal was bad.';
    const a = analyze(text);
    const read = [...a.statements, ...a.unresolved].map((s) => [
      s.cue && show(text, s.cue),
      (s.content ?? [s]).map((c) => show(text, c)).join(' … '),
    ]);
    expect(read).toContainEqual(['released a statement Wednesday saying', 'that the plan would fail']);
    expect(read).toContainEqual(['issued a statement saying', 'the deal was bad']);
  });

  it('leaves a statement that brings in no words by "saying" alone', () => {
    const text = 'The aide released a statement about the vote.';
    const f: FoundAttribution = { kind: 'indirect', start: 17, end: 45, cue: at(text, 'released') };
    madeStatementCue(text, [f]);
    expect(show(text, f.cue!)).toBe('released');
  });
});
