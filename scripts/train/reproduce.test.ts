import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as attribution from './attribution';
import * as confidence from './confidence';
import * as sources from './sources';
import { POLNEAR_DIR } from '../polnear';

// `npm run train` must reproduce the shipped attribution, source-head and confidence models byte for byte
// (the syntax models have their own test). Needs PolNeAR beside the repo; about a minute.
const here = existsSync(POLNEAR_DIR);
if (!here) console.log(`reproduce: skipped, ${POLNEAR_DIR} not found`);

// Each training blocks its worker for up to half a minute on a loaded machine. Vitest's worker
// answers the runner's calls only between such stretches, and gives up on a call after 60 s
// ("Timeout calling onTaskUpdate", an error that fails a run whose tests all passed): so each test
// first lets the event loop turn, and the file's three trainings never make one stretch.
const breathe = () => new Promise((resolve) => setTimeout(resolve, 0));

describe.skipIf(!here)('npm run train reproduces the shipped models', () => {
  for (const t of [attribution, sources, confidence])
    it(t.name, { timeout: 600_000 }, async () => {
      await breathe();
      const built = t.build();
      expect(typeof built).toBe('object');
      if (typeof built === 'string') return;
      expect(built.json === readFileSync(t.OUT, 'utf8')).toBe(true);
    });
});
