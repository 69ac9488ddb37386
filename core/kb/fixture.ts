// Hand-made analyses for the KB tests: two short articles with named speakers, the same unnamed
// source description in both ("a US official"), a speaker with no actor at all ("Analysts"), and an
// anonymous statement whose speakerId points at a named actor. Used by tests only.
import { prepare } from '../text';
import type { Actor, DocumentAnalysis, Statement, StatementKind, SpeakerType } from '../types';
import type { AnalyzedSource, SourceMeta } from './build';

export const TEXT_A =
  'President Donald Trump said, \u201CWe are very close.\u201D A US official said the talks went well. ' +
  'Trump added that Russia wants peace.';
export const TEXT_B =
  'A US official said Moscow would reject it. Analysts said the plan favoured Russia. ' +
  'Officials in the United States said the deal was near. Steve Witkoff said: \u201CProgress.\u201D';

function actor(
  id: string,
  name: string,
  type: Actor['type'],
  mentions: number,
  aliases = [name],
  roles: string[] = [],
): Actor {
  return { id, name, type, aliases, roles, mentions };
}

/** A statement whose text is the `nth` occurrence of `quote` in `text`; its sentence is the one holding it. */
function stmt(
  text: string,
  quote: string,
  speaker: string,
  speakerId: string | undefined,
  speakerType: SpeakerType,
  kind: StatementKind,
  about: string[] = [],
): Statement {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`fixture: "${quote}" not in text`);
  const end = start + quote.length;
  const s = prepare(text).sentences.find((x) => x.start <= start && x.end >= end)!;
  return {
    start,
    end,
    text: quote,
    speaker,
    ...(speakerId ? { speakerId } : {}),
    speakerType,
    kind,
    sentence: { start: s.start, end: s.end },
    about,
    topics: ['ceasefire_peace_process'],
  };
}

function analysis(text: string, actors: Actor[], statements: Statement[]): DocumentAnalysis {
  const mentions = actors.flatMap((a) =>
    a.mentions
      ? [
          {
            actorId: a.id,
            start: 0,
            end: a.name.length,
            text: a.name,
            sentence: 0,
          },
        ]
      : [],
  );
  return { prepared: prepare(text), actors, mentions, statements };
}

export const META_A: SourceMeta = {
  id: 'A',
  outlet: 'The Daily',
  title: 'Talks',
  date: '2025-11-25',
  dateSource: 'text',
};
export const META_B: SourceMeta = {
  id: 'B',
  outlet: null,
  title: null,
  date: '2025-11-24',
  dateSource: 'corpus',
};

export function fixtureDocs(): AnalyzedSource[] {
  const a = analysis(
    TEXT_A,
    [
      actor('t', 'Donald Trump', 'person', 2, ['Donald Trump', 'Trump'], ['President']),
      actor('r', 'Russia', 'government', 1),
      actor('u', 'a US official', 'person', 0),
    ],
    [
      stmt(TEXT_A, 'We are very close.', 'Donald Trump', 't', 'person', 'direct'),
      stmt(TEXT_A, 'the talks went well', 'a US official', 'u', 'anonymous', 'indirect'),
      stmt(TEXT_A, 'Russia wants peace', 'Donald Trump', 't', 'person', 'indirect', ['Russia', 'Moscow']),
    ],
  );
  const b = analysis(
    TEXT_B,
    [
      actor('w', 'Steve Witkoff', 'person', 1),
      actor('r', 'Russia', 'government', 2, ['Russia', 'Moscow']),
      actor('us', 'United States', 'government', 1),
      actor('o', 'a US official', 'person', 0),
    ],
    [
      stmt(TEXT_B, 'Moscow would reject it', 'a US official', 'o', 'anonymous', 'indirect', ['Moscow']),
      stmt(TEXT_B, 'the plan favoured Russia', 'Analysts', undefined, 'anonymous', 'indirect', [
        'the plan',
        'Russia',
      ]),
      // The engine's own link from "Officials in the United States" to the country: still unnamed.
      stmt(TEXT_B, 'the deal was near', 'US officials', 'us', 'anonymous', 'indirect'),
      stmt(TEXT_B, 'Progress.', 'Steve Witkoff', 'w', 'person', 'direct'),
    ],
  );
  return [
    { meta: META_A, analysis: a },
    { meta: META_B, analysis: b },
  ];
}
