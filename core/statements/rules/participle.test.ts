import { describe, expect, it } from 'vitest';
import { analyze, analyzeUndecided } from '../../engine';

// Whose words a participle after a relative clause reports ("…, saying…", "…, calling…"): shapes
// from PolNeAR train, read by the whole engine before the cards' threshold.
const speakerOf = (text: string, words: RegExp) =>
  analyzeUndecided(text).result.statements.find((s) => words.test(text.slice(s.start, s.end)))?.speaker;

describe('a participle after a relative clause', () => {
  it('is the sentence’s subject’s when the clause is on an object ("rebuked critics who say…, saying")', () => {
    const text =
      'President Obama passionately rebuked critics who say he should condemn terrorists as "radical Islamists," saying calling the Islamic State by another name will do nothing to defeat it.';
    expect(speakerOf(text, /^calling the Islamic State/)).toBe('Barack Obama');
  });
  it('is the subject’s when commas set the clause off ("Rudy Giuliani, who backs Trump, trashed…, calling")', () => {
    const text =
      'Former prosecutor and New York City Mayor Rudy Giuliani, who backs Trump, trashed Comey on MSNBC’s “Morning Joe,” calling it a “no-brainer” to prosecute under the statutory definition of the law.';
    expect(speakerOf(text, /^it a “no-brainer”/)).toBe('Rudy Giuliani');
  });
});

describe('a participle after a comment clause ("as X said,")', () => {
  it('is not the commenter’s ("It is a long time, as Congresswoman Dean said, calling out for his mother")', () => {
    const text =
      'That is a long time. It is a long time, as Congresswoman Dean said, calling out for his mother, extending love to his family.';
    expect(speakerOf(text, /^out for his mother/)).toBeUndefined();
  });
});

describe('a participle after a reporting clause set off by commas', () => {
  it('is that clause’s speaker’s, not the sentence subject’s ("Comey cannot say that…, Lewandowski added, saying")', () => {
    const text =
      'Comey cannot say that “from his perspective,” Lewandowski added, saying it should be “up to the prosecutor to move forward or not.”';
    expect(speakerOf(text, /^it should be/)).toMatch(/Lewandowski/);
  });
});

describe('a pronoun whose reporting clause interrupts another clause', () => {
  it('is not that clause’s subject ("…and Ms. Warren, she said, “exposes him…”")', () => {
    const text =
      '“He will crush you,” Elizabeth Warren said. It was a potent punch, as Hillary Clinton echoed the criticism, saying Mr. Trump “reminds us every day that he is not in it for the American people” and Ms. Warren, she said, “exposes him for what he is.”';
    expect(speakerOf(text, /exposes him/)).not.toBe('Elizabeth Warren');
    // Not interrupting anything, the pronoun still speaks for the one named before.
    const plain = 'Elizabeth Warren spoke in Ohio. She said, “He exposes himself for what he is.”';
    expect(speakerOf(plain, /exposes himself/)).toBe('Elizabeth Warren');
  });
});

describe('a participle that opens the sentence', () => {
  const statements = (text: string) =>
    analyzeUndecided(text).result.statements.map((s) => `${s.speaker}: ${text.slice(s.start, s.end)}`);
  it('says what it says up to the comma before the subject; the subject’s verb says the rest', () => {
    // (A real news page: "Noting that on Earth there is a bacterium…, Malaska asked, …".)
    expect(statements('Noting that the plan failed, John Smith said it was over.')).toEqual([
      'John Smith: the plan failed',
      'John Smith: it was over',
    ]);
  });
  it('is what the speaker did, not what they said, before a reporting verb ("Standing next to his wife, Trump said: “…”")', () => {
    const text = 'Standing next to his wife, Donald Trump said: "We will win this state by a lot."';
    expect(statements(text)).toEqual(['Donald Trump: We will win this state by a lot.']);
    // A gerund with a verb of its own is a clause, and what was said.
    expect(statements('Building a wall is easy, Donald Trump said.')).toEqual([
      'Donald Trump: Building a wall is easy',
    ]);
  });
});

describe('a participle after a clause of another subject', () => {
  it('is not the first subject’s, however the source is found ("Clinton asks as a maintenance guy walks…, saying…")', () => {
    const text =
      'Hillary Clinton spoke. “Is it two? Three?” Clinton asks as a maintenance guy walks in front of her, saying he’s “here to fix the seven holes in your wall.”';
    const said = analyze(text).statements.map((s) => `${s.speaker}: ${text.slice(s.start, s.end)}`);
    expect(said.filter((s) => /seven holes/.test(s))).toEqual([]);
  });
});
