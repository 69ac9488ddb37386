// `npm run train [-- NAME...]`: every trainer in turn (or the named ones), each writing its models
// under data/models. A trainer is a module exporting `name` and `run()`; add yours to the list.
// Order matters: later trainers may read the models earlier ones wrote (attribution parses with
// the syntax models).
import * as attribution from './attribution';
import * as confidence from './confidence';
import * as coref from './coref';
import * as sources from './sources';
import * as syntax from './syntax';
import * as words from './words';

interface Trainer {
  name: string;
  run: () => void | Promise<void>;
}

const trainers: Trainer[] = [words, syntax, coref, attribution, sources, confidence];

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
for (const t of trainers) {
  if (wanted.length && !wanted.includes(t.name)) continue;
  const t0 = performance.now();
  await t.run();
  console.log(`  (${t.name}: ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
}
