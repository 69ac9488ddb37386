// `npm run --silent extract -- FILE...`: the interface evaluations use. Reads plain-text articles and
// prints one JSON object on stdout with each document's actors and attributed statements. A file
// that cannot be used gets a message on stderr and a non-zero exit; the others are still printed.
import { readFileSync } from 'node:fs';
import { analyze } from '../core/engine';
import { decodeArticle } from '../core/text/decode';
import { toOutput } from './extract-output';

const files = process.argv.slice(2).filter((f) => f !== '--');
if (!files.length) {
  process.stderr.write('usage: npm run --silent extract -- FILE...\n');
  process.exit(2);
}
const documents: unknown[] = [];
let failed = 0;
for (const file of files) {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    failed++;
    process.stderr.write(`extract: ${file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? e})\n`);
    continue;
  }
  const decoded = decodeArticle(bytes);
  if (!decoded.ok) {
    failed++;
    process.stderr.write(`extract: ${file}: ${decoded.error}\n`);
    continue;
  }
  try {
    documents.push(toOutput(file, analyze(decoded.text)));
  } catch (e) {
    // The engine is meant never to throw; if it does, the other files still count.
    failed++;
    process.stderr.write(`extract: ${file}: the engine failed: ${(e as Error).message}\n`);
  }
}
process.stdout.write(JSON.stringify({ documents }) + '\n');
process.exitCode = failed ? 1 : 0;
