import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { handle } from '@/messaging/protocol';
import { bridgeRuntimeMessaging } from '@/messaging/runtime-bridge';
import type { AddArticle } from '@/messaging/library-schemas';
import { addThisPage } from './AddThisPage';

const tab = vi.hoisted(() => ({ answer: undefined as unknown }));
vi.mock('./activeTab', () => ({ askActiveTab: async () => tab.answer }));

describe('addThisPage', () => {
  let sent: AddArticle[];
  let stop = () => {};
  afterEach(() => stop());
  beforeEach(() => {
    fakeBrowser.reset();
    bridgeRuntimeMessaging();
    sent = [];
    stop = handle('addArticle', (input) => {
      sent.push(input);
      return { ok: true, message: 'Added “Quay”.' };
    });
  });

  it('sends the page’s article, read in the page, to the background as a page article', async () => {
    tab.answer = {
      text: 'Text.',
      title: 'Quay',
      outlet: 'Elmsby Post',
      url: 'https://e.example/q',
      date: null,
    };
    const steps: string[] = [];
    expect(await addThisPage((s) => steps.push(s))).toEqual({ ok: true, text: 'Added “Quay”.' });
    expect(sent).toEqual([
      {
        text: 'Text.',
        title: 'Quay',
        outlet: 'Elmsby Post',
        url: 'https://e.example/q',
        date: null,
        origin: 'page',
      },
    ]);
    expect(steps).toEqual(['Reading the article on the page…', 'Finding who said what…']);
  });

  it('says why when the tab cannot be read or holds no article, and adds nothing', async () => {
    tab.answer = undefined;
    expect((await addThisPage(() => {})).text).toMatch(/^Footnote cannot read this tab/);
    tab.answer = { error: 'Footnote found no article text on this page' };
    expect(await addThisPage(() => {})).toEqual({
      ok: false,
      text: 'Not added: Footnote found no article text on this page.',
    });
    tab.answer = { text: 5 };
    expect((await addThisPage(() => {})).ok).toBe(false);
    expect(sent).toEqual([]);
  });
});
