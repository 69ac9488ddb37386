// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { handle } from '@/messaging/protocol';
import { bridgeRuntimeMessaging } from '@/messaging/runtime-bridge';
import { getDeselectedSources } from '@/utils/settings';
import { SourceSelection } from './SourceSelection';

// CI's machine is loaded: vi.waitFor's 1 s default is too short to count on there.
const WAIT = { timeout: 15_000 };

const SOURCES = [
  { id: '000', outlet: 'The Washington Post', title: 'Talks resume', date: '2025-11-25', statements: 3 },
  { id: 'lib-1', outlet: null, title: null, date: '2026-01-02', statements: 0 },
];

describe('source selection', () => {
  let stop = () => {};
  let sources = SOURCES;
  beforeEach(async () => {
    fakeBrowser.reset();
    bridgeRuntimeMessaging();
    sources = SOURCES;
    stop = handle('getSources', () => sources);
    document.body.innerHTML = '<div id="app"></div>';
    render(<SourceSelection />, document.getElementById('app')!);
    await vi.waitFor(() => expect(document.querySelectorAll('label.source')).toHaveLength(2), WAIT);
  });
  afterEach(() => {
    render(null, document.getElementById('app')!);
    stop();
  });

  it('links each source’s title to the reader on that source', () => {
    const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-testid=source-reader-link]')];
    expect(links.map((a) => [a.textContent, new URL(a.href).searchParams.get('source')])).toEqual([
      ['Talks resume', '000'],
      ['Untitled', 'lib-1'],
    ]);
    expect(links.every((a) => new URL(a.href).pathname === '/reader.html' && a.target === '_blank')).toBe(
      true,
    );
  });

  it('following a title does not switch its source off', async () => {
    const link = document.querySelector<HTMLAnchorElement>('[data-source="000"] a')!;
    link.addEventListener('click', (e) => e.preventDefault()); // no navigation in the test page
    link.click();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(document.querySelector<HTMLInputElement>('[data-source="000"] input')!.checked).toBe(true);
    expect(await getDeselectedSources()).toEqual([]);
  });

  it('says why, and changes nothing, when the switch-offs would not fit the sync quota', async () => {
    render(null, document.getElementById('app')!);
    // A bundled corpus far beyond today's (ids as long as the schema allows): "Select none" cannot sync.
    sources = Array.from({ length: 300 }, (_, i) => ({
      id: `bundled-${i}`.padEnd(100, 'x'),
      outlet: 'Wire',
      title: `Story ${i}`,
      date: '2025-11-25',
      statements: 1,
    }));
    render(<SourceSelection />, document.getElementById('app')!);
    await vi.waitFor(() => expect(document.querySelectorAll('label.source')).toHaveLength(300), WAIT);
    [...document.querySelectorAll('button')].find((b) => b.textContent === 'Select none')!.click();
    await vi.waitFor(
      () => expect(document.querySelector('[data-testid=selection-error]')).not.toBeNull(),
      WAIT,
    );
    expect(document.querySelector('[data-testid=selection-error]')!.textContent).toMatch(
      /^Footnote cannot sync 300 switched-off sources .*Nothing was changed/,
    );
    expect(await getDeselectedSources()).toEqual([]);
    expect(
      [...document.querySelectorAll<HTMLInputElement>('label.source input')].every((b) => b.checked),
    ).toBe(true);
  });
});
