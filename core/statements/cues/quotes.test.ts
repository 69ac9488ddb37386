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

  // Real news: a candidate's height inside a quote had closed it early and sent it to the outlet
  // named in the paragraph before.
  it('reads the mark after a height in feet and inches as no quotation mark', () => {
    expect(
      quotes('“I admit, he’s taller than me; he’s like 6’2”,” Rubio said. “He is 5\'10" at most.”'),
    ).toEqual([
      ['I admit, he’s taller than me; he’s like 6’2”', false],
      ['He is 5\'10" at most.', false],
    ]);
  });

  it('reads a closing mark that opens a paragraph as an opening one curled the wrong way', () => {
    const text = 'Time weighed in.\n\n” … the Cruz train has already left the station,” wrote Time magazine.';
    expect(quotes(text)).toEqual([['… the Cruz train has already left the station', false]]);
    // Inside a paragraph a closing mark still closes nothing it did not open.
    expect(quotes('The vote ” was close, and “it was fair,” she said.')).toEqual([['it was fair', false]]);
  });

  it('leaves a stray mark in running text alone', () => {
    expect(
      quotes('The so-called "reform bill has stalled for a year in the committee.\n\nNothing moved.'),
    ).toEqual([]);
  });
});
