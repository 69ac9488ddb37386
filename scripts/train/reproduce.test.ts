import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { POLNEAR_DIR } from '../polnear';
import { CHECKED } from './reproduce';

// `npm run train` must reproduce the shipped attribution, source-head and confidence models byte for
// byte (the syntax models have their own test). Needs PolNeAR beside the repo; about a minute.
const here = existsSync(POLNEAR_DIR);
if (!here) console.log(`reproduce: skipped, ${POLNEAR_DIR} not found`);

// Each training runs in a child process: one blocks its process for up to a minute on a loaded
// machine, and Vitest's worker gives up on a call to the runner after 60 s ("Timeout calling
// onTaskUpdate", which fails a run whose tests all passed). The worker only waits here.
const script = resolve(import.meta.dirname, 'reproduce.ts');
const root = resolve(import.meta.dirname, '../..');

function check(name: string): Promise<{ code: number | null; out: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, name], { cwd: root });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, out }));
  });
}

describe.skipIf(!here)('npm run train reproduces the shipped models', () => {
  for (const t of CHECKED)
    it(t.name, { timeout: 600_000 }, async () => {
      const { code, out } = await check(t.name);
      expect(out.trim()).toBe(`${t.name}: same`);
      expect(code).toBe(0);
    });
});
