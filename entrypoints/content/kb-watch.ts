// The overlay follows the knowledge base: when the reader adds or deletes one of their articles, the
// background bumps `local:kbRevision` (a number, not the library: every tab gets the change event), and
// each tab's overlay starts again with the new matcher, so a new speaker is marked in pages already open.
import { storage } from 'wxt/utils/storage';
import { KB_REVISION_KEY } from '@/messaging/library-page';

/** Runs `run` under a signal of its own, aborted and run again on every KB change, until `signal` ends. */
export function followKb(signal: AbortSignal, run: (signal: AbortSignal) => void | Promise<void>): void {
  let current: AbortController | undefined;
  const restart = () => {
    current?.abort();
    if (signal.aborted) return;
    const own = new AbortController();
    current = own;
    signal.addEventListener('abort', () => own.abort(), { once: true, signal: own.signal });
    void run(own.signal);
  };
  const unwatch = storage.watch(KB_REVISION_KEY, restart);
  signal.addEventListener(
    'abort',
    () => {
      current?.abort();
      try {
        unwatch();
      } catch {
        // an orphaned script (the extension reloaded): every browser.* call throws, the watch is gone
      }
    },
    { once: true },
  );
  restart();
}
