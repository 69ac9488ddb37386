// Prints one closing line for every Vitest JSON result in artifacts/: "tests: N passed, N failed, N skipped".
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const dir = 'artifacts';
const files = existsSync(dir) ? readdirSync(dir).filter((f) => /^tests-.*\.json$/.test(f)) : [];
let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of files) {
  const r = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += r.numPendingTests + r.numTodoTests;
}
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
