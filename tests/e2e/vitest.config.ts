import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Real browsers against the built extension: run by `npm run test:e2e` after `npm run build`.
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['tests/e2e/**/*.test.ts'],
    // One browser at a time: CI has two cores, and two browsers starting at once make timings flaky.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    // Under CI, also a JSON result, from which .ci/run prints its closing "passed, failed" line.
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: 'artifacts/tests-e2e.json' },
  },
});
