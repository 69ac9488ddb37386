import { describe, expect, it } from 'vitest';
import { afterCue, partsAround } from './learned';

const span = (text: string, s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });

describe('the content without the attribution printed inside it', () => {
  it('is the words before the source and cue and the words after them', () => {
    const text = '"If he thinks that is smart," the narrator says, "what does he think of you?"';
    const parts = partsAround(
      text,
      { start: 0, end: text.length },
      span(text, 'says'),
      span(text, 'the narrator'),
    );
    expect(parts.map((p) => text.slice(p.start, p.end))).toEqual([
      '"If he thinks that is smart,"',
      '"what does he think of you?"',
    ]);
  });

  it('is the content itself when the cue stands outside it, and nothing when nothing else is left', () => {
    const text = 'Mr. Kerry said the plan was sound.';
    const content = span(text, 'the plan was sound');
    expect(partsAround(text, content, span(text, 'said'), span(text, 'Mr. Kerry'))).toEqual([content]);
    const passive = 'It was backed by Mr. Kerry.';
    expect(
      partsAround(
        passive,
        span(passive, 'backed by Mr. Kerry'),
        span(passive, 'backed'),
        span(passive, 'Mr. Kerry'),
      ),
    ).toEqual([]);
  });
});

describe('the words after a cue that took their preposition', () => {
  it('begin after "called for"', () => {
    const text = 'The union called for a moratorium on charter schools.';
    const c = afterCue(text, span(text, 'for a moratorium on charter schools'), span(text, 'called for'));
    expect(text.slice(c.start, c.end)).toBe('a moratorium on charter schools');
  });

  it('stay as they are when the cue ends before them or holds them whole', () => {
    const text = 'The union said the plan was sound.';
    const words = span(text, 'the plan was sound');
    expect(afterCue(text, words, span(text, 'said'))).toEqual(words);
    expect(afterCue(text, span(text, 'said'), span(text, 'union said'))).toEqual(span(text, 'said'));
  });
});
