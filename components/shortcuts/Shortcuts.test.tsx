// @vitest-environment happy-dom
// The one shortcuts section in both its places: the options page (h2, the build's browser) and the
// welcome page (h3, and on a browser with no commands API the manifest's suggested keys).
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { manifestCommands } from '@/utils/commands';
import { boundShortcuts, splitShortcut } from './bound';
import { Shortcuts } from './Shortcuts';

const WAIT = { timeout: 15_000 };

function bindings(list: unknown[]) {
  return vi.spyOn(fakeBrowser.commands, 'getAll').mockResolvedValue(list as never);
}

/** As on Firefox for Android: `browser.commands` is not there at all. */
function withoutCommandsApi(): () => void {
  const commands = fakeBrowser.commands;
  Reflect.deleteProperty(fakeBrowser, 'commands');
  return () => Object.assign(fakeBrowser, { commands });
}

/** The manifest's suggested keys, as the section splits them. */
const SUGGESTED = Object.entries(manifestCommands())
  .filter(([, c]) => c.suggested_key)
  .map(([name, c]) => [name, c.suggested_key!.default]);

const app = () => document.getElementById('app')!;
const section = () => document.querySelector('[data-testid=shortcuts]')!;
const rows = () =>
  [...section().querySelectorAll('tr')].map((tr) => [
    tr.getAttribute('data-command'),
    [...tr.querySelectorAll('kbd')].map((k) => k.textContent).join('+') ||
      tr.querySelector('td')!.textContent,
  ]);

describe('splitShortcut', () => {
  it('cuts at each +, keeps a + key, and keeps macOS symbols whole', () => {
    expect(splitShortcut('Alt+Shift+Right Arrow')).toEqual(['Alt', 'Shift', 'Right Arrow']);
    expect(splitShortcut('Ctrl++')).toEqual(['Ctrl', '+']);
    expect(splitShortcut('⌥⇧F')).toEqual(['⌥⇧F']);
    expect(splitShortcut('')).toEqual([]);
  });
});

describe('boundShortcuts', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('lists every command in the extension’s order with the keys the browser reports now', async () => {
    bindings([
      { name: '_execute_action', shortcut: '' },
      { name: 'toggle-marks', shortcut: 'Ctrl+Shift+Y' },
      { name: 'next-mark', shortcut: 'Alt+Shift+Right' },
      null, // an odd entry is passed over
    ]);
    const { shortcuts, bound } = await boundShortcuts();
    expect(bound).toBe(true);
    expect(shortcuts.map((s) => [s.name, s.keys.join('+')])).toEqual([
      ['next-mark', 'Alt+Shift+Right'],
      ['previous-mark', ''], // unbound, e.g. its key was taken by another extension
      ['toggle-marks', 'Ctrl+Shift+Y'],
      ['_execute_action', ''],
    ]);
    expect(shortcuts.every((s) => s.description.length > 10)).toBe(true);
  });

  it('gives the manifest’s suggested keys where the browser cannot say which are bound', async () => {
    const suggested = { shortcuts: expect.anything(), bound: false };
    const keys = async () => (await boundShortcuts()).shortcuts.map((s) => [s.name, s.keys.join('+')]);

    bindings([{ name: '_execute_action', shortcut: 'Ctrl+Shift+Y' }]); // none of the overlay's
    expect(await boundShortcuts()).toEqual(suggested);
    expect(await keys()).toEqual(SUGGESTED);

    vi.spyOn(fakeBrowser.commands, 'getAll').mockRejectedValue(new Error('no answer'));
    expect(await boundShortcuts()).toEqual(suggested);

    const restore = withoutCommandsApi();
    try {
      expect(await boundShortcuts()).toEqual(suggested);
      expect(await keys()).toEqual(SUGGESTED);
    } finally {
      restore();
    }
  });
});

