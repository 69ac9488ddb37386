// The JSON shape evaluations read (`npm run extract`, ../shared's scorers): each document's actors,
// the statements cards show, and the attributions without a card.
import type { EngineAnalysis } from '../core/engine';
import type { FoundAttribution } from '../core/statements/spans';

// Where the text names the source and the cue, and the content as an attribution annotation marks
// it (a quote with its marks; `content_spans` only when it differs from start/end).
function spans(s: FoundAttribution) {
  return {
    ...(s.source ? { source_start: s.source.start, source_end: s.source.end } : {}),
    ...(s.cue ? { cue_start: s.cue.start, cue_end: s.cue.end } : {}),
    ...(s.content ? { content_spans: s.content.map((c) => [c.start, c.end]) } : {}),
  };
}

export function toOutput(file: string, a: EngineAnalysis) {
  return {
    file,
    actors: a.actors.map((x) => ({ name: x.name, type: x.type, aliases: x.aliases, roles: x.roles })),
    statements: a.statements.map((s) => ({
      speaker: s.speaker,
      speaker_type: s.speakerType,
      kind: s.kind,
      text: s.text,
      start: s.start,
      end: s.end,
      about: s.about,
      topics: s.topics,
      ...(s.confidence !== undefined ? { confidence: s.confidence } : {}),
      ...spans(s),
    })),
    // Attributions with no statement: a source the text does not make clear, or a reporting verb
    // whose content was not read (`bare`). Spans only; no speaker is named.
    unresolved: a.unresolved.map((u) => ({
      kind: u.kind,
      ...(u.bare ? { bare: true } : { start: u.start, end: u.end }),
      ...spans(u),
    })),
  };
}
