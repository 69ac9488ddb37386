import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCorpus } from './corpus';
import { parseManifest } from './manifest';

const real = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/sources.json'), 'utf8'));
const entry = {
  id: 'x',
  file: 'seeds/x.txt',
  outlet: null,
  title: null,
  date: '2025-11-25',
  dateSource: 'text',
};
const manifest = (...sources: object[]) => ({ version: 1, sources });
const bytes = (s: string) => new TextEncoder().encode(s);

describe('parseManifest', () => {
  it('accepts data/sources.json', () => {
    expect(parseManifest(real).sources).toHaveLength(5);
  });

  it('names the first bad path', () => {
    const bad = (m: unknown) => () => parseManifest(m);
    expect(bad(manifest({ ...entry, date: '2025-13-01' }))).toThrow(/^sources\[0\]\.date: /);
    expect(bad(manifest(entry, { ...entry, id: 'y', dateSource: 'guess' }))).toThrow(
      /^sources\[1\]\.dateSource/,
    );
    expect(bad(manifest({ ...entry, file: '../secret.txt' }))).toThrow(/^sources\[0\]\.file: .*inside data/);
    expect(bad(manifest({ ...entry, file: '/etc/passwd' }))).toThrow(/^sources\[0\]\.file/);
    expect(bad(manifest({ ...entry, outlet: '' }))).toThrow(/^sources\[0\]\.outlet/);
    expect(bad(manifest(entry, { ...entry, file: 'seeds/y.txt' }))).toThrow(
      /sources\[1\]\.id: "x" is already used by sources\[0\]/,
    );
    expect(bad(manifest(entry, { ...entry, id: 'y' }))).toThrow(/sources\[1\]\.file: .* already used/);
    expect(bad(manifest())).toThrow(/^sources: .*at least one/);
    expect(bad('sources')).toThrow(/^\(root\)/);
  });
});

describe('readCorpus', () => {
  it('reads every source and names each unusable one', () => {
    const files: Record<string, Uint8Array> = {
      'ok.txt': bytes('Trump said so.'),
      'empty.txt': new Uint8Array(),
      'bin.txt': new Uint8Array([0x50, 0x4b, 0, 3]),
    };
    const read = (f: string) => {
      const b = files[f];
      if (!b) throw Object.assign(new Error('no such file'), { code: 'ENOENT' });
      return b;
    };
    const m = manifest(
      { ...entry, id: 'a', file: 'ok.txt' },
      { ...entry, id: 'b', file: 'empty.txt' },
      { ...entry, id: 'c', file: 'bin.txt' },
      { ...entry, id: 'd', file: 'gone.txt' },
    );
    expect(readCorpus(m, read)).toEqual({
      ok: false,
      errors: [
        'source b (empty.txt): the file is empty',
        'source c (bin.txt): the file is not text (it holds NUL bytes)',
        'source d (gone.txt): cannot be read (ENOENT)',
      ],
    });
    const good = readCorpus(manifest({ ...entry, file: 'ok.txt' }), read);
    expect(good).toEqual({
      ok: true,
      inputs: [
        {
          meta: { id: 'x', outlet: null, title: null, date: '2025-11-25', dateSource: 'text' },
          text: 'Trump said so.',
        },
      ],
    });
    expect(readCorpus({ sources: 1 }, read)).toMatchObject({
      ok: false,
      errors: [expect.stringMatching(/^manifest: /)],
    });
  });
});
