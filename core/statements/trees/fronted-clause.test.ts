import { describe, expect, it } from 'vitest';
import { analyzeUndecided } from '../../engine';

const said = (text: string) => analyzeUndecided(text).result.statements.map((s) => `${s.speaker}: ${s.text}`);

describe('a reporting verb in a clause that opens the sentence', () => {
  it('reports to the comma before the main clause, not the reporter’s clause after it', () => {
    expect(
      said('When Marco Rubio thanked Miami and said it was great to be home, a man yelled “Stay there!”'),
    ).toEqual(['Marco Rubio: it was great to be home']);
    expect(
      said(
        'While Barack Obama has repeatedly said he opposes sending Americans to fight in far-flung countries, his administration carves out exceptions.',
      )[0],
    ).toBe('Barack Obama: he opposes sending Americans to fight in far-flung countries');
  });
  it('does so in an opening phrase’s relative clause, and before a verb the tagger read as a participle', () => {
    expect(
      said(
        'And in an election year in which a majority of Americans say they do not trust Hillary Clinton, even some allies questioned why the foundation had not acted sooner.',
      )[0],
    ).toBe('a majority of Americans: they do not trust Hillary Clinton');
  });
  it('leaves a sentence that opens on its speaker whole', () => {
    expect(said('Hillary Clinton said the plan would fail, her aides agreed.')[0]).toContain(
      'the plan would fail, her aides agreed',
    );
  });
});
