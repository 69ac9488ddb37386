import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { request } from '@/messaging/protocol';
import { startOverlay } from './overlay';
import { answerSiteQuery, followSiteSwitch } from './site-switch';
import './highlights.css';

// The page overlay (issue #3): marks the KB's names on any http(s) page and opens their cards.
// Everything it starts is tied to `ctx.signal`, which WXT aborts when the extension is updated,
// reloaded or disabled, so an orphaned script stops and takes its marks and host with it.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // Same-origin iframes (an embedded article, a live blog) get their own instance; about:blank and
  // srcdoc frames inherit their parent's origin, hence matchAboutBlank.
  allFrames: true,
  matchAboutBlank: true,
  // highlights.css goes into the manifest: the browser applies it without adding a node to the page.
  cssInjectionMode: 'manifest',
  main(ctx: ContentScriptContext) {
    void start(ctx.signal);
  },
});

async function start(signal: AbortSignal): Promise<void> {
  try {
    answerSiteQuery(signal);
    const data = await request('getMatcher');
    if (signal.aborted) return;
    const overlay = startOverlay(document, data, signal);
    await followSiteSwitch(location.hostname, (on) => overlay.setSiteEnabled(on), signal);
    // Debug level: hidden in the page console by default, and what the e2e tests wait for.
    console.debug(`[footnote] content script ready: ${data.ids.length} actors known`);
  } catch (error) {
    if (!signal.aborted) console.warn('[footnote] overlay unavailable', error);
  }
}
