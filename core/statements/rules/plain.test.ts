import { describe, expect, it } from 'vitest';
import { analyze, analyzeUndecided } from '../../engine';

// Unresolved attributions: the spans a reader sees, never statements (no actor is guessed).
function unresolved(text: string) {
  const a = analyze(text);
  const show = (s?: { start: number; end: number }) => (s ? text.slice(s.start, s.end) : undefined);
  return {
    statements: a.statements.length,
    found: a.unresolved
      .filter((u) => !u.bare)
      .map((u) => ({
        source: show(u.source),
        cue: show(u.cue),
        content: show(u.content?.[0] ?? u),
      })),
  };
}

describe('unresolved attributions', () => {
  it('reads a plain noun-phrase source before a speech verb, and names it as the text describes it', () => {
    const text = 'The campaign says the ad will air on national cable stations.';
    const a = analyze(text);
    expect(unresolved(text).found).toEqual([]);
    // No actor stands for it, so it speaks as printed: an unnamed source of this article only.
    expect(
      a.statements.map((s) => [s.speaker, s.speakerType, text.slice(s.source!.start, s.source!.end)]),
    ).toEqual([['The campaign', 'anonymous', 'The campaign']]);
  });

  it('reads "according to" a source no actor stands for', () => {
    const r = unresolved(
      'Clinton beats Trump by 46 percent to 42 percent, according to a Bloomberg poll released Tuesday.',
    );
    expect(r.found).toContainEqual({
      source: 'a Bloomberg poll released Tuesday',
      cue: 'according to',
      content: 'Clinton beats Trump by 46 percent to 42 percent',
    });
  });

  it('reads a plain noun-phrase source with an adverb before its verb', () => {
    // Before the confidence decision: whether it reaches a card is the threshold's to say.
    const text = 'The mayor also said there had been no specific, credible threats against the city.';
    expect(analyzeUndecided(text).result.statements.map((s) => [s.speaker, s.text])).toEqual([
      ['The mayor', 'there had been no specific, credible threats against the city'],
    ]);
  });

  it('takes a lower-case role right before a name as part of an "according to" source', () => {
    const text =
      'The campaign is paying dozens of canvassers to go door to door, according to campaign manager Jeff Weaver. Weaver has run the campaign since May.';
    expect(analyze(text).statements.map((s) => [s.speaker, s.kind, s.text])).toEqual([
      ['Jeff Weaver', 'according_to', 'The campaign is paying dozens of canvassers to go door to door'],
    ]);
    // Not a name that only ends what the phrase is about.
    const polls =
      'Clinton gained ground last week, according to polls showing Jeff Weaver ahead. Weaver ran.';
    expect(analyze(polls).statements.map((s) => s.speaker)).not.toContain('Jeff Weaver');
  });

  it('reads a plural source with what follows its head ("attorneys for the family said")', () => {
    expect(
      unresolved('The relatives watched the video on Thursday, attorneys for the family said.').found,
    ).toEqual([
      {
        source: 'attorneys for the family',
        cue: 'said',
        content: 'The relatives watched the video on Thursday',
      },
    ]);
  });

  it('reads "according to" a bare plural source, and the words it frames', () => {
    const r = unresolved('Sanders won 54 percent of union households on Tuesday, according to exit polls.');
    expect(r.found).toContainEqual({
      source: 'exit polls',
      cue: 'according to',
      content: 'Sanders won 54 percent of union households on Tuesday',
    });
  });

  it('takes a body the text describes before its name as the source, not a name that qualifies a noun', () => {
    const said = (text: string) => analyze(text).statements.map((s) => [s.speaker, s.kind]);
    expect(
      said(
        'The top 1 percent paid 25.4 percent of all federal taxes, according to the nonpartisan Congressional Budget Office.',
      ),
    ).toEqual([['Congressional Budget Office', 'according_to']]);
    // The source is the poll, which "The New York Times" only names.
    expect(
      said(
        'Hillary Clinton has emerged from the investigation a wounded candidate, with a large majority of voters saying she cannot be trusted, according to the latest New York Times/CBS News poll.',
      ).map(([speaker]) => speaker),
    ).not.toContain('New York Times');
  });

  it('gives a transcript turn to the one person the text names with that surname', () => {
    const text =
      'Fox News host Chris Wallace interviewed Gov. Mike Pence on Sunday.\n\nWALLACE: Let us start with the debate story.\n\nPENCE: Well, look, it is serious business.';
    const a = analyze(text);
    expect(
      a.statements.map((s) => [s.speaker, s.kind, s.text, text.slice(s.source!.start, s.source!.end)]),
    ).toEqual([
      ['Chris Wallace', 'direct', 'Let us start with the debate story.', 'WALLACE'],
      ['Mike Pence', 'direct', 'Well, look, it is serious business.', 'PENCE'],
    ]);
  });

  it('reads a transcript printed in title case where two people named in the text talk back and forth', () => {
    const intro = 'MSNBC host Chris Matthews spoke with Reuters reporter Luciana Lopez on Saturday.\n\n';
    const turns =
      'Lopez: Everyone has a different image of what that is.\n\nMatthews: Well, speculation is bad.\n\n' +
      'Lopez: Well, no one is like, my 401(k) is speculation.';
    const said = (text: string) => analyze(text).statements.map((s) => [s.speaker, s.kind, s.text]);
    expect(said(intro + turns)).toEqual([
      ['Luciana Lopez', 'direct', 'Everyone has a different image of what that is.'],
      ['Chris Matthews', 'direct', 'Well, speculation is bad.'],
      ['Luciana Lopez', 'direct', 'Well, no one is like, my 401(k) is speculation.'],
    ]);
    // Each heard once is a list under names; no one speaking as "I", "we" or "you" is a recap.
    expect(said(intro + 'Lopez: Win in a walk.\n\nMatthews: Just hang on for now.')).toEqual([]);
    expect(said(intro + turns.replace('my 401(k)', 'the 401(k)'))).toEqual([]);
  });

  it('gives a headline’s label to the person it names, a surname with a capital inside included', () => {
    const text =
      'John McCain: Republican Populist Anger Appeals to Bad Angels.\n\nThe senator spoke in Arizona on Monday about the economy.';
    const a = analyze(text);
    expect(a.statements.map((s) => [s.speaker, s.text])).toContainEqual([
      'John McCain',
      'Republican Populist Anger Appeals to Bad Angels',
    ]);
  });

  it('gives a headline’s label to the person whose whole name it is, though the surname is two people’s', () => {
    const text =
      'Bill Clinton: Hillary Better Qualified Than I Was.\n\nFormer President Bill Clinton said Tuesday that Hillary Clinton is ready.';
    const a = analyze(text);
    expect(a.statements.map((s) => [s.speaker, text.slice(s.source!.start, s.source!.end)])).toContainEqual([
      'Bill Clinton',
      'Bill Clinton',
    ]);
    // The surname alone names neither.
    const clinton = analyze(text.replace('Bill Clinton:', 'Clinton:'));
    expect(clinton.statements.map((s) => s.source && text.slice(s.source.start, s.source.end))).not.toContain(
      'Clinton',
    );
  });

  it('reads transcript labels no one in the text answers to and leaves them out of the statements', () => {
    const r = unresolved(
      'Partial transcript as follows:\n\n"WALLACE: Let us start with the debate story.\n\n"PENCE: Well, look, it is serious business.',
    );
    expect(r.statements).toBe(0);
    expect(r.found).toEqual([
      { source: 'WALLACE', cue: ':', content: 'Let us start with the debate story.' },
      { source: 'PENCE', cue: ':', content: 'Well, look, it is serious business.' },
    ]);
  });

  it('takes a lone pronoun as printed, and no clause or adverb for a plain source', () => {
    expect(unresolved('The city sent a letter. It says the campaign broke the law.').found).toEqual([
      { source: 'It', cue: 'says', content: 'the campaign broke the law' },
    ]);
    expect(unresolved('What the campaign quickly said was unclear.').found).toEqual([]);
  });

  it('reads quotes printed with two apostrophes, marks included in the content', () => {
    // (A pronoun with nothing before it to stand for: "The campaign wrote" now reads its verb, and
    // the trees give a described source its statement.)
    const text = "They wrote: ''This is not tax reform.''";
    expect(unresolved(text).found).toEqual([
      { source: 'They', cue: 'wrote:', content: "''This is not tax reform.''" },
    ]);
  });

  it('reads a single-quoted phrase that ends or opens with the quote printed with two apostrophes', () => {
    const text = "''I would use the word 'old-school,''' said the ambassador. ''Fine,'' said the aide.";
    const a = analyze(text);
    const read = [...a.statements, ...a.unresolved]
      .filter((u) => !('bare' in u && u.bare))
      .sort((x, y) => x.start - y.start)
      .map((u) => ({
        source: u.source && text.slice(u.source.start, u.source.end),
        cue: u.cue && text.slice(u.cue.start, u.cue.end),
        content: text.slice((u.content?.[0] ?? u).start, (u.content?.[0] ?? u).end),
      }));
    expect(read).toEqual([
      { source: 'the ambassador', cue: 'said', content: "''I would use the word 'old-school,'''" },
      { source: 'the aide', cue: 'said', content: "''Fine,''" },
    ]);
  });

  it('reads a quote whose source no actor stands for, after it or inverted', () => {
    const text = '“I would,” the mayor said to the crowd. “Not now,” said the bank’s spokesman.';
    const a = analyze(text);
    // Whether each becomes a card is the confidence stage's call; the spans are read either way.
    const read = [...a.statements, ...a.unresolved]
      .filter((u) => !('bare' in u && u.bare))
      .sort((x, y) => x.start - y.start)
      .map((u) => [
        u.source && text.slice(u.source.start, u.source.end),
        u.cue && text.slice(u.cue.start, u.cue.end),
      ]);
    expect(read).toEqual([
      ['the mayor', 'said'],
      ['the bank’s spokesman', 'said'],
    ]);
    expect(a.statements.every((s) => s.speakerType === 'anonymous')).toBe(true);
  });

  it('keeps a reporting verb whose content was not read as a cue, with the subject next to it', () => {
    const text = 'The bank said that. It was said to be over.';
    const bare = analyze(text).unresolved.filter((u) => u.bare);
    expect(
      bare.map((u) => [
        u.source && text.slice(u.source.start, u.source.end),
        text.slice(u.cue!.start, u.cue!.end),
        u.content,
      ]),
    ).toEqual([['The bank', 'said', []]]);
  });

  it('never reads the listener after "told" as an inverted source, where a clause sets the verb off', () => {
    const text =
      'Mr. Obama, who understood that a legislative push would be fruitless, told his advisers to find a way around Congress.';
    const a = analyze(text);
    const sources = [...a.unresolved, ...a.statements].map(
      (u) => u.source && text.slice(u.source.start, u.source.end),
    );
    expect(sources).not.toContain('his advisers');
    expect(a.statements.map((s) => s.speaker)).not.toContain('advisers');
  });
});
