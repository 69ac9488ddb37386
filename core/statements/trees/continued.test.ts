import { describe, expect, it } from 'vitest';
import { analyze } from '../../engine';

// The engine end to end (the shipped models): what content parts an attribution with no speaker keeps.
function parts(text: string): string[][] {
  return analyze(text)
    .unresolved.filter((u) => u.kind === 'direct' && !u.bare)
    .map((u) => (u.content ?? [u]).map((c) => text.slice(c.start, c.end)));
}

describe('a quote that goes on after an attribution with no speaker', () => {
  it('joins the attribution as its second part when it makes the next sentence', () => {
    expect(
      parts('The crowd waited.\n\n“It’s finished,” she said of the election. “In my head, anyway.”'),
    ).toContainEqual(['“It’s finished,”', '“In my head, anyway.”']);
    // A split quote in one sentence is read by the rules already, as a part of its own.
    expect(parts('The crowd waited.\n\n“I would,” she said, “I would, Donald.”').flat()).toEqual(
      expect.arrayContaining(['“I would,”', '“I would, Donald.”']),
    );
  });

  it('stays apart where someone else may be talking, or in another paragraph', () => {
    const joined = (text: string) => parts(text).some((p) => p.length > 1);
    expect(joined('The crowd waited.\n\n“I would,” she said, and her husband cut in. “Not me.”')).toBe(false);
    expect(joined('The crowd waited.\n\n“I would,” she said.\n\n“Not me.”')).toBe(false);
  });
});

describe('a quote that goes on after a statement the models gave a speaker', () => {
  it('keeps its quotation marks in its words, as the first part does', () => {
    const text =
      'The White House issued a statement on Sunday. "We stand with Ukraine," the statement said. "Our support will not waver."';
    const words = analyze(text).statements.map((s) =>
      (s.content ?? [s]).map((c) => text.slice(c.start, c.end)),
    );
    expect(words).toContainEqual(['"Our support will not waver."']);
  });
});

describe('a quote that goes on after a source the heads resolve', () => {
  it('shows its second part on the card, under the same speaker', () => {
    const text =
      'The doctors warned that migrants are at risk. "Flu season has already begun, so we write with urgency," the doctors stated. "Many people will be at an even higher risk than usual."';
    const said = analyze(text).statements.map((s) => [s.speaker, s.text]);
    expect(said).toContainEqual(['the doctors', 'Flu season has already begun, so we write with urgency']);
    expect(said).toContainEqual(['the doctors', 'Many people will be at an even higher risk than usual.']);
  });
});
