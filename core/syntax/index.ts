// Tokens, part-of-speech tags and dependency trees for English, in plain TypeScript (no Node or
// browser APIs), with models trained on GUM by `npm run train`. See README.md.
import parserJson from '../../data/models/parser.json';
import taggerJson from '../../data/models/tagger.json';
import commonWords from '../../data/lexicons/common-words.json';
import { analyzer, type ParserFileJson, type SynToken, type SyntaxModels } from './analyze';
import { Labeller } from './labels';
import { Parser } from './parser';
import { Tagger, type TaggerJson } from './tagger';

export { analyzer, MAX_PARSE, type ParserFileJson, type SynToken, type SyntaxModels } from './analyze';
export { tokenize, type Span } from './tokenize';

/**
 * Tokens, tags and a dependency tree for each range of `text` (one range a sentence), with the
 * shipped models (data/models, trained by `npm run train`). Never throws: a range outside the text
 * is clipped to it, and every token lies inside its range. `names`, where the actors stage found
 * a name (optional), lets a sentence that opens on a one-word name read it as one (names.ts).
 */
export function analyzeSyntax(
  text: string,
  ranges: readonly { start: number; end: number }[],
  names: readonly { start: number; end: number }[] = [],
): SynToken[][] {
  return (analyse ??= analyzer(shipped()))(text, ranges, names);
}

let models: SyntaxModels | undefined;
let analyse: ReturnType<typeof analyzer> | undefined;

/** The shipped models, read from their JSON once, on first use. */
export function shipped(): SyntaxModels {
  return (models ??= {
    tagger: Tagger.fromJSON(taggerJson as unknown as TaggerJson),
    parser: Parser.fromJSON((parserJson as unknown as ParserFileJson).parser),
    labeller: Labeller.fromJSON((parserJson as unknown as ParserFileJson).labeller),
    common: new Set(commonWords.words.split(' ')),
  });
}
