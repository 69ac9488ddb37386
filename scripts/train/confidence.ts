// `npm run train` (confidence): the model that gives each statement its confidence, trained on the
// verdicts of PolNeAR's train split (is the speaker right?), and the threshold cards use, chosen on
// the dev split as the lowest that keeps at least TARGET of the speakers right (the median over
// seeded resamplings of dev, threshold.ts's stableThreshold). Reads the attribution
// models just written, so it runs after the attribution trainer.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { modelsOf } from '../../core/attribution/models';
import type { Models } from '../../core/attribution';
import { analyzeUndecided } from '../../core/engine';
import { marginScorer, type LinearModelJson } from '../../core/learn';
import { thresholded } from '../../core/statements/decide/confidence';
import { POLNEAR_DIR, readPolnear } from '../polnear';
import { parseAnn, pickAnnotation, type Range } from '../polnear-score';
import { OUT as ATTRIBUTION } from './attribution';
import { trainLogistic, type Example } from './linear';
import { verdict, type Verdict } from './speakers';
import { stableThreshold } from './threshold';
import { writeBuilt, type Built } from './write';

export const name = 'confidence';
export const OUT = resolve(import.meta.dirname, '../../data/models/confidence.json');
/** Right speakers wanted among the statements cards show, on dev (the floor is 0.98). */
export const TARGET = 0.98;

export interface Judged {
  features: string[];
  verdict: Verdict;
}

/** Every statement of a split before the confidence decision, with its verdict against the gold. */
export function judged(split: string, models: Models, limit = Infinity): Judged[] | string {
  const texts = readPolnear([split]);
  if (typeof texts === 'string') return texts;
  const annDir = join(POLNEAR_DIR, split, 'attributions');
  const files = readdirSync(annDir);
  const out: Judged[] = [];
  for (const { name: n, text } of texts.slice(0, limit)) {
    const f = pickAnnotation(files, n);
    if (!f) continue;
    const gold = parseAnn(readFileSync(join(annDir, f), 'utf8'), text.length).attributions;
    const { result } = analyzeUndecided(text, models);
    for (const st of result.statements) {
      const content: Range[] = (st.content ?? [st]).map((c) => [c.start, c.end]);
      const v = verdict(text, gold, {
        speaker: st.speaker,
        content,
        ...(st.source ? { source: [st.source.start, st.source.end] as Range } : {}),
      });
      out.push({ features: result.features?.get(st) ?? [], verdict: v });
    }
  }
  return out;
}

/** The model and threshold as `npm run train` writes them, or why they cannot be trained here. */
export function build(): Built {
  const models = modelsOf(
    JSON.parse(readFileSync(ATTRIBUTION, 'utf8')) as Record<keyof Models, LinearModelJson>,
  );
  const train = judged('train', models);
  const dev = judged('dev', models);
  if (typeof train === 'string') return train;
  if (typeof dev === 'string') return dev;
  const examples: Example[] = train
    .filter((j) => j.verdict === 'right' || j.verdict === 'wrong')
    .map((j) => ({ features: j.features, label: j.verdict === 'right' ? 1 : 0 }));
  const model = trainLogistic(examples, { epochs: 10, seed: 5 });
  const score = marginScorer(model);
  const p = (f: string[]) => Math.round(1000 / (1 + Math.exp(-score(f)))) / 1000;
  // Only what the models add is held back by the threshold, so it is chosen on those alone.
  const added = dev.filter((j) => thresholded(j.features));
  const threshold = stableThreshold(
    added.map((j) => ({ p: p(j.features), verdict: j.verdict })),
    TARGET,
  );
  const wrong = examples.filter((e) => !e.label).length;
  return {
    json: JSON.stringify({ model, threshold }) + '\n',
    note: `${examples.length} judged statements (${wrong} wrong); threshold ${threshold} on dev`,
  };
}

export const run = (): void => writeBuilt(name, OUT, build());
