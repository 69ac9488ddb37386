// A seed article as a plain news page on localhost: the e2e fixture, and the demo page `npm start`
// opens, so what a developer sees there is what the tests check.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { fileURLToPath } from 'node:url';

const DATA = fileURLToPath(new URL('../../data/', import.meta.url));

interface SourceEntry {
  id: string;
  file: string;
  outlet: string | null;
  title: string | null;
  date: string;
}

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Renders corpus source `id` (data/sources.json) as an HTML article page. */
export function newsPageHtml(id = '000'): string {
  const { sources } = JSON.parse(readFileSync(`${DATA}sources.json`, 'utf8')) as { sources: SourceEntry[] };
  const source = sources.find((s) => s.id === id);
  if (!source) throw new Error(`data/sources.json has no source ${id}`);
  const lines = readFileSync(DATA + source.file, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  // Seeds with a headline carry it as their first line; the manifest says which do.
  const title = source.title ?? 'Untitled article';
  const body = source.title && lines[0] === source.title ? lines.slice(1) : lines;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<script>
  // Counts every DOM change once parsing is done (content scripts run later, at document_idle):
  // the content script must leave the page as it is.
  window.__mutations = 0;
  document.addEventListener('DOMContentLoaded', () => {
    new MutationObserver((records) => { window.__mutations += records.length; })
      .observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
  });
</script>
</head>
<body>
<article>
<h1>${escapeHtml(title)}</h1>
<p class="byline">${escapeHtml(source.outlet ?? 'Unnamed outlet')} · ${escapeHtml(source.date)}</p>
${body.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
</article>
</body>
</html>
`;
}

export interface PageServer {
  url: string;
  close(): Promise<void>;
}

/** Serves `html` at every path on 127.0.0.1 and a free port. */
export async function serveHtml(html: string, port = 0): Promise<PageServer> {
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no TCP address');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
