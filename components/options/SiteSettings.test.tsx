// @vitest-environment happy-dom
import { render } from 'preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { disabledSites, siteScope } from '@/utils/site-settings';
import { SiteSettings } from './SiteSettings';

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

async function submit(testid: string, text: string): Promise<void> {
  const area = document.querySelector<HTMLTextAreaElement>(`[data-testid=${testid}] textarea`)!;
  area.value = text;
  area.dispatchEvent(new Event('input', { bubbles: true }));
  await settle();
  document.querySelector<HTMLButtonElement>(`[data-testid=${testid}] button`)!.click();
  await settle();
}

describe('SiteSettings', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    document.body.innerHTML = '<div id="app"></div>';
    render(<SiteSettings />, document.getElementById('app')!);
    await settle();
  });

  it('saves a valid exclusion list, normalised', async () => {
    await submit('excluded-sites', 'WWW.News.example\n*.blog.example');
    expect(await disabledSites.getValue()).toEqual(['*.blog.example', 'news.example']);
  });

  it('saves nothing from a list with an invalid line, and says which line and why', async () => {
    await submit('listed-sites', 'ok.example\nhttps://bad.example/path');
    expect(await siteScope.getValue()).toEqual({ mode: 'everywhere', sites: [] });
    expect(document.querySelector('[role=alert]')?.textContent).toContain('https://bad.example/path');
  });

  it('switches between every site and listed sites', async () => {
    document.querySelector<HTMLInputElement>('input[value=listed]')!.click();
    await settle();
    expect((await siteScope.getValue()).mode).toBe('listed');
  });
});
