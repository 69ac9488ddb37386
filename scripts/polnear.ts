// Reads the PolNeAR texts in place from ../shared/eval/polnear (beside the repo, never copied into
// it) for the benchmarks. Answers a "skipped: …" sentence instead when they are not there.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { KbInput } from '../core/kb/build';
import { decodeArticle } from '../core/text/decode';

export const POLNEAR_DIR = resolve(import.meta.dirname, '../../shared/eval/polnear');

export interface PolnearText {
  split: string;
  /** File name without `.txt`: `<outlet>_<date>_<slug>`. */
  name: string;
  text: string;
}

export function readPolnear(splits = ['train', 'dev', 'test']): PolnearText[] | string {
  if (!existsSync(POLNEAR_DIR))
    return `skipped: ${POLNEAR_DIR} not found (PolNeAR lives in ../shared/eval beside the repo)`;
  const out: PolnearText[] = [];
  let refused = 0;
  for (const split of splits) {
    const dir = join(POLNEAR_DIR, split, 'text');
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir)
      .filter((n) => n.endsWith('.txt'))
      .sort()) {
      const d = decodeArticle(readFileSync(join(dir, f)));
      if (d.ok) out.push({ split, name: f.slice(0, -4), text: d.text });
      else refused++;
    }
  }
  if (!out.length) return `skipped: no {${splits.join(',')}}/text/*.txt under ${POLNEAR_DIR}`;
  if (refused) console.log(`  (PolNeAR: ${refused} texts refused by the article decoder, left out)`);
  return out;
}

/** PolNeAR texts as knowledge-base inputs; the outlet and date are in the file name. */
export function polnearKbInputs(texts: PolnearText[]): KbInput[] {
  return texts.map(({ split, name, text }) => {
    const [outlet, date] = name.split('_');
    return {
      meta: {
        id: `${split}/${name}`,
        outlet: outlet ?? null,
        title: null,
        date: /^\d{4}-\d{2}-\d{2}$/.test(date ?? '') ? date! : '2016-01-01',
        dateSource: 'corpus' as const,
      },
      text,
    };
  });
}
