import { describe, expect, it } from 'vitest';
import { parsed } from './attribution';
import { countHeads } from './sources';

describe('the source-head trainer', () => {
  it('counts the nouns that head gold source phrases, as the parser reads them', () => {
    const text = 'Many experts said the plan would fail. The critics argued that it was late.';
    const span = (s: string): [number, number] => [text.indexOf(s), text.indexOf(s) + s.length];
    const counts = countHeads([
      {
        ...parsed(text),
        gold: [
          { source: [span('Many experts')], cue: [span('said')], content: [span('the plan would fail')] },
          { source: [span('The critics')], cue: [span('argued')], content: [span('that it was late')] },
        ],
      },
    ]);
    expect([...counts].sort()).toEqual([
      ['critics', 1],
      ['experts', 1],
    ]);
  });
});
