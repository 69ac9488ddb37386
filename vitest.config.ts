import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['**/*.test.ts', '**/*.test.tsx'],
    exclude: ['node_modules/**', '.output/**', 'tests/e2e/**'],
    // CI runs this once on a loaded 2-core machine, where vitest's 5 s default is too close for tests
    // that take over a second alone (fast-check properties in search, normalize and the engine). A
    // timeout is not an assertion: a hung test still fails, a minute later. The 5 MB engine test sets
    // its own 10 minutes.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Under CI, also a JSON result, from which .ci/run prints its closing "passed, failed" line.
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: 'artifacts/tests-unit.json' },
  },
});
