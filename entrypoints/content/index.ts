import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { request } from '@/messaging/protocol';

// Runs on every http(s) page but, until the overlay of issue #3, only checks that the KB is reachable.
// It never reads or writes the page DOM. Everything it starts is tied to `ctx`, which WXT invalidates
// when the extension is updated or disabled, so an orphaned script stops instead of erroring.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx: ContentScriptContext) {
    void start(ctx.signal);
  },
});

async function start(signal: AbortSignal): Promise<void> {
  try {
    const summary = await request('getKbSummary');
    if (signal.aborted) return;
    // Debug level: hidden in the page console by default, and what the e2e tests wait for.
    console.debug(`[footnote] content script ready: ${summary.actors} actors known`);
  } catch (error) {
    if (!signal.aborted) console.warn('[footnote] knowledge base unavailable', error);
  }
}
