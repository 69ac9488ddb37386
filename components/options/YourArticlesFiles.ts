// Files dropped into "Your articles": a Footnote export (.json) is a library import, all or nothing;
// a .txt or .md file is one article; an .html file is read with Readability, as a page would be. Each
// file gets one sentence back, and a bad one never stops the others.
import { Readability } from '@mozilla/readability';
import { importSizeProblem } from '@/core/library';
import { MAX_ARTICLE_BYTES, decodeArticle } from '@/core/text/decode';
import { blockText, pageDate } from '@/entrypoints/content/extract/text';
import { request } from '@/messaging/protocol';

export interface FileOutcome {
  name: string;
  ok: boolean;
  text: string;
}

/** What to do with a file, by its name: the browser's MIME types for .md and .json vary. */
export function kindOf(name: string): 'import' | 'text' | 'html' | null {
  const ext = /\.([^.]+)$/.exec(name.toLowerCase())?.[1];
  if (ext === 'json') return 'import';
  if (ext === 'txt' || ext === 'md' || ext === 'markdown') return 'text';
  if (ext === 'html' || ext === 'htm') return 'html';
  return null;
}

export async function addFile(file: File): Promise<FileOutcome> {
  const done = (ok: boolean, text: string) => ({ name: file.name, ok, text });
  const kind = kindOf(file.name);
  if (!kind)
    return done(false, 'Not added: only .txt, .md, .html and Footnote export .json files can be added.');
  if (kind === 'import') {
    // Refused on its size before it is read: reading a huge file only to refuse it would freeze the page.
    const tooBig = importSizeProblem(file.size);
    if (tooBig) return done(false, `Nothing was imported: ${tooBig}.`);
    const r = await request('importArticles', { text: await file.text() });
    return r.ok ? done(true, r.message) : done(false, r.error);
  }
  if (file.size > MAX_ARTICLE_BYTES * (kind === 'html' ? 4 : 1)) {
    return done(false, `Not added: the file is ${(file.size / 1024 / 1024).toFixed(1)} MB, over the limit.`);
  }
  const decoded = decodeArticle(new Uint8Array(await file.arrayBuffer()), MAX_ARTICLE_BYTES * 4);
  if (!decoded.ok) return done(false, `Not added: ${decoded.error}.`);
  const input =
    kind === 'html' ? fromHtml(decoded.text) : { text: decoded.text, title: titleOf(file.name), date: null };
  if (typeof input === 'string') return done(false, `Not added: ${input}.`);
  const r = await request('addArticle', { ...input, origin: 'file' });
  return r.ok ? done(true, r.message) : done(false, r.error);
}

/** "harbour-report_2026.txt" → "harbour-report_2026": the reader's own name for it. */
function titleOf(name: string): string {
  return name.replace(/\.[^.]+$/, '');
}

type FileArticle = { text: string; title: string | null; outlet?: string | null; date: string | null };

/** A saved web page's article, or why there is none. */
export function fromHtml(html: string): FileArticle | string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const parsed = new Readability<Node>(doc, { serializer: (node) => node }).parse();
  const text = parsed?.content ? blockText(parsed.content) : '';
  if (!parsed || !text) return 'Footnote found no article text in this page';
  return {
    text,
    title: parsed.title?.trim() || null,
    outlet: parsed.siteName?.trim() || null,
    date: pageDate(parsed.publishedTime),
  };
}
