// `npm run kb` end to end: a good corpus gives a KB that loads; a bad one gives the reason, a
// non-zero exit and no file (not even a half-written one).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseKb } from './schema';

const root = resolve(import.meta.dirname, '../..');
const entry = { outlet: null, title: null, date: '2025-11-25', dateSource: 'text' };

function run(files: Record<string, string | Uint8Array>, sources: object[] | string) {
  const dir = mkdtempSync(join(tmpdir(), 'footnote-kb-'));
  mkdirSync(join(dir, 'seeds'));
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, 'seeds', name), body);
  const manifest = typeof sources === 'string' ? sources : JSON.stringify({ version: 1, sources });
  writeFileSync(join(dir, 'sources.json'), manifest);
  const out = join(dir, 'kb.json');
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(root, 'scripts/kb.ts'), '--manifest', join(dir, 'sources.json'), '--out', out],
    { cwd: root, encoding: 'utf8' },
  );
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, out, written: existsSync(out) };
}

describe('scripts/kb.ts', { timeout: 60_000 }, () => {
  it('writes a KB that passes its schema and reports its size', () => {
    const r = run({ 'a.txt': 'Sergei Lavrov said, \u201CWe are ready.\u201D' }, [
      { id: 'a', file: 'seeds/a.txt', ...entry },
    ]);
    expect(r.stderr).not.toMatch(/kb: /);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/sources +1/);
    expect(r.stdout).toMatch(/size .* KB raw, .* KB gzipped/);
    expect(parseKb(JSON.parse(readFileSync(r.out, 'utf8'))).sources[0]!.id).toBe('a');
  });

  it('refuses unusable sources, names each, and writes nothing', () => {
    const r = run({ 'a.txt': 'Fine text.', 'b.txt': new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]), 'c.txt': '' }, [
      { id: 'a', file: 'seeds/a.txt', ...entry },
      { id: 'b', file: 'seeds/b.txt', ...entry },
      { id: 'c', file: 'seeds/c.txt', ...entry },
      { id: 'd', file: 'seeds/missing.txt', ...entry },
    ]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/source b .*not text/);
    expect(r.stderr).toMatch(/source c .*empty/);
    expect(r.stderr).toMatch(/source d .*cannot be read \(ENOENT\)/);
    expect(r.stderr).toMatch(/nothing written/);
    expect(r.written).toBe(false);
  });

  it('refuses a bad manifest with the path of the problem', () => {
    const bad = run({ 'a.txt': 'Fine text.' }, [
      { id: 'a', file: 'seeds/a.txt', ...entry, date: '25/11/2025' },
    ]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/sources\[0\]\.date/);
    expect(bad.written).toBe(false);
    const broken = run({}, '{"version": 1, "sources": [');
    expect(broken.status).toBe(1);
    expect(broken.stderr).toMatch(/cannot be read as JSON/);
  });
});
