import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPages, servePages, type PageServer } from './serve';

describe('the sweep’s page server', () => {
  let dir: string;
  let server: PageServer;
  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), 'sweep-serve-'));
    dir = join(root, 'pages');
    mkdirSync(join(dir, 'a b'), { recursive: true });
    writeFileSync(join(dir, 'a b', 'source.html'), '<p>Putin</p>');
    writeFileSync(join(dir, 'top.htm'), '<p>x</p>');
    writeFileSync(join(dir, 'notes.txt'), 'not a page');
    writeFileSync(join(root, 'secret.html'), 'outside');
    server = await servePages(dir);
  });
  afterAll(async () => {
    await server.close();
    rmSync(join(dir, '..'), { recursive: true, force: true });
  });

  it('finds the pages under the folder, sorted, as relative paths', () => {
    expect(findPages(dir)).toEqual(['a b/source.html', 'top.htm']);
  });

  it('serves a page, with a CSP that stops its scripts only for the scriptless run', async () => {
    const page = await fetch(server.url('a b/source.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html');
    expect(page.headers.get('content-security-policy')).toBeNull();
    expect(await page.text()).toBe('<p>Putin</p>');
    const bare = await fetch(server.url('a b/source.html', true));
    expect(bare.headers.get('content-security-policy')).toBe("script-src 'none'");
  });

  it('serves nothing outside the folder and nothing that is not there', async () => {
    expect((await fetch(`${server.origin}/../secret.html`)).status).toBe(404);
    expect((await fetch(`${server.origin}/%2e%2e/secret.html`)).status).toBe(404);
    expect((await fetch(`${server.origin}/missing.html`)).status).toBe(404);
    expect((await fetch(`${server.origin}/a%20b`)).status).toBe(404);
  });
});
