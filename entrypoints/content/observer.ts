// Following the page as it changes (infinite scroll, a React re-render, SPA navigation) with one
// MutationObserver, batched: records pile up until the next animation frame, then the changed blocks
// are rescanned in idle time. Past a threshold a full rescan is cheaper than many small ones (a SPA
// swapping its whole view).
import { blockOf } from './blocks';

const FULL_RESCAN_AFTER = 150;

export interface ChangeSink {
  partial(roots: Node[]): void;
  full(): void;
}

export function watchChanges(
  doc: Document,
  sink: ChangeSink,
  ownHost: () => Element | null,
  signal: AbortSignal,
): { observe(root: Node): void } {
  let pending = new Set<Node>();
  let frame = false;
  let overflow = false;

  const flush = () => {
    frame = false;
    if (signal.aborted) return;
    const roots = [...pending];
    pending = new Set();
    if (overflow) {
      overflow = false;
      sink.full();
      return;
    }
    // A changed block inside another changed block is scanned with it.
    const outer = roots.filter((r) => r.isConnected && !roots.some((o) => o !== r && o.contains(r)));
    if (outer.length) sink.partial(outer);
    else if (roots.length) sink.partial([]); // only removals: drop the marks that left the page
  };

  const observer = new MutationObserver((records) => {
    const host = ownHost();
    for (const r of records) {
      // Our own host's arrival (and the card inside it) is not page text.
      if (host && (r.target === host || host.contains(r.target))) continue;
      if (r.type === 'childList' && [...r.addedNodes].every((n) => n === host)) {
        if (!r.removedNodes.length) continue;
      }
      const block = blockOf(r.type === 'characterData' ? (r.target.parentNode ?? r.target) : r.target);
      pending.add(block ?? r.target);
      if (pending.size > FULL_RESCAN_AFTER) overflow = true;
    }
    if (!frame && pending.size) {
      frame = true;
      // One flush per frame, however many records the page produces in it; the timeout covers tabs
      // that get no frames (hidden), where the flag makes the later of the two a no-op.
      requestAnimationFrame(() => frame && flush());
      setTimeout(() => frame && flush(), 250);
    }
  });
  const options: MutationObserverInit = { childList: true, subtree: true, characterData: true };
  observer.observe(doc.documentElement, options);
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  return { observe: (root) => observer.observe(root, options) };
}
