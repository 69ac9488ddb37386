// A hand-made knowledge base for the card tests: small enough to know every expected line, with an
// actor quoted by three outlets (one unnamed), a statement about that actor by someone else, an
// unnamed source, a nested quote and a term. Used by tests only.
import { indexKb, type Kb, type KbActor, type KbIndex, type KbStatement } from '../kb';
import type { SpeakerType, StatementKind } from '../types';

export const TEXTS: Record<string, string> = {
  A:
    'Sergei Lavrov said: “If the spirit and letter of Anchorage are erased, it will be a different situation.” ' +
    'Lavrov said Moscow wants a settlement. Marco Rubio said Lavrov was stalling on the 28-point plan. ' +
    'A US official said the talks on territory stalled.',
  B:
    'The 28-point plan was drafted in Miami. Sergey Lavrov said: “If there is no spirit and letter of Anchorage ' +
    'on the key understandings, it will be a different situation.” Lavrov said sanctions must go.',
  C:
    'Lavrov said: “If the spirit and letter of Anchorage is erased, it will be a different situation.” ' +
    'Lavrov said Russia would keep the Donbas territory, insisting that “the Donbas territory is Russian”. ' +
    'A US official said the 28-point plan was dead.',
};

const actor = (
  id: string,
  name: string,
  type: KbActor['type'],
  mentions: Record<string, number>,
  aliases = [name],
): KbActor => ({
  id,
  name,
  type,
  aliases,
  roles: type === 'person' && id === 'lavrov' ? ['Russian Foreign Minister'] : [],
  mentions,
});

interface Spec {
  source: string;
  quote: string;
  speaker: string;
  speakerId: string | null;
  kind: StatementKind;
  topics: string[];
  about?: string[];
  speakerType?: SpeakerType;
}

function statement(s: Spec): KbStatement {
  const text = TEXTS[s.source]!;
  const start = text.indexOf(s.quote);
  if (start < 0) throw new Error(`fixture: "${s.quote}" not in ${s.source}`);
  const end = start + s.quote.length;
  const sentenceStart = Math.max(0, text.lastIndexOf('. ', start) + 2, text.lastIndexOf('” ', start) + 2);
  return {
    id: `${s.source}:${start}`,
    sourceId: s.source,
    speakerId: s.speakerId,
    speakerName: s.speaker,
    speakerType: s.speakerType ?? (s.speakerId ? 'person' : 'anonymous'),
    kind: s.kind,
    start,
    end,
    text: s.quote,
    sentence: { start: Math.min(sentenceStart, start), end },
    about: s.about ?? [],
    aboutNames: [],
    topics: s.topics,
  };
}

const L = { speaker: 'Sergei Lavrov', speakerId: 'lavrov' };

export const SPECS: Spec[] = [
  {
    source: 'A',
    ...L,
    kind: 'direct',
    topics: ['the_plan'],
    quote: 'If the spirit and letter of Anchorage are erased, it will be a different situation.',
  },
  {
    source: 'A',
    ...L,
    kind: 'indirect',
    topics: ['ceasefire_peace_process'],
    quote: 'Moscow wants a settlement',
  },
  {
    source: 'A',
    speaker: 'Marco Rubio',
    speakerId: 'rubio',
    kind: 'indirect',
    topics: ['the_plan'],
    about: ['lavrov', 'plan'],
    quote: 'Lavrov was stalling on the 28-point plan',
  },
  {
    source: 'A',
    speaker: 'a US official',
    speakerId: null,
    kind: 'indirect',
    topics: ['territory'],
    quote: 'the talks on territory stalled',
  },
  {
    source: 'B',
    ...L,
    speaker: 'Sergey Lavrov',
    kind: 'direct',
    topics: ['the_plan'],
    quote:
      'If there is no spirit and letter of Anchorage on the key understandings, it will be a different situation.',
  },
  { source: 'B', ...L, kind: 'indirect', topics: ['sanctions_assets'], quote: 'sanctions must go' },
  {
    source: 'C',
    ...L,
    kind: 'direct',
    topics: ['the_plan'],
    quote: 'If the spirit and letter of Anchorage is erased, it will be a different situation.',
  },
  {
    source: 'C',
    ...L,
    kind: 'indirect',
    topics: ['territory'],
    quote: 'Russia would keep the Donbas territory, insisting that “the Donbas territory is Russian”',
  },
  { source: 'C', ...L, kind: 'direct', topics: ['territory'], quote: 'the Donbas territory is Russian' },
  {
    source: 'C',
    speaker: 'a US official',
    speakerId: null,
    kind: 'indirect',
    topics: ['the_plan'],
    about: ['plan'],
    quote: 'the 28-point plan was dead',
  },
];

export function fixtureKb(): Kb {
  const statements = SPECS.map(statement);
  return {
    version: 1,
    sources: ['A', 'B', 'C'].map((id) => ({
      id,
      outlet: id === 'C' ? null : `Outlet ${id}`,
      title: id === 'A' ? 'Talks' : null,
      date: id === 'B' ? '2025-11-26' : '2025-11-25',
      dateSource: 'text' as const,
      statements: statements.filter((s) => s.sourceId === id).length,
      chars: TEXTS[id]!.length,
      text: TEXTS[id]!,
    })),
    actors: [
      actor('lavrov', 'Sergei Lavrov', 'person', { A: 2, B: 2, C: 2 }, [
        'Sergei Lavrov',
        'Sergey Lavrov',
        'Lavrov',
      ]),
      actor('rubio', 'Marco Rubio', 'person', { A: 1 }),
      actor('plan', '28-point plan', 'term', { A: 1, B: 1, C: 1 }),
    ],
    statements,
  };
}

export const fixtureIndex = (): KbIndex => indexKb(fixtureKb());
