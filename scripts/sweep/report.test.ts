import { describe, expect, it } from 'vitest';
import { parseFigures } from './probe';
import { errorOrigin, ourUrl, renderMarkdown, summarize, type PageResult } from './report';

const page = (file: string, over: Partial<PageResult> = {}): PageResult => ({
  file,
  status: 'ok',
  ms: 100,
  figures: { marks: 1, setup: 1, busy: 10, longest: 5, slices: 2 },
  ourErrors: [],
  unplaced: [],
  pageErrors: 0,
  domChanges: [],
  pageDomChanges: 0,
  card: 'opened',
  marks: [{ text: 'Putin', id: 'vladimir-putin', context: 'Mr Putin said' }],
  ...over,
});

describe('errorOrigin', () => {
  const ours = ourUrl('chrome-extension://abc', new Set(['card-ui.js', 'content-scripts/content.js']));
  it('blames us for a stack in the extension or a [footnote] warning, the page for its own, nobody without a place', () => {
    expect(errorOrigin('TypeError: x', ['chrome-extension://abc/content-scripts/content.js:1:2'], ours)).toBe(
      'ours',
    );
    // Chromium's dynamic URL for the card chunk: another UUID, a file of ours.
    const chunk = 'chrome-extension://f00-d/card-ui.js:1:1';
    expect(errorOrigin('Error: y', ['http://127.0.0.1:1/p.html:3:4', chunk], ours)).toBe('ours');
    expect(errorOrigin('[footnote] overlay unavailable', [''], ours)).toBe('ours');
    expect(
      errorOrigin('ReferenceError: jQuery is not defined', ['http://127.0.0.1:1/p.html:3:4'], ours),
    ).toBe('page');
    expect(errorOrigin("SyntaxError: Unexpected token '<'", [], ours)).toBe('unplaced');
  });
  it('leaves another extension’s files to the page that links them (wikipedia-4)', () => {
    const theirs = 'chrome-extension://hoki/fonts/fabric-icons.css';
    expect(errorOrigin('Failed to load resource', [theirs], ours)).toBe('page');
  });
});

describe('parseFigures', () => {
  it('reads the top frame’s line and nothing else', () => {
    expect(
      parseFigures('[footnote] marks {"top":true,"marks":3,"setup":1.5,"busy":4,"longest":2,"slices":1}'),
    ).toEqual({ marks: 3, setup: 1.5, busy: 4, longest: 2, slices: 1 });
    expect(parseFigures('[footnote] marks {"top":false,"marks":3}')).toBeNull();
    expect(parseFigures('[footnote] marks {broken')).toBeNull();
    expect(parseFigures('something else')).toBeNull();
  });
});

describe('summarize', () => {
  const results = [
    page('a.html'),
    page('b.html', { figures: { marks: 0, setup: 30, busy: 70, longest: 8, slices: 9 }, marks: [] }),
    page('c.html', {
      ourErrors: [
        'TypeError: boom at chrome-extension://x/c.js',
        'TypeError: boom at chrome-extension://x/c.js',
      ],
    }),
    page('d.html', { domChanges: ['p +span'] }),
    page('e.html', { status: 'timeout', figures: null, marks: [], card: 'not reached' }),
    page('f.html', { unplaced: ['SyntaxError: x'] }),
    page('g.html', { unplaced: ['SyntaxError: x'], card: 'did not open within 8 s' }),
  ];
  const s = summarize('chromium', results);

  it('counts pages by outcome and marks across pages', () => {
    expect(s).toMatchObject({
      pages: 7,
      ok: 4,
      withOurErrors: 1,
      withDomChanges: 1,
      withUnplacedErrors: 2,
      timeouts: 1,
      cardsOpened: 5,
      marks: 5,
    });
    expect(s.unplaced).toEqual([{ message: 'SyntaxError: x', pages: 2 }]);
  });

  it('takes scan time as setup plus slices, and the longest task as the longer of setup and a slice', () => {
    expect(s.scan.median).toBe(11);
    expect(s.scan.max).toBe(100);
    expect(s.scan.maxFile).toBe('b.html');
    expect(s.longestTask).toEqual({ max: 30, file: 'b.html' });
  });

  it('lists each problem with its page, and no card problem for a page that never got that far', () => {
    expect(s.problems).toEqual([
      'c.html: our error: TypeError: boom at chrome-extension://x/c.js',
      'd.html: DOM changed: p +span',
      'e.html: timeout',
      'g.html: card: did not open within 8 s',
    ]);
  });

  it('renders one table for both browsers and a section each', () => {
    const md = renderMarkdown([s, summarize('firefox', [page('a.html')])], {
      dir: '/pages',
      command: 'npm run sweep -- /pages',
      date: '2026-11-21T08:00Z',
    });
    expect(md).toContain('| | chromium | firefox |');
    expect(md).toContain('| pages with errors from our scripts | 1 | 0 |');
    expect(md).toContain(
      '| scan time median / p95 / max | 11.0 ms / 100.0 ms / 100.0 ms | 11.0 ms / 11.0 ms / 11.0 ms |',
    );
    expect(md).toContain('## firefox: no problems');
    expect(md).toContain('- 2× SyntaxError: x');
  });

  it('gives dashes, not NaN, for a browser with no figures at all', () => {
    const none = summarize('firefox', [page('e.html', { status: 'crashed', figures: null })]);
    const md = renderMarkdown([none], { dir: '/p', command: 'c', date: 'd' });
    expect(md).toContain('| scan time median / p95 / max | - / - / - |');
    expect(md).not.toContain('NaN');
  });
});
