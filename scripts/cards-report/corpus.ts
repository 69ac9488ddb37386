// The corpora the report reads: the bundled seeds (data/sources.json), PolNeAR read in place from
// ../shared/eval/polnear (all splits, or one: "polnear:train"), or any manifest file in the
// data/sources.json format. Missing material is a "skipped: …" sentence, never a throw.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { KbInput } from '../../core/kb/build';
import { readCorpus } from '../../core/kb/corpus';
import { polnearKbInputs, readPolnear } from '../polnear';

const root = resolve(import.meta.dirname, '../..');

export const CORPORA = ['seeds', 'polnear', 'polnear:train', 'polnear:dev', 'polnear:test'];

export function corpusInputs(name: string): KbInput[] | string {
  if (name === 'polnear' || name.startsWith('polnear:')) {
    const split = name.slice('polnear:'.length);
    const texts = readPolnear(split ? [split] : undefined);
    return typeof texts === 'string' ? texts : polnearKbInputs(texts);
  }
  const manifest = name === 'seeds' ? resolve(root, 'data/sources.json') : resolve(name);
  if (!existsSync(manifest))
    return `skipped: no corpus "${name}" (give ${CORPORA.join(', ')} or a manifest file like data/sources.json)`;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(manifest, 'utf8'));
  } catch (e) {
    return `skipped: ${manifest} cannot be read as JSON (${(e as Error).message})`;
  }
  const read = readCorpus(json, (file) => readFileSync(resolve(dirname(manifest), file)));
  return read.ok ? read.inputs : `skipped: ${manifest}: ${read.errors.join('; ')}`;
}
