import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { askActiveTab, pickTargetTab, targetTabId } from './activeTab';

describe('pickTargetTab', () => {
  const tabs = [
    { id: 1, lastAccessed: 300 },
    { id: 2, active: true, lastAccessed: 900 },
    { id: 3, lastAccessed: 500 },
  ];

  it('is the active tab for a toolbar popup', () => {
    expect(pickTargetTab(tabs, undefined)).toBe(2);
  });

  it('is the most recently accessed other tab when the popup is itself the active tab', () => {
    expect(pickTargetTab(tabs, 2)).toBe(3);
  });

  it('takes the first other tab when the browser gives no lastAccessed', () => {
    expect(pickTargetTab([{ id: 4 }, { id: 5, active: true }, { id: 6 }], 5)).toBe(4);
  });

  it('is nothing for a window holding only the popup', () => {
    expect(pickTargetTab([{ id: 2, active: true, lastAccessed: 1 }], 2)).toBeUndefined();
  });
});

// The fake browser's tabs.query cannot answer `currentWindow` before a window has focus and has no
// notion of the calling tab, so each test gives the two answers a real browser would.
describe('askActiveTab through the browser API', () => {
  beforeEach(() => fakeBrowser.reset());

  function popupOpenedAsTab() {
    const popup = { id: 3, active: true, lastAccessed: 3_000 };
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([
      { id: 1, active: false, lastAccessed: 1_000 },
      { id: 2, active: false, lastAccessed: 2_000 }, // the article the reader was on
      popup,
    ] as never);
    vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockResolvedValue(popup as never);
  }

  it('asks the page the reader came from when the popup is opened as a tab', async () => {
    popupOpenedAsTab();
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue('answer' as never);
    expect(await askActiveTab({ type: 'q' })).toBe('answer');
    expect(send).toHaveBeenCalledWith(2, { type: 'q' }, { frameId: 0 });
    expect(fakeBrowser.tabs.query).toHaveBeenCalledWith({ currentWindow: true });
  });

  it('asks the active tab from a toolbar popup', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([
      { id: 7, active: false, lastAccessed: 9 },
      { id: 8, active: true, lastAccessed: 1 },
    ] as never);
    vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockResolvedValue(undefined as never);
    expect(await targetTabId()).toBe(8);
  });

  it('treats a failing getCurrent as a toolbar popup', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 8, active: true }] as never);
    vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockRejectedValue(new Error('not in a tab'));
    expect(await targetTabId()).toBe(8);
  });

  it('answers undefined when the tab has no content script', async () => {
    popupOpenedAsTab();
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist'));
    expect(await askActiveTab({ type: 'q' })).toBeUndefined();
  });

  it('sends nothing when the popup tab is alone in its window', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 2, active: true }] as never);
    vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockResolvedValue({ id: 2 } as never);
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage');
    expect(await askActiveTab({ type: 'q' })).toBeUndefined();
    expect(send).not.toHaveBeenCalled();
  });
});
