// The seed KB built from data/ for the tests, so they never depend on an earlier `npm run kb`.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { buildKb } from '../kb/build';
import { readCorpus } from '../kb/corpus';
import { indexKb, type KbIndex } from '../kb/load';

export function seedIndex(): KbIndex {
  const manifest = resolve(import.meta.dirname, '../../data/sources.json');
  const corpus = readCorpus(JSON.parse(readFileSync(manifest, 'utf8')), (f) =>
    readFileSync(resolve(dirname(manifest), f)),
  );
  if (!corpus.ok) throw new Error(corpus.errors.join('\n'));
  return indexKb(buildKb(corpus.inputs));
}
