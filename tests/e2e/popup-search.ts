// Opening a card the way a reader does in the popup: type into the search combobox and choose the hit
// with the given label. Shared by the suites that need a card in the popup's own document.
import type { Page } from 'puppeteer-core';

/** The selector of the card a chosen hit opens in the popup (components/popup/OpenCard.tsx). */
export const POPUP_CARD = '[data-testid=popup-card]';

/**
 * Types `query` and clicks the first hit whose label matches `label` exactly (a string) or by
 * pattern; fails, naming what was offered, when none does.
 */
export async function chooseSearchHit(page: Page, query: string, label: string | RegExp): Promise<void> {
  await page.waitForSelector('[data-testid=search-input]');
  await page.type('[data-testid=search-input]', query);
  // Expanded only once the answer to the whole query is in (answers to prefixes are not shown).
  await page.waitForSelector('[data-testid=search-input][aria-expanded=true]', { timeout: 15_000 });
  const labels = await page.$$eval('[data-testid=search-option] .fn-label', (els) =>
    els.map((el) => el.textContent ?? ''),
  );
  const index = labels.findIndex((l) => (typeof label === 'string' ? l === label : label.test(l)));
  if (index < 0)
    throw new Error(`no hit labelled ${String(label)} for “${query}”; offered: ${labels.join(' | ')}`);
  const options = await page.$$('[data-testid=search-option]');
  await options[index]!.click();
}
