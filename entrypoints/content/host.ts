// The one element Footnote adds to a page: a host for the card, with a shadow root so the page's CSS
// cannot reach in ("* { all: unset !important }") and ours cannot leak out. Created when a page first
// has marks, so a page without any stays byte-for-byte as it was.

export interface Host {
  element: HTMLElement;
  root: ShadowRoot;
  remove(): void;
}

// Inline !important declarations beat every page stylesheet, even "!important" ones on `*` or on
// `div`. They are set through the CSSOM, which a page CSP of style-src 'none' still allows (a style
// attribute in markup would be blocked).
const HOST_STYLE: [string, string][] = [
  ['all', 'initial'],
  ['display', 'block'],
  ['position', 'fixed'],
  ['top', '0'],
  ['left', '0'],
  ['width', '0'],
  ['height', '0'],
  ['overflow', 'visible'],
  ['z-index', '2147483647'],
  ['visibility', 'visible'],
  ['opacity', '1'],
  ['pointer-events', 'auto'],
];

const TEXT_SPACING = ['line-height', 'letter-spacing', 'word-spacing'];

export const HOST_TAG = 'footnote-overlay';

/**
 * Removes hosts left by an earlier instance of the script: Firefox unloads an updated or reloaded
 * extension's content scripts without running their clean-up, so their host would stay on the page.
 */
export function removeStaleHosts(doc: Document): void {
  for (const el of doc.querySelectorAll(HOST_TAG)) el.remove();
}

export function createHost(doc: Document, css: string): Host {
  // A custom tag, not a <div>: page rules on element names ("div { display: none }") never match it.
  const element = doc.createElement(HOST_TAG);
  for (const [name, value] of HOST_STYLE) element.style.setProperty(name, value, 'important');
  // Text spacing is not locked inline with !important (WCAG 1.4.12; axe's avoid-inline-spacing):
  // the frame sets its own inside the shadow root, so a page's spacing still stops there. Firefox
  // drops these from the `all` above; Chromium keeps `all` whole and reports them as not important.
  for (const name of TEXT_SPACING) element.style.removeProperty(name);
  // Open, so tests and assistive tools can see in; the page learns nothing it could not read anyway.
  const root = element.attachShadow({ mode: 'open' });
  adoptStyles(root, css);
  // On <html>, after <body>: pages that rebuild or replace <body> (SPAs) do not take the host along.
  doc.documentElement.append(element);
  return { element, root, remove: () => element.remove() };
}

/**
 * Styles for our shadow root: a constructed sheet where it can be adopted, which no page CSP blocks;
 * a <style> inside the shadow root otherwise (still inside our host, never in the page's tree).
 */
function adoptStyles(root: ShadowRoot, css: string) {
  try {
    // The sheet must come from the page's own window: Firefox refuses to adopt one made in the
    // content script's sandbox.
    const view = root.ownerDocument.defaultView as (Window & typeof globalThis) | null;
    const sheet = new (view?.CSSStyleSheet ?? CSSStyleSheet)();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
    return;
  } catch {
    // fall through
  }
  const style = root.ownerDocument.createElement('style');
  style.textContent = css;
  root.append(style);
}
