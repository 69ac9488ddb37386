import { describe, expect, it } from 'vitest';
import { brief, runRules as run } from '../fixture';

// A quote that ends on a comma, question or exclamation and opens its sentence, then a known name
// or a clear pronoun and one verb: news writes many verbs of saying no lexicon lists ("shot back",
// "fumed", "barked", "retaliated", "pressed", "surmised").

const TRUMP = { name: 'Donald Trump', type: 'person' as const, aliases: ['Donald Trump', 'Trump'] };
const TOOMEY = { name: 'Pat Toomey', type: 'person' as const, aliases: ['Pat Toomey', 'Toomey'] };

describe('a quote, then its source and a verb the lexicon does not list', () => {
  it('gives the quote to the name after it', () => {
    const r = run(
      'Donald Trump and Pat Toomey spoke. “Jeb wants to be a tough guy tonight,” Trump shot back. “They would have gone to the bill,” Toomey fumed on Tuesday.',
      [TRUMP, TOOMEY],
    );
    expect(brief(r)).toEqual([
      ['direct', 'Donald Trump', 'Jeb wants to be a tough guy tonight'],
      ['direct', 'Pat Toomey', 'They would have gone to the bill'],
    ]);
  });

  it('reads nothing where the quote is inside a clause, nor without a subject after it', () => {
    const inside = run('While Toomey called it a “terrific piece,” Trump winced.', [TRUMP, TOOMEY]);
    expect(inside.statements.filter((s) => s.kind === 'direct').map((s) => s.speaker)).not.toContain(
      'Donald Trump',
    );
    // …nor with a verb the lexicon lists: the quote is the fronted clause's own.
    const listed = run('While Toomey called it a “terrific piece,” Trump laughed.', [TRUMP, TOOMEY]);
    expect(listed.statements.filter((s) => s.kind === 'direct').map((s) => s.speaker)).toEqual([
      'Pat Toomey',
    ]);
    expect(brief(run('Donald Trump spoke. “Anybody but Trump,” was another.', [TRUMP]))).toEqual([]);
  });
});
