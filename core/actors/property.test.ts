import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepare } from '../text';
import { findActors } from '.';

// Random prose from name-like and ordinary pieces, with the punctuation that trips tokenisers.
const pieces = [
  'Mr',
  'Mr.',
  'Ms',
  'President',
  'Foreign Minister',
  'Sergei',
  'Lavrov',
  'Zelenskyy',
  'Zelensky’s',
  'Putin',
  'Moscow',
  'Kremlin',
  'the',
  'said',
  'told',
  'NBC News',
  'U.S.',
  'US-led',
  'Ukrainians',
  'Advertisement',
  'Will',
  'will',
  'P.',
  'Driscoll',
  'a spokesman for',
  '28-point plan',
  'twenty eight points',
  'talks in Geneva',
  ',',
  '.',
  '“',
  '”',
  '’s',
  '—',
  '\n',
  ' ',
  'The Washington Post',
  'Coalition of the Willing',
  'MrTrump',
  'on X',
];
const prose = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((xs) => xs.join(' '));

describe('findActors on any text', () => {
  it('gives exact, ordered, non-overlapping mentions of listed actors', () => {
    fc.assert(
      fc.property(prose, (text) => {
        const doc = prepare(text);
        const { actors, mentions } = findActors(doc);
        const ids = new Set(actors.map((a) => a.id));
        let end = -1;
        for (const m of mentions) {
          expect(text.slice(m.start, m.end)).toBe(m.text);
          expect(m.start).toBeGreaterThanOrEqual(end);
          expect(ids.has(m.actorId)).toBe(true);
          expect(doc.sentences[m.sentence]).toBeDefined();
          end = m.end;
        }
        for (const a of actors) {
          expect(a.mentions).toBe(mentions.filter((m) => m.actorId === a.id).length);
          expect(a.aliases.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('copes with an empty text', () => {
    expect(findActors(prepare(''))).toEqual({ actors: [], mentions: [] });
  });
});
