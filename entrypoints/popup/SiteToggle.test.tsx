// @vitest-environment happy-dom
import { render } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { disabledSites } from '@/utils/site-settings';
import { SiteToggle } from './SiteToggle';

// CI's machine is loaded: vi.waitFor's 1 s default is too short to count on there.
const WAIT = { timeout: 15_000 };

describe('SiteToggle', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    document.body.innerHTML = '<div id="app"></div>';
  });

  it('switches marks off and on for the active tab’s site, as its content script names it', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7, active: true } as never]);
    const ask = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue('www.news.example' as never);
    render(<SiteToggle />, document.getElementById('app')!);
    await vi.waitFor(() => expect(document.querySelector('input[type=checkbox]')).not.toBeNull(), WAIT);
    expect(ask).toHaveBeenCalledWith(7, { type: 'footnote:which-site' }, { frameId: 0 });
    const box = document.querySelector<HTMLInputElement>('input[type=checkbox]')!;
    expect(document.body.textContent).toContain('news.example');
    expect(box.checked).toBe(true);
    box.click();
    await vi.waitFor(async () => expect(await disabledSites.getValue()).toEqual(['news.example']), WAIT);
    box.click();
    await vi.waitFor(async () => expect(await disabledSites.getValue()).toEqual([]), WAIT);
  });

  it('says so when the tab has no content script', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7, active: true } as never]);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('no receiver'));
    render(<SiteToggle />, document.getElementById('app')!);
    await vi.waitFor(() => expect(document.body.textContent).toContain('does not mark this page'), WAIT);
    expect(document.querySelector('input')).toBeNull();
  });
});
