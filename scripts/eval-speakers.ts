// `npm run eval:speakers [-- --corpus polnear|gum] [--split dev|test|train]`: the engine's card
// statements scored by ../shared's own scorers (score-speakers.mjs of PolNeAR and GUM, read in place):
// how many name the right speaker, and how much of the gold they cover. Runs the engine as `extract`
// does, writes its JSON to a temporary file and hands it to the scorer. Develop on dev; test is for
// reporting. Skips with a message when ../shared is absent.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../core/engine';
import { decodeArticle } from '../core/text/decode';
import { toOutput } from './extract-output';
import { GUM_DIR } from './gum';
import { POLNEAR_DIR } from './polnear';

const argv = process.argv.slice(2).filter((a) => a !== '--');
const opt = (name: string, fallback: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? (argv[i + 1] ?? fallback) : fallback;
};
const corpora = argv.includes('--corpus') ? [opt('corpus', 'polnear')] : ['polnear', 'gum'];
const splits = argv.includes('--split') ? [opt('split', 'dev')] : ['dev', 'test'];

function files(corpus: string, split: string): string[] | string {
  if (corpus === 'polnear') {
    const dir = join(POLNEAR_DIR, split, 'text');
    if (!existsSync(dir)) return `skipped: ${dir} not found`;
    return readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => join(dir, f));
  }
  const list = join(GUM_DIR, `${split}.txt`);
  if (!existsSync(list)) return `skipped: ${list} not found`;
  return readFileSync(list, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((id) => join(GUM_DIR, 'docs', `${id.trim()}.txt`));
}

const tmp = mkdtempSync(join(tmpdir(), 'footnote-speakers-'));
try {
  for (const corpus of corpora)
    for (const split of splits) {
      const list = files(corpus, split);
      if (typeof list === 'string') {
        console.log(`eval:speakers ${corpus} ${split}: ${list}`);
        continue;
      }
      const started = performance.now();
      const documents = [];
      for (const file of list) {
        const d = decodeArticle(readFileSync(file));
        if (d.ok) documents.push(toOutput(file, analyze(d.text)));
      }
      const out = join(tmp, `${corpus}-${split}.json`);
      writeFileSync(out, JSON.stringify({ documents }));
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const args =
        corpus === 'polnear'
          ? [join(POLNEAR_DIR, 'score-speakers.mjs'), '--split', join(POLNEAR_DIR, split), '--out', out]
          : [join(GUM_DIR, 'score-speakers.mjs'), '--gum', GUM_DIR, '--out', out];
      console.log(`${corpus} ${split} (${documents.length} texts, engine ${seconds} s):`);
      process.stdout.write(execFileSync(process.execPath, args, { encoding: 'utf8' }));
    }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
