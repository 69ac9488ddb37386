// Following the page as it changes (infinite scroll, a React re-render, SPA navigation) with one
// MutationObserver, batched: records pile up until the next animation frame, then the changed blocks
// are rescanned in idle time. Past a threshold a full rescan is cheaper than many small ones (a SPA
// swapping its whole view).
import { blockOf, isInline } from './blocks';

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
  let removals = false;

  const flush = () => {
    frame = false;
    if (signal.aborted) return;
    const roots = [...pending];
    pending = new Set();
    if (overflow) {
      overflow = false;
      removals = false;
      sink.full();
      return;
    }
    // A changed block inside another changed block is scanned with it.
    const outer = roots.filter((r) => r.isConnected && !roots.some((o) => o !== r && o.contains(r)));
    // With only removals, an empty rescan still drops the marks that left the page.
    if (outer.length || removals) sink.partial(outer);
    removals = false;
  };

  const add = (node: Node) => {
    pending.add(node);
    if (pending.size > FULL_RESCAN_AFTER) overflow = true;
  };

  const observer = new MutationObserver((records) => {
    const host = ownHost();
    for (const r of records) {
      // Our own host's arrival and departure (and the card inside it) are not page text.
      if (host && (r.target === host || host.contains(r.target))) continue;
      if (r.type === 'characterData') {
        const block = blockOf(r.target.parentNode ?? r.target);
        if (block) add(block);
        continue;
      }
      // An ad script appending a <div> to <body> must not rescan the whole body: a new block is
      // scanned on its own. Text or an inline element added or removed changes the words of the block
      // it sits in ("Volodymyr " + <b>Zelensky</b> arriving late), so that block is rescanned.
      let inline = false;
      for (const n of r.addedNodes) {
        if (n === host) continue;
        if (n.nodeType === 1 && !isInline(n as Element)) add(n);
        else if (n.nodeType === 1 || n.nodeType === 3) inline = true;
      }
      for (const n of r.removedNodes) {
        if (n === host) continue;
        // A removed block takes its marks with it (the flush drops marks whose text left the page).
        if (n.nodeType === 1 && !isInline(n as Element)) removals = true;
        else if (n.nodeType === 1 || n.nodeType === 3) inline = true;
      }
      if (inline) add(blockOf(r.target) ?? r.target);
    }
    if (!frame && (pending.size || removals)) {
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