describe('Shortcuts', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    document.body.innerHTML = '<div id="app"></div>';
  });
  afterEach(() => {
    render(null, app());
    vi.restoreAllMocks();
  });

  it('options page: the keys as bound now, read again when the page is shown again', async () => {
    const getAll = bindings([{ name: 'next-mark', shortcut: 'Alt+Shift+Right' }]);
    await act(() => render(<Shortcuts browserKind="chrome" />, app()));
    await vi.waitFor(() => expect(rows()[0]).toEqual(['next-mark', 'Alt+Shift+Right']), WAIT);
    expect(rows().map((r) => r[1])).toEqual(['Alt+Shift+Right', 'not set', 'not set', 'not set']);
    expect(section().querySelectorAll('[data-command=next-mark] kbd')).toHaveLength(3);
    expect(section().querySelector('h2')?.textContent).toBe('Keyboard shortcuts');
    expect(section().textContent).toContain('Esc closes a card');

    // The reader rebinds it on the browser's own page, then comes back.
    getAll.mockResolvedValue([{ name: 'next-mark', shortcut: 'Ctrl+Period' }] as never);
    await act(() => void window.dispatchEvent(new Event('focus')));
    await vi.waitFor(() => expect(rows()[0]).toEqual(['next-mark', 'Ctrl+Period']), WAIT);
  });

  it('says where to change them in each browser, and opens Chrome’s page', async () => {
    bindings([{ name: 'next-mark', shortcut: 'Alt+Shift+Right' }]);
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    await act(() => render(<Shortcuts browserKind="chrome" />, app()));
    await vi.waitFor(() => expect(section().querySelector('button')).not.toBeNull(), WAIT);
    expect(section().textContent).toContain('chrome://extensions/shortcuts');
    await act(() => section().querySelector('button')!.click());
    await vi.waitFor(
      () => expect(create).toHaveBeenCalledWith({ url: 'chrome://extensions/shortcuts' }),
      WAIT,
    );

    await act(() => render(<Shortcuts browserKind="firefox" />, app()));
    expect(section().textContent).toContain('about:addons');
    expect(section().textContent).toContain('Manage Extension Shortcuts');
  });

  it('where the browser cannot open its shortcut page, says to open it by hand', async () => {
    bindings([{ name: 'next-mark', shortcut: 'Alt+Shift+Right' }]);
    await act(() => render(<Shortcuts browserKind="firefox" />, app()));
    await vi.waitFor(() => expect(section().querySelector('button')).not.toBeNull(), WAIT);
    await act(() => section().querySelector('button')!.click());
    await vi.waitFor(
      () => expect(section().querySelector('[role=status]')?.textContent).toMatch(/open it as above/),
      WAIT,
    );
  });

  it('welcome page without a commands API: an h3, the suggested keys said to be so, nothing to change', async () => {
    const restore = withoutCommandsApi();
    try {
      await act(() => render(<Shortcuts heading="h3" browserKind="firefox" />, app()));
      await vi.waitFor(() => expect(rows()).toEqual(SUGGESTED), WAIT);
      expect(section().querySelector('h3')?.textContent).toBe('Keyboard shortcuts');
      expect(section().textContent).toContain('the keys Footnote suggests');
      expect(section().textContent).toContain('Esc closes a card');
      expect(section().textContent).not.toContain('Manage Extension Shortcuts');
      expect(section().querySelector('button')).toBeNull();
    } finally {
      restore();
    }
  });

  it('two sections on one page have their own headings', async () => {
    bindings([]);
    await act(() =>
      render(
        <>
          <Shortcuts />
          <Shortcuts heading="h3" />
        </>,
        app(),
      ),
    );
    const labels = [...document.querySelectorAll('[data-testid=shortcuts]')].map((s) =>
      s.getAttribute('aria-labelledby'),
    );
    expect(new Set(labels).size).toBe(2);
    for (const id of labels) expect(document.getElementById(id!)?.textContent).toBe('Keyboard shortcuts');
  });
});
