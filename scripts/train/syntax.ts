// `npm run train` (syntax): the part-of-speech tagger and the dependency parser of core/syntax,
// trained on GUM's train partition read in place (../shared/eval/gum, never copied), written to
// data/models/tagger.json and data/models/parser.json. Seeded: the same data gives the same bytes.
// `tsx scripts/train/syntax.ts --dev` also prints dev figures after every epoch (to choose epochs).
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { hashString } from '../../core/learn';
import { analyzer, spanAnalyzer, type ParserFileJson, type SyntaxModels } from '../../core/syntax/analyze';
import { relationOf, trainLabeller, type LabelExample } from '../../core/syntax/labels';
import { trainParser } from '../../core/syntax/parser';
import { trainTagger, type Tagger, type TaggerJson } from '../../core/syntax/tagger';
import { wordsOf } from '../../core/syntax/words';
import { readGumUd, type GoldSentence } from './gum-ud';

export const name = 'syntax';
export const TAGGER_OUT = resolve(import.meta.dirname, '../../data/models/tagger.json');
export const PARSER_OUT = resolve(import.meta.dirname, '../../data/models/parser.json');

/**
 * Epochs chosen on GUM dev (`--dev`); rare features (seen fewer than `minCount` times in training)
 * and small weights are left out, which keeps the files small at little cost (see README.md).
 */
export const SETTINGS = {
  tagger: { epochs: 6, seed: 1, prune: 1, step: 0.1, minCount: 0 },
  parser: { epochs: 6, seed: 2, prune: 1, step: 0.1, minCount: 30 },
  labeller: { epochs: 4, seed: 3, prune: 0.5, step: 0.1, minCount: 30 },
};

export interface TrainedSyntax {
  tagger: TaggerJson;
  parser: ParserFileJson;
}

const jointTag = (t: { xpos: string; upos: string }) => `${t.xpos}|${t.upos}`;

/** The models trained on `train`; with `dev`, each epoch's dev figures go to `log`. */
export function trainSyntax(
  train: GoldSentence[],
  dev?: GoldSentence[],
  log: (line: string) => void = () => {},
): TrainedSyntax {
  const tagger = trainTagger(
    train.map((s) => ({ text: s.text, spans: s.tokens, tags: s.tokens.map(jointTag) })),
    {
      ...SETTINGS.tagger,
      onEpoch: (e, get) => dev && log(`tagger epoch ${e + 1}: ${tagScores(get(), dev)}`),
    },
  );
  // The parser learns from the tagger's own tags, as it will meet them.
  const examples = train.map((s) => input(s, tagger));
  const devInputs = dev?.map((s) => input(s, tagger));
  const parser = trainParser(examples, {
    ...SETTINGS.parser,
    onEpoch: (e, get) => {
      if (!devInputs) return;
      const parser = get();
      let right = 0;
      let all = 0;
      for (const x of devInputs) {
        parser.parse(x).forEach((h, i) => (all++, (right += h === x.heads[i] ? 1 : 0)));
      }
      log(`parser epoch ${e + 1}: UAS ${pct(right, all)} (dev, predicted tags)`);
    },
  });
  const labeller = trainLabeller(examples, {
    ...SETTINGS.labeller,
    onEpoch: (e, get) =>
      dev && log(`labeller epoch ${e + 1}: ${parseScores({ tagger, parser, labeller: get() }, dev)}`),
  });
  return { tagger: tagger.toJSON(), parser: { parser: parser.toJSON(), labeller: labeller.toJSON() } };
}

function input(s: GoldSentence, tagger: Tagger): LabelExample {
  const w = wordsOf(s.text, s.tokens);
  const tags = Int32Array.from(tagger.tag(w), (t) => hashString(tagger.tags[t]!));
  return {
    words: w.lower,
    tags,
    heads: Int32Array.from(s.tokens, (t) => t.head),
    deprels: s.tokens.map((t) => t.deprel),
  };
}

const pct = (a: number, b: number) => ((100 * a) / Math.max(1, b)).toFixed(2);

/** Tag accuracy on gold tokens: XPOS and UPOS. */
export function tagScores(tagger: Tagger, sents: GoldSentence[]): string {
  let all = 0;
  let xpos = 0;
  let upos = 0;
  for (const s of sents) {
    const tags = tagger.tag(wordsOf(s.text, s.tokens));
    s.tokens.forEach((t, i) => {
      const [x, u] = tagger.tags[tags[i]!]!.split('|');
      all++;
      if (x === t.xpos) xpos++;
      if (u === t.upos) upos++;
    });
  }
  return `XPOS ${pct(xpos, all)}, UPOS ${pct(upos, all)} (${all} tokens)`;
}

/**
 * Attachment scores with predicted tags: UAS, LAS over the labeller's relations (subtypes kept as in
 * `relationOf`), and LAS over basic relations (subtypes dropped). On gold tokens, or with
 * `tokenized` on the tokenizer's own (a word it cuts otherwise counts as wrong).
 */
export function parseScores(m: SyntaxModels, sents: GoldSentence[], tokenized = false): string {
  const onSpans = spanAnalyzer(m);
  const onText = analyzer(m);
  let all = 0;
  let uas = 0;
  let las = 0;
  let basic = 0;
  const base = (r: string) => r.split(':')[0];
  for (const s of sents) {
    const got = tokenized
      ? onText(s.text, [{ start: 0, end: s.text.length }])[0]!
      : onSpans(s.text, s.tokens);
    const byStart = new Map(got.map((t) => [t.start, t]));
    for (const t of s.tokens) {
      all++;
      const p = byStart.get(t.start);
      if (!p || p.end !== t.end) continue;
      const goldHead = t.head < 0 ? -1 : s.tokens[t.head]!.start;
      const head = p.head < 0 ? -1 : got[p.head]!.start;
      if (head !== goldHead) continue;
      uas++;
      if (p.deprel === relationOf(t.deprel)) las++;
      if (base(p.deprel) === base(t.deprel)) basic++;
    }
  }
  return `UAS ${pct(uas, all)}, LAS ${pct(las, all)}, basic LAS ${pct(basic, all)} (${all} tokens)`;
}

/** The JSON files' text, as written: laid out as prettier lays it out, so `npm run check` passes. */
export function serialise(t: TrainedSyntax): { tagger: string; parser: string } {
  return {
    tagger: JSON.stringify(t.tagger, null, 2) + '\n',
    parser: JSON.stringify(t.parser, null, 2) + '\n',
  };
}

export function run(): void {
  const train = readGumUd('train');
  if (typeof train === 'string') {
    console.log(`train syntax: ${train}`);
    return;
  }
  const withDev = process.argv.includes('--dev');
  const dev = withDev ? readGumUd('dev') : undefined;
  const out = serialise(
    trainSyntax(train, typeof dev === 'string' ? undefined : dev, (l) => console.log(`  ${l}`)),
  );
  writeFileSync(TAGGER_OUT, out.tagger);
  writeFileSync(PARSER_OUT, out.parser);
  const kb = (s: string) => `${(s.length / 1024).toFixed(0)} KB`;
  console.log(
    `train syntax: ${train.length} GUM train sentences → ${TAGGER_OUT} (${kb(out.tagger)}), ${PARSER_OUT} (${kb(out.parser)})`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) run();
