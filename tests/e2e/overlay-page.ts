// Reading the overlay from outside, as the page sees it: the highlight registry (shared by the page
// and the content script), our host's shadow root, and a record of every DOM change the page saw.
import type { Frame, Page } from 'puppeteer-core';
import type { PageCommand } from '../../utils/commands';
import type { ExtensionBrowser } from './browsers';

/**
 * Installed before any page script (CDP/BiDi preload scripts run even under a strict CSP): records
 * every DOM change after parsing, so a test can prove the only addition was our host.
 */
export function recordChanges(): void {
  const w = window as unknown as { __changes: string[] };
  w.__changes = [];
  const describe = (n: Node) =>
    n.nodeType === 1
      ? (n as Element).tagName.toLowerCase() + ((n as Element).id ? `#${(n as Element).id}` : '')
      : n.nodeName;
  document.addEventListener('DOMContentLoaded', () => {
    new MutationObserver((records) => {
      for (const r of records) {
        const what =
          r.type === 'childList'
            ? [...r.addedNodes]
                .map((n) => `+${describe(n)}`)
                .concat([...r.removedNodes].map((n) => `-${describe(n)}`))
            : [r.type === 'attributes' ? `@${r.attributeName}` : 'text'];
        w.__changes.push(`${describe(r.target)} ${what.join(' ')}`);
      }
    }).observe(document.documentElement, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
  });
}

export const changes = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { __changes?: string[] }).__changes ?? ['no recorder']);

/** The text of every marked range in `frame`'s document, in registry order. */
export const marks = (frame: Page | Frame): Promise<string[]> =>
  frame.evaluate(() => {
    const h = CSS.highlights.get('footnote-mark');
    return h ? [...h].map((r) => (r as Range).toString()) : [];
  });

/** Waits until the marks include every one of `texts`. */
export async function waitForMarks(frame: Page | Frame, texts: string[], timeout = 15_000): Promise<void> {
  await frame.waitForFunction(
    (wanted: string[]) => {
      const h = CSS.highlights.get('footnote-mark');
      if (!h) return false;
      const have = new Set([...h].map((r) => (r as Range).toString()));
      return wanted.every((t) => have.has(t));
    },
    { timeout, polling: 100 },
    texts,
  );
}

/** Viewport centre of the first marked range reading `text`, scrolled into view. */
export const markCenter = (page: Page, text: string): Promise<{ x: number; y: number } | null> =>
  page.evaluate((text: string) => {
    const h = CSS.highlights.get('footnote-mark');
    const r = [...(h ?? [])].find((r) => (r as Range).toString() === text) as Range | undefined;
    if (!r) return null;
    r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const rect = r.getClientRects()[0]!;
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }, text);

export interface CardInfo {
  inShadow: boolean;
  heading: string;
  label: string | null;
  rect: { left: number; top: number; width: number; height: number };
  fontSize: string;
  position: string;
  hostCount: number;
  focusInCard: boolean;
  /** Everything the card says, as text. */
  text: string;
}

/** The open card, read from our host's shadow root; null while there is none. */
export const card = (page: Page): Promise<CardInfo | null> =>
  page.evaluate(() => {
    const hosts = document.querySelectorAll('footnote-overlay');
    const root = hosts[0]?.shadowRoot;
    const frame = root?.querySelector<HTMLElement>('[role=dialog]');
    if (!frame) return null;
    const r = frame.getBoundingClientRect();
    const style = getComputedStyle(frame);
    return {
      inShadow: frame.getRootNode() === root && !document.querySelector('[role=dialog]'),
      heading: frame.querySelector('h1, h2, h3')?.textContent?.trim() ?? '',
      label: frame.getAttribute('aria-label'),
      rect: { left: r.left, top: r.top, width: r.width, height: r.height },
      fontSize: style.fontSize,
      position: style.position,
      hostCount: hosts.length,
      focusInCard:
        document.activeElement === hosts[0] && !!root?.activeElement && frame.contains(root.activeElement),
      text: frame.textContent ?? '',
    };
  });

/** Waits for the card to show `heading` (once the background's answer has rendered). */
export async function waitForCard(page: Page, heading: string, timeout = 10_000): Promise<CardInfo> {
  await page.waitForFunction(
    (heading: string) =>
      document
        .querySelector('footnote-overlay')
        ?.shadowRoot?.querySelector('[role=dialog]')
        ?.querySelector('h1, h2, h3')
        ?.textContent?.trim() === heading,
    { timeout, polling: 50 },
    heading,
  );
  return (await card(page))!;
}

export const waitForNoCard = (page: Page): Promise<unknown> =>
  page.waitForFunction(
    () => !document.querySelector('footnote-overlay')?.shadowRoot?.querySelector('[role=dialog]'),
    {
      polling: 50,
    },
  );

/**
 * One of the extension's keyboard commands on `page`, fired as the browser fires it when its shortcut
 * is pressed (browsers.ts says how in each browser). The page is brought to the front first: a
 * command goes to the active tab.
 */
export async function command(browser: ExtensionBrowser, page: Page, name: PageCommand): Promise<void> {
  await page.bringToFront();
  await browser.command(name);
}
