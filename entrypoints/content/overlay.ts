// The overlay on one document: wires finding (scan, observer), marking (marks), and the card (hover,
// keyboard) together, and switches it all on and off with the site setting and the marks command. Every
// listener and timer hangs off `signal`, which WXT aborts when the extension reloads or updates.
import { Matcher } from '@/core/matcher/matcher';
import type { MatcherData } from '@/core/matcher/compile';
import { CardController } from './card/controller';
import { createHost, removeStaleHosts, type Host } from './host';
import { watchPointer } from './hover';
import { markAt } from './hit-test';
import { markStepper, watchEscape } from './keyboard';
import { MarkSet } from './marks';
import { watchChanges } from './observer';
import { followHighlightStyle } from './reading';
import { Scanner } from './scan';
import { idleCallback, IdleRunner } from './scheduler';
import { watchTouch } from './touch';

export interface Overlay {
  /** The site switch: marks appear or disappear at once. */
  setSiteEnabled(on: boolean): void;
  /** The page's marks, for the popup's "On this page". */
  readonly marks: MarkSet;
  /** The next or previous mark's card (the keyboard commands); false when no mark is shown. */
  step(dir: 1 | -1): boolean;
  /** Marks off or on for this page (the keyboard command); false while the site is switched off. */
  toggle(): boolean;
}

export function startOverlay(doc: Document, data: MatcherData, signal: AbortSignal): Overlay {
  removeStaleHosts(doc);
  const marks = new MarkSet();
  followHighlightStyle(marks, signal);
  const idle = idleCallback(signal);
  const runner = new IdleRunner(idle, signal);
  let host: Host | null = null;
  const ownHost = () => host?.element ?? null;
  // Created on the first card: a page that is only read, never hovered, gets no new element at all.
  // Its stylesheet comes with the card chunk (content/card/ui.ts).
  const ensureHost = (css: string) => (host ??= createHost(doc, css));

  let siteOn = false;
  let pageOn = true;
  const active = () => siteOn && pageOn && !signal.aborted;

  const cards = new CardController(ensureHost, marks, (m) => m.range.toString());
  const t0 = performance.now();
  const matcher = new Matcher(data);
  // Building the trie is main-thread time too, spent once per page before the first slice.
  const setup = performance.now() - t0;
  const scanner = new Scanner(matcher, data, marks, runner, ownHost, (root) => watcher.observe(root));
  const watcher = watchChanges(
    doc,
    {
      partial: (roots) => {
        if (!active()) return;
        scanner.partial(roots);
        // The page replaced the name under an open card (a live ticker re-rendering): the card has
        // lost its anchor and would float over unrelated text. A change elsewhere in the block keeps it.
        const open = cards.current;
        if (open && (open.range.collapsed || open.nodes.some((n) => !n.isConnected))) {
          cards.close(cards.openedBy === 'keyboard');
        }
      },
      full: () => active() && scanner.full(doc),
    },
    ownHost,
    signal,
  );

  let preloaded = false;
  const report = () => {
    void runner.drained().then(() => {
      if (!active()) return;
      // The first scan found marks: fetch the card chunk in idle time, so the first hover opens its
      // card as promptly as if it had been there all along. A page without marks never loads it.
      if (!preloaded && marks.size > 0) {
        preloaded = true;
        idle(() => cards.preload());
      }
      const { busy, longest, slices } = runner.stats;
      const round = (ms: number) => Math.round(ms * 100) / 100;
      // Debug level (hidden by default): what the e2e tests and `npm run bench` read. Cumulative
      // over the page's life; `top` tells the page's own figures from an iframe's.
      const figures = {
        top: window === window.top,
        marks: marks.size,
        setup: round(setup),
        busy: round(busy),
        longest: round(longest),
        slices,
      };
      console.debug(`[footnote] marks ${JSON.stringify(figures)}`);
    });
  };

  const apply = () => {
    if (active()) {
      marks.show(true);
      scanner.full(doc);
      report();
    } else {
      runner.clear();
      cards.close(false);
      marks.clear();
      marks.show(false);
    }
  };

  watchPointer(doc, marks, cards, () => [...scanner.shadowRoots], active, signal);
  watchTouch(doc, (x, y) => markAt(doc, marks, x, y, [...scanner.shadowRoots]), cards, active, signal);
  watchEscape(doc, cards, signal);
  const step = markStepper(marks, cards);

  signal.addEventListener(
    'abort',
    () => {
      runner.clear();
      cards.close(false);
      marks.clear();
      marks.show(false);
      host?.remove();
    },
    { once: true },
  );

  return {
    marks,
    step: (dir) => active() && step(dir),
    toggle() {
      if (!siteOn || signal.aborted) return false;
      pageOn = !pageOn;
      apply();
      return true;
    },
    setSiteEnabled(on) {
      if (on === siteOn) return;
      siteOn = on;
      apply();
      if (!on) {
        // Switched off for the site: the page goes back to exactly what it was, host included.
        host?.remove();
        host = null;
      }
    },
  };
}
