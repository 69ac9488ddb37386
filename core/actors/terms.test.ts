import { describe, expect, it } from 'vitest';
import { prepare } from '../text';
import { findActors } from '.';
import { findTerms, parseNumber, requiredLiteral } from './terms';

const names = (text: string) => findTerms(text).map((h) => [text.slice(h.start, h.end), h.name]);

describe('key terms', () => {
  it('reads numbers in digits and words', () => {
    expect(parseNumber('twenty eight')).toBe(28);
    expect(parseNumber('twenty-eight')).toBe(28);
    expect(parseNumber('nineteen')).toBe(19);
    expect(parseNumber('28')).toBe(28);
  });

  it('makes every wording of an N-point plan one term', () => {
    expect(names('the 28-point US plan, a 28-point peace plan, the 28-point framework')).toEqual([
      ['28-point US plan', '28-point plan'],
      ['28-point peace plan', '28-point plan'],
      ['28-point framework', '28-point plan'],
    ]);
    expect(names('the original peace framework containing twenty eight points')).toEqual([
      ['twenty eight points', '28-point plan'],
    ]);
    expect(names('the 12-point Chinese plan')).toEqual([['12-point Chinese plan', '12-point plan']]);
  });

  it('names talks and summits after their place, a city after its region', () => {
    expect(names('talks in Geneva and the Geneva meetings')).toEqual([
      ['talks in Geneva', 'Geneva talks'],
      ['Geneva meetings', 'Geneva talks'],
    ]);
    expect(names('their August summit in Anchorage, Alaska')[0]![1]).toBe('Alaska summit');
  });

  it('finds regions, frozen assets, guarantees and sanctions', () => {
    expect(
      names('frozen Russian funds for the Donetsk region; security guarantees; new sanctions').map(
        (x) => x[1],
      ),
    ).toEqual(['Frozen Russian assets', 'Donetsk', 'Security guarantees', 'Sanctions']);
  });

  it('become term actors; an event with a summit mention is named a summit', () => {
    const r = findActors(
      prepare('The Alaska summit was short. After the meeting in Anchorage, nothing changed.'),
    );
    const t = r.actors.filter((a) => a.type === 'term');
    expect(t.map((a) => [a.name, a.mentions])).toEqual([['Alaska summit', 2]]);
  });
});

describe('key terms: the word a pattern needs', () => {
  it('is read off the top level, a letter a quantifier makes optional ending a run', () => {
    expect(requiredLiteral('\\bcease-?fire\\b')).toBe('cease');
    expect(requiredLiteral('\\bsecurity[ ]+guarantees?\\b')).toBe('guarantee');
    expect(requiredLiteral('ab(c|d)efg')).toBe('efg');
    expect(requiredLiteral('[abc]defg\\p{Lu}hijk')).toBe('defg');
    expect(requiredLiteral('abcd+efg')).toBe('abcd');
    expect(requiredLiteral('(?:plan|deal)[ ]+of[ ]+(?<span>(?<n>\\d+|two)[ ]+points)')).toBe('points');
  });

  it('is none with alternatives at the top level or only short runs', () => {
    expect(requiredLiteral('abc|def')).toBeUndefined();
    expect(requiredLiteral('x\\k<n>yz')).toBeUndefined();
    expect(requiredLiteral('x(?:abcd)?yz')).toBeUndefined();
    expect(requiredLiteral('a(?!bcdef)gh')).toBeUndefined();
  });

  it('leaves the case-insensitive patterns their Unicode matches (a long s is an s)', () => {
    expect(names('The ſanctions held, and the CEASEFIRE too.')).toEqual([
      ['ſanctions', 'Sanctions'],
      ['CEASEFIRE', 'Ceasefire'],
    ]);
  });
});

describe('key terms: limits', () => {
  it('does not run an N-point phrase across ordinary words', () => {
    expect(names('a 10-point lead in the polls before the deal')).toEqual([]);
  });
});

describe('key terms: events with a participant', () => {
  // A mention of the bare event word would make "summit" an alias that marks every summit.
  it('does not take an event word alone as a mention', () => {
    const r = findActors(prepare("Lavrov cited Trump's earlier summit with Putin in Alaska."));
    expect(r.actors.filter((a) => a.type === 'term')).toEqual([]);
  });
});
