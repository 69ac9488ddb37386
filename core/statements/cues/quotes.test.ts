import { describe, expect, it } from 'vitest';
import { prepare } from '../../text';
import { findQuotes } from './quotes';

const quotes = (text: string) =>
  findQuotes(prepare(text)).map((q) => [text.slice(q.start, q.end), q.unclosed]);

describe('quotations', () => {
  it('pairs marks within a paragraph', () => {
    expect(quotes('"We will not back down," she said. "Never."')).toEqual([
      ['We will not back down', false],
      ['Never.', false],
    ]);
  });

  it('reads a quote left open to the paragraph end when the next one continues it or a comma or colon introduces it', () => {
    const continued = 'Reed said, "We waited too long for this road.\n\n"We will build it," he added.';
    expect(quotes(continued)[0]).toEqual(['We waited too long for this road.', true]);
    const introduced =
      'Reed said, "We waited too long for this road and the county deserves better.\n\nThe crowd cheered.';
    expect(quotes(introduced)).toEqual([
      ['We waited too long for this road and the county deserves better.', true],
    ]);
  });

  it('leaves a stray mark in running text alone', () => {
    expect(
      quotes('The so-called "reform bill has stalled for a year in the committee.\n\nNothing moved.'),
    ).toEqual([]);
  });
});
