import { describe, expect, it } from 'vitest';
import { mentionsOf } from './gum-entities';

const row = (lemma: string, upos: string, head: number, misc = '_') => ({ lemma, upos, head, misc });

describe("GUM's entity mentions", () => {
  it('reads nested, single-word and multi-word mentions with their types', () => {
    // "the school 's principal said": principal (person) holds "the school" (organization).
    const rows = [
      row('the', 'DET', 2, 'Entity=(1-person-new-nnnnn-cf1-3-coref(2-organization-new-nnnnn-cf2-2-coref'),
      row('school', 'NOUN', 3, 'Entity=2)'),
      row("'s", 'PART', 1),
      row('principal', 'NOUN', 4, 'Entity=1)'),
      row('say', 'VERB', -1),
      row('we', 'PRON', 4, 'Discourse=x|Entity=(3-person-giv:act-nnnnn-cf3-1-ana)'),
      // A name ending in digits closes where its bracket does: "Apollo_11)" is no closing of 11.
      row(
        'Apollo',
        'PROPN',
        4,
        'Entity=(11-object-new-nnnnn-cf4-1-coref(4-event-new-nnnnn-cf5-1-coref-Apollo_11)',
      ),
      row('crew', 'NOUN', 4, 'Entity=11)'),
    ];
    expect(mentionsOf(rows)).toEqual([
      { from: 0, to: 1, type: 'organization' },
      { from: 0, to: 3, type: 'person' },
      { from: 5, to: 5, type: 'person' },
      { from: 6, to: 6, type: 'event' },
      { from: 6, to: 7, type: 'object' },
    ]);
  });
});
