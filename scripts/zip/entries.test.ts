import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { zipEntries } from './entries';

/** A zip of `files` built by hand, stored or deflated, as any zip tool writes one. */
function makeZip(files: Record<string, string>, comment = ''): Buffer {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const nameBytes = Buffer.from(name);
    const data = deflateRawSync(Buffer.from(text));
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(8, 8);
    head.writeUInt32LE(data.length, 18);
    head.writeUInt16LE(nameBytes.length, 26);
    local.push(head, nameBytes, data);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, nameBytes);
    offset += head.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(Buffer.byteLength(comment), 20);
  return Buffer.concat([...local, directory, end, Buffer.from(comment)]);
}

describe('zipEntries', () => {
  it('lists the names in a zip, nested and non-ASCII ones included, after a trailing comment', () => {
    const zip = makeZip(
      { 'manifest.json': '{}', 'content-scripts/content.js': 'x', 'données.txt': 'é' },
      'hi',
    );
    expect(zipEntries(zip)).toEqual(['manifest.json', 'content-scripts/content.js', 'données.txt']);
  });

  it('refuses what is not a zip', () => {
    expect(() => zipEntries(Buffer.from('not a zip at all, just some text here'))).toThrow(/not a zip/);
  });
});
