// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { answerCommands, type CommandTarget } from '@/entrypoints/content/commands';
import type { MessageListener } from '@/messaging/native-runtime';
import { PAGE_COMMAND } from '@/messaging/page-commands';
import { relayCommand, relayCommands } from './commands';

// The content script's end, as the browser gives it: a `runtime` whose onMessage listeners answer
// through sendResponse. tabs.sendMessage (not in the fake browser) hands each message to them, as
// the browser does to a tab's frames, and resolves with the first answer.
function tabWithContentScript(target: CommandTarget) {
  const listeners = new Set<MessageListener>();
  const runtime = {
    id: 'footnote',
    getURL: (path: string) => path,
    onMessage: {
      addListener: (l: MessageListener) => listeners.add(l),
      removeListener: (l: MessageListener) => listeners.delete(l),
    },
  };
  // Firefox's `browser` or Chrome's `chrome`: both, so the content side finds this one either way.
  vi.stubGlobal('browser', { runtime });
  vi.stubGlobal('chrome', { runtime });
  const controller = new AbortController();
  answerCommands(target, controller.signal);
  const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(
    ((_id: number, message: unknown) =>
      new Promise((resolve, reject) => {
        for (const l of listeners) l(message, {}, resolve);
        reject(new Error('Could not establish connection. Receiving end does not exist.'));
      })) as never,
  );
  return { send, listeners, stop: () => controller.abort() };
}

const target = (shown = true) => {
  const steps: number[] = [];
  let toggles = 0;
  return {
    steps,
    toggles: () => toggles,
    step: (dir: 1 | -1) => (steps.push(dir), shown),
    toggle: () => (toggles++, true),
  };
};

describe('the command relay', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('takes each command to the tab it was pressed in, and the page steps or switches', async () => {
    const page = target();
    const { send } = tabWithContentScript(page);
    expect(await relayCommand('next-mark', { id: 7 })).toBe(true);
    expect(await relayCommand('previous-mark', { id: 7 })).toBe(true);
    expect(await relayCommand('toggle-marks', { id: 7 })).toBe(true);
    expect(page.steps).toEqual([1, -1]);
    expect(page.toggles()).toBe(1);
    expect(send.mock.calls).toEqual([
      [7, { type: PAGE_COMMAND, command: 'next-mark' }],
      [7, { type: PAGE_COMMAND, command: 'previous-mark' }],
      [7, { type: PAGE_COMMAND, command: 'toggle-marks' }],
    ]);
  });

  it('in a frame holding the focus in one of its own frames, leaves the step to that one', async () => {
    const page = target();
    tabWithContentScript(page);
    // Focus inside a child frame leaves that frame element the document's active element (an iframe
    // is not appended: this DOM would try to load it).
    vi.spyOn(document, 'activeElement', 'get').mockReturnValue(document.createElement('iframe'));
    // This frame does not answer; the focused one (not here) would.
    expect(await relayCommand('next-mark', { id: 7 })).toBe(false);
    expect(page.steps).toEqual([]);
    // Switching the marks is every frame's.
    expect(await relayCommand('toggle-marks', { id: 7 })).toBe(true);
  });

  it('says so when the page had nothing to step to', async () => {
    tabWithContentScript(target(false));
    expect(await relayCommand('next-mark', { id: 7 })).toBe(false);
  });

  it('asks for the active tab when the browser gives none', async () => {
    const page = target();
    const { send } = tabWithContentScript(page);
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 12 }] as never);
    expect(await relayCommand('next-mark')).toBe(true);
    expect(query).toHaveBeenCalledWith({ active: true, lastFocusedWindow: true });
    expect(send.mock.calls[0]![0]).toBe(12);
  });

  it('sends nothing for the popup command, an unknown command, or a window without a tab', async () => {
    const { send } = tabWithContentScript(target());
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([] as never);
    expect(await relayCommand('_execute_action', { id: 1 })).toBe(false);
    expect(await relayCommand('steal-cookies', { id: 1 })).toBe(false);
    expect(await relayCommand('next-mark', { id: -1 })).toBe(false);
    expect(await relayCommand('next-mark')).toBe(false);
    expect(send).not.toHaveBeenCalled();
  });

  it('is quiet about a tab without our content script and about an answer out of protocol', async () => {
    const { stop } = tabWithContentScript(target());
    stop(); // the page's script is gone (a browser page, a PDF, a tab loaded before the extension)
    expect(await relayCommand('next-mark', { id: 7 })).toBe(false);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue('yes' as never);
    expect(await relayCommand('next-mark', { id: 7 })).toBe(false);
  });

  it('leaves messages of other shapes to the page’s other listeners', () => {
    const page = target();
    const { listeners } = tabWithContentScript(page);
    const answered = vi.fn();
    for (const l of listeners) {
      l({ type: PAGE_COMMAND, command: 'open-everything' }, {}, answered);
      l({ type: 'footnote:mentions' }, {}, answered);
    }
    expect(answered).not.toHaveBeenCalled();
    expect(page.steps).toEqual([]);
  });

  it('relays what commands.onCommand delivers, with the tab it gives', async () => {
    const page = target();
    tabWithContentScript(page);
    let listener: ((command: string, tab?: { id?: number }) => void) | undefined;
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(((l: typeof listener) => {
      listener = l;
    }) as never);
    relayCommands();
    listener!('previous-mark', { id: 4 });
    await vi.waitFor(() => expect(page.steps).toEqual([-1]));
  });
});
