import { describe, expect, it } from 'vitest';
import { checkText, decodeArticle } from './decode';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('decodeArticle', () => {
  it('decodes UTF-8 text and keeps a BOM so offsets match a plain read', () => {
    expect(decodeArticle(bytes('\uFEFF“Hi,” he said.'))).toEqual({ ok: true, text: '\uFEFF“Hi,” he said.' });
  });
  it('refuses empty, NUL-holding, invalid UTF-8 and oversized input with a reason', () => {
    expect(decodeArticle(new Uint8Array())).toEqual({ ok: false, error: 'the file is empty' });
    expect(decodeArticle(new Uint8Array([65, 0, 66]))).toMatchObject({ ok: false, error: /NUL/ });
    expect(decodeArticle(new Uint8Array([0xc3, 0x28, 65]))).toMatchObject({ ok: false, error: /UTF-8/ });
    expect(decodeArticle(bytes('a'.repeat(11)), 10)).toMatchObject({ ok: false, error: /over the .* limit/ });
  });
});

describe('checkText', () => {
  it('refuses text with no letters and control-character soup', () => {
    expect(checkText('123 456 ...')).toMatchObject({ ok: false });
    expect(checkText('PK\u0003\u0004\u0014\u0006\u0008\u0001\u0002\u0005\u0007\u0010ab')).toMatchObject({
      ok: false,
    });
    expect(checkText('A plain sentence.')).toEqual({ ok: true, text: 'A plain sentence.' });
  });
});
