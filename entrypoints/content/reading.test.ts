// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { setReading } from '@/utils/reading';
import { MarkSet, STYLE_HIGHLIGHTS, type MarkStyle } from './marks';
import { followHighlightStyle } from './reading';

// CI's machine is loaded: vi.waitFor's 1 s default is too short to count on there.
const WAIT = { timeout: 15_000 };

// happy-dom has no CSS Custom Highlight API: a registry and Highlight just big enough for MarkSet.
class FakeHighlight extends Set<Range> {
  priority = 0;
}
const registry = new Map<string, FakeHighlight>();

function markOn(text: string): MarkSet {
  document.body.innerHTML = `<p>${text}</p>`;
  const node = document.querySelector('p')!.firstChild as Text;
  const range = document.createRange();
  range.setStart(node, 0);
  range.setEnd(node, 13);
  const marks = new MarkSet();
  marks.add({ range, id: 'lavrov', weak: false, nodes: [node] });
  return marks;
}
const drawnAs = () => [...registry.keys()].filter((k) => k !== 'footnote-active');

describe('highlight style on the page', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    registry.clear();
    vi.stubGlobal('Highlight', FakeHighlight);
    vi.stubGlobal('CSS', { highlights: registry });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('registers the marks under the chosen style’s name, and swaps it while showing', () => {
    const marks = markOn('Sergey Lavrov spoke.');
    marks.show(true);
    expect(drawnAs()).toEqual(['footnote-mark']);
    for (const style of ['underline', 'none', 'background'] as MarkStyle[]) {
      marks.setStyle(style);
      expect(drawnAs()).toEqual([STYLE_HIGHLIGHTS[style]]);
      expect(registry.get(STYLE_HIGHLIGHTS[style])!.size).toBe(1);
    }
  });

  it('a style chosen while marks are off applies when they come back, and registers nothing before', () => {
    const marks = markOn('Sergey Lavrov spoke.');
    marks.setStyle('underline');
    expect(registry.size).toBe(0);
    marks.show(true);
    expect(drawnAs()).toEqual(['footnote-mark-underline']);
    marks.show(false);
    expect(registry.size).toBe(0);
  });

  it('follows the stored setting at once, as the options page changes it', async () => {
    await setReading({ highlight: 'underline' });
    const marks = markOn('Sergey Lavrov spoke.');
    marks.show(true);
    const stop = new AbortController();
    followHighlightStyle(marks, stop.signal);
    await vi.waitFor(() => expect(drawnAs()).toEqual(['footnote-mark-underline']), WAIT);
    await setReading({ highlight: 'none' });
    await vi.waitFor(() => expect(drawnAs()).toEqual(['footnote-mark-plain']), WAIT);
    stop.abort();
    await setReading({ highlight: 'background' });
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(drawnAs()).toEqual(['footnote-mark-plain']); // a stopped overlay no longer follows
  });

  it('has a rule in highlights.css for each drawn style, and none for “none”', () => {
    const css = readFileSync(`${__dirname}/highlights.css`, 'utf8');
    const styled = (name: string) => css.includes(`::highlight(${name})`);
    expect(styled(STYLE_HIGHLIGHTS.background)).toBe(true);
    expect(styled(STYLE_HIGHLIGHTS.underline)).toBe(true);
    expect(styled(STYLE_HIGHLIGHTS.none)).toBe(false);
  });
});
