// @vitest-environment happy-dom
import { options, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { disabledSites, siteScope } from '@/utils/site-settings';
import { SiteSettings } from './SiteSettings';

// CI's machine is loaded: every wait is for a condition, with room to spare, never for a fixed time.
const WAIT = { timeout: 15_000 };

// Preact runs effects a frame after a render (requestAnimationFrame, or 35 ms). On a loaded machine
// that frame can come after the test's next step: a list's effect that copies the stored value into
// its text ran after the typing and saved an empty list. Here effects run right after their render,
// so once the page shows what a step waits for, its effects have run too.
options.requestAnimationFrame = (flush) => void Promise.resolve().then(flush);

// Events go through act(), which flushes the renders they cause before it returns: the click after
// the typing sees the typed text.
async function submit(testid: string, text: string): Promise<void> {
  const area = await vi.waitFor(() => {
    const el = document.querySelector<HTMLTextAreaElement>(`[data-testid=${testid}] textarea`);
    if (!el) throw new Error(`no ${testid} list yet`);
    return el;
  }, WAIT);
  await act(() => {
    area.value = text;
    area.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await act(() => document.querySelector<HTMLButtonElement>(`[data-testid=${testid}] button`)!.click());
}

// The fake storage answers in promises only: once a macrotask has passed, a write started by a click
// has landed, so "nothing was saved" is checked after a write would have been seen.
const writesLanded = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('SiteSettings', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    document.body.innerHTML = '<div id="app"></div>';
    render(<SiteSettings />, document.getElementById('app')!);
    await vi.waitFor(
      () => expect(document.querySelector('[data-testid=site-settings]')).not.toBeNull(),
      WAIT,
    );
  });
  afterEach(() => render(null, document.getElementById('app')!));

  it('saves a valid exclusion list, normalised', async () => {
    await submit('excluded-sites', 'WWW.News.example\n*.blog.example');
    await vi.waitFor(
      async () => expect(await disabledSites.getValue()).toEqual(['*.blog.example', 'news.example']),
      WAIT,
    );
  });

  it('saves nothing from a list with an invalid line, and says which line and why', async () => {
    await submit('listed-sites', 'ok.example\nhttps://bad.example/path');
    await vi.waitFor(
      () => expect(document.querySelector('[role=alert]')?.textContent).toContain('https://bad.example/path'),
      WAIT,
    );
    await writesLanded();
    expect(await siteScope.getValue()).toEqual({ mode: 'everywhere', sites: [] });
  });

  it('switches between every site and listed sites', async () => {
    await act(() => document.querySelector<HTMLInputElement>('input[value=listed]')!.click());
    await vi.waitFor(async () => expect((await siteScope.getValue()).mode).toBe('listed'), WAIT);
  });
});
