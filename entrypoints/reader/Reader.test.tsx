// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { handle } from '@/messaging/protocol';
import type { SourceView } from '@/messaging/overlay-schemas';
import { bridgeRuntimeMessaging } from '@/messaging/runtime-bridge';
import { originalLink } from './Article';
import { Reader } from './Reader';

// CI's machine is loaded: vi.waitFor's 1 s default is too short to count on there.
const WAIT = { timeout: 15_000 };

const TEXT = 'Talks resumed.\nLavrov said “we will study it” on Monday. Zelensky said Kyiv would not yield.';
const at = (s: string) => TEXT.indexOf(s);
const SOURCE: SourceView = {
  id: 'lib-1',
  outlet: 'The Example Times',
  title: 'Talks resume',
  date: '2025-11-25',
  url: 'https://news.example/talks',
  text: TEXT,
  statements: [
    {
      id: 's1',
      start: at('we will'),
      end: at('we will') + 'we will study it'.length,
      speaker: 'Sergey Lavrov',
      speakerType: 'person',
      kind: 'direct',
    },
    {
      id: 's2',
      start: at('Kyiv'),
      end: at('yield') + 5,
      speaker: 'Volodymyr Zelensky',
      speakerType: 'person',
      kind: 'indirect',
    },
  ],
};

describe('reader page', () => {
  let stop = () => {};
  beforeEach(() => {
    fakeBrowser.reset();
    bridgeRuntimeMessaging();
    stop = handle('getSource', ({ id }) => (id === SOURCE.id ? SOURCE : null));
    document.body.innerHTML = '<div id="app"></div>';
  });
  afterEach(() => {
    render(null, document.getElementById('app')!);
    stop();
  });
  const show = async (sourceId: string, passage: { start: number; end: number } | null = null) => {
    render(
      <Reader sourceId={sourceId} passage={passage && { sourceId, ...passage }} />,
      document.getElementById('app')!,
    );
    // The machine is loaded: wait for the answer rather than for a fixed time.
    await vi.waitFor(() => expect(document.querySelector('.reader, .error')).not.toBeNull(), WAIT);
  };
  const $$ = (sel: string) => [...document.querySelectorAll<HTMLElement>(sel)];

  it('shows where the article comes from, with a link to the original', async () => {
    await show('lib-1');
    expect(document.querySelector('h1')?.textContent).toBe('Talks resume');
    expect(document.querySelector('header')?.textContent).toContain('The Example Times · 25 Nov 2025');
    const link = document.querySelector<HTMLAnchorElement>('[data-testid=original-link]')!;
    expect(link.href).toBe('https://news.example/talks');
    expect(link.rel).toContain('noopener');
  });

  it('keys speakers by number and colour, and labels each statement with speaker and kind', async () => {
    await show('lib-1');
    expect($$('[data-testid=legend-item]').map((b) => b.textContent)).toEqual([
      'Sergey Lavrov 1 statement',
      'Volodymyr Zelensky 1 statement',
    ]);
    const markers = $$('[data-testid=statement-marker]');
    expect(markers.map((m) => [m.tagName, m.getAttribute('aria-label'), m.dataset.n])).toEqual([
      ['BUTTON', 'Sergey Lavrov, direct quote', '1'],
      ['BUTTON', 'Volodymyr Zelensky, paraphrase', '2'],
    ]);
    // The marker and its statement's underline share the speaker's hue.
    const words = document.querySelector<HTMLElement>('[data-statement=s2]')!;
    expect(words.style.getPropertyValue('--speaker-hue')).toBe(
      markers[1]!.style.getPropertyValue('--speaker-hue'),
    );
    // Numbers are drawn by CSS: the article's text is the source's, word for word.
    expect($$('.reader p:not(.muted)').map((p) => p.textContent)).toEqual(TEXT.split('\n'));
  });

  it('lights a statement while its marker has focus, and all of a speaker’s from the legend', async () => {
    await show('lib-1');
    const lit = () => $$('.statement.lit').map((s) => s.dataset.statement);
    const [lavrov, zelensky] = $$('[data-testid=statement-marker]');
    zelensky!.focus();
    await vi.waitFor(() => expect(lit()).toEqual(['s2']), WAIT);
    zelensky!.blur();
    await vi.waitFor(() => expect(lit()).toEqual([]), WAIT);
    lavrov!.click();
    await vi.waitFor(() => expect(lit()).toEqual(['s1']), WAIT);
    expect(lavrov!.getAttribute('aria-pressed')).toBe('true');
    $$('[data-testid=legend-item]')[1]!.click();
    await vi.waitFor(() => expect(lit()).toEqual(['s1', 's2']), WAIT);
    expect($$('[data-testid=legend-item]')[1]!.getAttribute('aria-pressed')).toBe('true');
  });

  it('marks and focuses the cited passage', async () => {
    const s = SOURCE.statements[0]!;
    await show('lib-1', { start: s.start, end: s.end });
    const marks = $$('mark[data-testid=passage]');
    expect(marks.map((m) => m.textContent).join('')).toBe('we will study it');
    await vi.waitFor(() => expect(document.activeElement).toBe(marks[0]), WAIT);
  });

  it('says plainly when the source is gone or the address names none', async () => {
    await show('lib-9');
    expect(document.body.textContent).toContain('no source “lib-9”');
    expect(document.querySelector('h1')?.textContent).toBe('Source not available');
    await show('');
    expect(document.body.textContent).toContain('names no source');
    expect(document.querySelector('h1')?.textContent).toBe('Source not available');
  });
});

describe('originalLink', () => {
  it('links web pages only', () => {
    expect(originalLink('https://a.example/x')?.hostname).toBe('a.example');
    expect(originalLink('http://a.example/')).not.toBeNull();
    expect(originalLink('javascript:alert(1)')).toBeNull();
    expect(originalLink('file:///etc/passwd')).toBeNull();
    expect(originalLink('not a url')).toBeNull();
    expect(originalLink(undefined)).toBeNull();
  });
});
