// `tsx scripts/train/reproduce.ts NAME...`: whether training reproduces the shipped models byte for
// byte, without writing them. Prints one line per trainer ("same", "differs" or why it was skipped)
// and exits non-zero when one differs. reproduce.test.ts runs it in a child process, so a training
// that blocks for a minute never stalls the test worker.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import * as attribution from './attribution';
import * as confidence from './confidence';
import * as given from './given';
import * as sources from './sources';
import * as words from './words';
import type { Built } from './write';

export const CHECKED: { name: string; OUT: string; build: () => Built }[] = [
  words,
  given,
  attribution,
  sources,
  confidence,
];

export function reproduces(name: string): 'same' | 'differs' | string {
  const t = CHECKED.find((c) => c.name === name);
  if (!t) return `skipped: no trainer ${name}`;
  const built = t.build();
  if (typeof built === 'string') return `skipped: ${built}`;
  return built.json === readFileSync(t.OUT, 'utf8') ? 'same' : 'differs';
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  let differs = false;
  for (const name of process.argv.slice(2)) {
    const verdict = reproduces(name);
    if (verdict === 'differs') differs = true;
    console.log(`${name}: ${verdict}`);
  }
  process.exit(differs ? 1 : 0);
}
