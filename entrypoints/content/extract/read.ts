// Readability on a copy of the page: the article's text, title, outlet, address and date for "Add this
// page to your articles". The copy is `document.cloneNode(true)`: Readability rewrites the tree it is
// given, and the page must never change.
import { Readability } from '@mozilla/readability';
import type { ExtractedPage } from '@/messaging/library-page';
import { blockText, pageDate } from './text';

export function readPage(doc: Document): ExtractedPage {
  const copy = doc.cloneNode(true) as Document;
  let parsed: ReturnType<Readability<Node>['parse']>;
  try {
    parsed = new Readability<Node>(copy, { serializer: (node) => node }).parse();
  } catch (e) {
    return { error: `Readability could not read this page (${(e as Error).message})` };
  }
  const text = parsed?.content ? blockText(parsed.content) : '';
  if (!parsed || !text) return { error: 'Footnote found no article text on this page' };
  const meta = (name: string) =>
    doc.querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute('content') ?? null;
  const url = new URL(doc.location?.href ?? doc.URL);
  url.hash = '';
  return {
    text,
    title: clean(parsed.title) ?? clean(doc.title),
    // The site's own name (og:site_name), never guessed from the host: "unnamed outlet" is honest.
    outlet: clean(parsed.siteName) ?? clean(meta('og:site_name')),
    url: url.href,
    date: pageDate(parsed.publishedTime ?? meta('article:published_time')),
  };
}

function clean(s: string | null | undefined): string | null {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
}
