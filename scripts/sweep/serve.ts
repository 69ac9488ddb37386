// The sweep's web server: every page under a folder, read in place, from 127.0.0.1. Nothing else is
// served (a page's own relative links are a 404), and nothing is fetched on a page's behalf.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, relative, resolve, sep } from 'node:path';

/** Every .html file under `dir`, as paths relative to it, sorted. */
export const findPages = (dir: string): string[] => findFiles(dir, (name) => /\.html?$/i.test(name));

function findFiles(dir: string, wanted: (name: string) => boolean): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && wanted(entry.name)) out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** Every file of a build, as paths inside it: what tells our extension's URLs from another's. */
export const buildFiles = (dir: string): Set<string> => new Set(findFiles(dir, () => true));

export interface PageServer {
  origin: string;
  /** The page's address; `scriptless` serves it with a CSP that stops every page script. */
  url(file: string, scriptless?: boolean): string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.htm': 'text/html',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
};

export async function servePages(dir: string): Promise<PageServer> {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let path: string;
    try {
      path = resolve(root, `.${decodeURIComponent(url.pathname)}`);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (!path.startsWith(root + sep) || !existsSync(path) || !statSync(path).isFile()) {
      res.writeHead(404).end();
      return;
    }
    const headers: Record<string, string> = {
      'content-type': TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
    };
    // The control run that tells our DOM changes from the page's: with its scripts stopped, whatever
    // changes is ours (content scripts and the recorder's preload script are not subject to a page CSP).
    if (url.searchParams.has('scriptless')) headers['content-security-policy'] = "script-src 'none'";
    res.writeHead(200, headers).end(readFileSync(path));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    origin,
    url: (file, scriptless = false) =>
      `${origin}/${file.split('/').map(encodeURIComponent).join('/')}${scriptless ? '?scriptless' : ''}`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
