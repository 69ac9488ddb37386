// `npm run --silent extract -- FILE...`: the interface evaluations use. Reads plain-text articles and
// prints one JSON object on stdout with each document's actors and attributed statements. A file
// that cannot be used gets a message on stderr and a non-zero exit; the others are still printed.
import { readFileSync } from 'node:fs';
import { analyze } from '../core/engine';
import { decodeArticle } from '../core/text/decode';
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

function toOutput(file: string, a: EngineAnalysis) {
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

const files = process.argv.slice(2).filter((f) => f !== '--');
if (!files.length) {
  process.stderr.write('usage: npm run --silent extract -- FILE...\n');
  process.exit(2);
}
const documents: unknown[] = [];
let failed = 0;
for (const file of files) {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    failed++;
    process.stderr.write(`extract: ${file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? e})\n`);
    continue;
  }
  const decoded = decodeArticle(bytes);
  if (!decoded.ok) {
    failed++;
    process.stderr.write(`extract: ${file}: ${decoded.error}\n`);
    continue;
  }
  try {
    documents.push(toOutput(file, analyze(decoded.text)));
  } catch (e) {
    // The engine is meant never to throw; if it does, the other files still count.
    failed++;
    process.stderr.write(`extract: ${file}: the engine failed: ${(e as Error).message}\n`);
  }
}
process.stdout.write(JSON.stringify({ documents }) + '\n');
process.exitCode = failed ? 1 : 0;
