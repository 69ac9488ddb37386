// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { boundShortcuts, splitShortcut } from './bound';
import { Shortcuts } from './Shortcuts';

const WAIT = { timeout: 15_000 };

function bindings(list: { name: string; shortcut?: string }[]) {
  return vi.spyOn(fakeBrowser.commands, 'getAll').mockResolvedValue(list as never);
}

const rows = () =>
  [...document.querySelectorAll('[data-testid=shortcuts] tr')].map((tr) => [
    tr.getAttribute('data-command'),
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
    ]);
    const list = await boundShortcuts();
    expect(list.map((s) => [s.name, s.keys.join('+')])).toEqual([
      ['next-mark', 'Alt+Shift+Right'],
      ['previous-mark', ''], // unbound, e.g. its key was taken by another extension
      ['toggle-marks', 'Ctrl+Shift+Y'],
      ['_execute_action', ''],
    ]);
    expect(list.every((s) => s.description.length > 10)).toBe(true);
  });
});

describe('Shortcuts', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    document.body.innerHTML = '<div id="app"></div>';
  });
  afterEach(() => {
    render(null, document.getElementById('app')!);
    vi.restoreAllMocks();
  });

  it('shows the keys as bound now, and reads them again when the page is shown again', async () => {
    const getAll = bindings([{ name: 'next-mark', shortcut: 'Alt+Shift+Right' }]);
    await act(() => render(<Shortcuts browserKind="chrome" />, document.getElementById('app')!));
    await vi.waitFor(() => expect(rows()[0]).toEqual(['next-mark', 'Alt+Shift+Right']), WAIT);
    expect(rows().map((r) => r[1])).toEqual(['Alt+Shift+Right', 'not set', 'not set', 'not set']);
    expect(document.querySelectorAll('[data-command=next-mark] kbd')).toHaveLength(3);

    // The reader rebinds it on the browser's own page, then comes back.
    getAll.mockResolvedValue([{ name: 'next-mark', shortcut: 'Ctrl+Period' }] as never);
    await act(() => void window.dispatchEvent(new Event('focus')));
    await vi.waitFor(() => expect(rows()[0]).toEqual(['next-mark', 'Ctrl+Period']), WAIT);
  });

  it('says where to change them in each browser, and opens Chrome’s page', async () => {
    bindings([]);
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    await act(() => render(<Shortcuts browserKind="chrome" />, document.getElementById('app')!));
    const section = document.querySelector('[data-testid=shortcuts]')!;
    expect(section.textContent).toContain('chrome://extensions/shortcuts');
    await act(() => section.querySelector('button')!.click());
    await vi.waitFor(
      () => expect(create).toHaveBeenCalledWith({ url: 'chrome://extensions/shortcuts' }),
      WAIT,
    );

    await act(() => render(<Shortcuts browserKind="firefox" />, document.getElementById('app')!));
    expect(section.textContent).toContain('about:addons');
    expect(section.textContent).toContain('Manage Extension Shortcuts');
  });

  it('where the browser cannot open its shortcut page, says to open it by hand', async () => {
    bindings([]);
    await act(() => render(<Shortcuts browserKind="firefox" />, document.getElementById('app')!));
    await act(() => document.querySelector<HTMLButtonElement>('[data-testid=shortcuts] button')!.click());
    await vi.waitFor(
      () => expect(document.querySelector('[role=status]')?.textContent).toMatch(/open it as above/),
      WAIT,
    );
  });

  it('says so when the browser does not answer', async () => {
    vi.spyOn(fakeBrowser.commands, 'getAll').mockRejectedValue(new Error('no commands API'));
    await act(() => render(<Shortcuts />, document.getElementById('app')!));
    await vi.waitFor(
      () =>
        expect(document.querySelector('[data-testid=shortcuts] .error')?.textContent).toMatch(/did not say/),
      WAIT,
    );
  });
});
