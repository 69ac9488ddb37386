// `npm run train [-- NAME...]`: every trainer in turn (or the named ones), each writing its models
// under data/models. A trainer is a module exporting `name` and `run()`; add yours to the list.
// Order matters: later trainers may read the models earlier ones wrote (attribution parses with
// the syntax models, confidence reads the source heads). The engine imports its models once, when
// its modules load, so each trainer runs in a process of its own, which loads the files as the
// trainers before it left them.
import { spawnSync } from 'node:child_process';
import * as attribution from './attribution';
import * as confidence from './confidence';
import * as coref from './coref';
import * as given from './given';
import * as sources from './sources';
import * as syntax from './syntax';
import * as words from './words';

interface Trainer {
  name: string;
  run: () => void | Promise<void>;
}

const trainers: Trainer[] = [words, given, syntax, coref, attribution, sources, confidence];

const args = process.argv.slice(2);
const wanted = args.filter((a) => !a.startsWith('-'));
const chosen = trainers.filter((t) => !wanted.length || wanted.includes(t.name));
if (chosen.length === 1) {
  const t0 = performance.now();
  await chosen[0]!.run();
  console.log(`  (${chosen[0]!.name}: ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
} else {
  for (const t of chosen) {
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', import.meta.filename, t.name, ...args.filter((a) => a.startsWith('-'))],
      { stdio: 'inherit' },
    );
    if (child.status !== 0) process.exit(child.status ?? 1);
  }
}
