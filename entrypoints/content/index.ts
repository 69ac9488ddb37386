import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { request } from '@/messaging/protocol';
import { startOverlay } from './overlay';
import { answerPageQueries } from './on-page';
import { answerCommands } from './commands';
import { answerSiteQuery, followSiteSwitch } from './site-switch';
import { answerExtract } from './extract/load';
import { followKb } from './kb-watch';
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
    watchValidity(ctx);
    start(ctx.signal);
  },
});

/**
 * Chrome does not tell an orphaned content script (extension reloaded, updated, disabled) that it is
 * one: WXT only notices when `ctx.isInvalid` is read. Read it on every input the overlay reacts to,
 * before the overlay's own listeners run, and every two seconds, so a stale script withdraws its
 * marks and card instead of answering a hover with "Extension context invalidated".
 */
function watchValidity(ctx: ContentScriptContext): void {
  const check = () => void ctx.isInvalid;
  ctx.setInterval(check, 2000);
  for (const type of ['pointermove', 'keydown'] as const) {
    ctx.addEventListener(document, type, check, { capture: true, passive: true });
  }
}

function start(signal: AbortSignal): void {
  try {
    answerSiteQuery(signal);
    answerExtract(signal);
    // Started again, with the new matcher, whenever the reader's articles change the KB.
    followKb(signal, startOverlayWithMatcher);
  } catch (error) {
    if (!signal.aborted) console.warn('[footnote] overlay unavailable', error);
  }
}

async function startOverlayWithMatcher(signal: AbortSignal): Promise<void> {
  try {
    const data = await request('getMatcher');
    if (signal.aborted) return;
    const overlay = startOverlay(document, data, signal);
    answerPageQueries(overlay.marks, signal);
    answerCommands(overlay, signal);
    await followSiteSwitch(location.hostname, (on) => overlay.setSiteEnabled(on), signal);
    // Debug level: hidden in the page console by default, and what the e2e tests wait for.
    console.debug(`[footnote] content script ready: ${data.ids.length} actors known`);
  } catch (error) {
    if (!signal.aborted) console.warn('[footnote] overlay unavailable', error);
  }
}
