// @vitest-environment happy-dom
import { options, render } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { fixtureIndex } from '@/core/cards/fixture';
import { cardFor } from '@/entrypoints/background/card';
import { searchFacets, searchKb } from '@/entrypoints/background/search';
import { handle } from '@/messaging/protocol';
import { bridgeRuntimeMessaging } from '@/messaging/runtime-bridge';
import { Search } from './Search';

const ix = fixtureIndex();

// Preact runs effects a frame after a render (requestAnimationFrame, or 35 ms), and the search is
// sent from one: on a loaded machine that frame came after a fixed wait. Here effects run right after
// their render, events go through act() (which flushes what they cause before it returns), and each
// step waits for what the popup shows, with room to spare.
options.requestAnimationFrame = (flush) => void Promise.resolve().then(flush);
const WAIT = { timeout: 15_000 };

function Harness() {
  const [card, setCard] = useState<string | null>(null);
  return <Search cardId={card} onCard={setCard} />;
}

const input = () => document.querySelector<HTMLInputElement>('[role=combobox]')!;
const key = (k: string) =>
  act(() => void input().dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true })));
const type = (text: string) =>
  act(() => {
    input().value = text;
    input().dispatchEvent(new Event('input', { bubbles: true }));
  });
/** After typing: the answer to this query is shown (the status is empty while it is on its way). */
const answered = () =>
  vi.waitFor(
    () => expect(document.querySelector('[data-testid=search-status]')?.textContent).not.toBe(''),
    WAIT,
  );

describe('popup search', () => {
  const stops: (() => void)[] = [];
  const opened: unknown[] = [];
  beforeEach(() => {
    opened.length = 0;
    fakeBrowser.reset();
    bridgeRuntimeMessaging();
    stops.push(
      handle('search', (req) => searchKb(ix, req)),
      handle('searchFacets', () => searchFacets(ix)),
      handle('getCard', (req) => cardFor(ix, req)),
      handle('openPassage', (passage) => {
        opened.push(passage);
        return undefined;
      }),
    );
    document.body.innerHTML = '<div id="app"></div>';
    render(<Harness />, document.getElementById('app')!);
  });
  afterEach(() => {
    render(null, document.getElementById('app')!);
    stops.splice(0).forEach((stop) => stop());
  });

  it('is a labelled combobox that starts with a hint', () => {
    expect(input().labels?.[0]?.textContent).toContain('Search the corpus');
    expect(input().getAttribute('aria-expanded')).toBe('false');
    expect(document.body.textContent).toContain('lavrof');
  });

  it('lists grouped hits for a misspelling and steps through them with the arrows', async () => {
    await type('lavrof');
    await answered();
    expect(input().getAttribute('aria-expanded')).toBe('true');
    const listbox = document.getElementById(input().getAttribute('aria-controls')!)!;
    expect(listbox.getAttribute('role')).toBe('listbox');
    const options = [...listbox.querySelectorAll('[role=option]')];
    expect(options[0]?.textContent).toContain('Sergei Lavrov');
    expect(listbox.textContent).toContain('People and groups');
    expect(input().hasAttribute('aria-activedescendant')).toBe(false);
    await key('ArrowDown');
    expect(input().getAttribute('aria-activedescendant')).toBe(options[0]!.id);
    expect(options[0]!.getAttribute('aria-selected')).toBe('true');
    await key('ArrowUp');
    expect(input().getAttribute('aria-activedescendant')).toBe(options.at(-1)!.id);
  });

  it('opens the card on Enter, and Esc on the card returns to the search', async () => {
    await type('lavrof');
    await answered();
    await key('Enter');
    await vi.waitFor(
      () => expect(document.querySelector('[data-testid=popup-card] h2')).not.toBeNull(),
      WAIT,
    );
    expect(document.querySelector('[data-testid=popup-card] h2')?.textContent).toBe('Sergei Lavrov');
    await act(
      () =>
        void document
          .querySelector('[data-testid=popup-card] .fn-card')!
          .dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })),
    );
    expect(document.querySelector('[data-testid=popup-card]')).toBeNull();
    expect(input().value).toBe('lavrof');
  });

  it('clears the query on Esc and says when nothing matches', async () => {
    await type('qqqqzz');
    await answered();
    expect(document.querySelector('[data-testid=search-status]')?.textContent).toContain('Nothing');
    await key('Escape');
    expect(input().value).toBe('');
  });

  it('opens a statement hit in the reader at its passage', async () => {
    await type('spirit and letter');
    await answered();
    const hits = [...document.querySelectorAll<HTMLElement>('[role=option]')];
    const said = hits.findIndex((o) => o.textContent?.includes('spirit and letter of Anchorage'));
    expect(said).toBeGreaterThanOrEqual(0);
    await act(() => hits[said]!.click());
    await vi.waitFor(() => expect(opened).toHaveLength(1), WAIT);
    const p = opened[0] as { sourceId: string; start: number; end: number };
    // Exactly a statement's span of the fixture, and no card opened instead.
    const st = ix.kb.statements.find(
      (x) => x.sourceId === p.sourceId && x.start === p.start && x.end === p.end,
    );
    expect(st?.text).toContain('spirit and letter of Anchorage');
    expect(document.querySelector('[data-testid=popup-card]')).toBeNull();
  });

  it('offers the chosen source filter’s whole text in the reader', async () => {
    // The filters show once the facets have come.
    const select = await vi.waitFor(() => {
      const el = [...document.querySelectorAll('select')].find((s) =>
        s.closest('label')?.textContent?.startsWith('Source'),
      );
      if (!el) throw new Error('no source filter yet');
      return el;
    }, WAIT);
    expect(document.querySelector('[data-testid=read-source]')).toBeNull();
    await act(() => {
      select.value = 'B';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const link = document.querySelector<HTMLAnchorElement>('[data-testid=read-source]')!;
    expect(new URL(link.href).pathname).toBe('/reader.html');
    expect(new URL(link.href).searchParams.get('source')).toBe('B');
    expect(link.target).toBe('_blank');
  });
});
