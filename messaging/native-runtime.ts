// The extension's `runtime` as the browser gives it, without webextension-polyfill (which `wxt/browser`
// is in this project): for the content script, whose only calls are synchronous (`getURL`) or answer
// through `sendResponse`, so the polyfill's promise wrappers (about 10 KB minified, parsed on every
// page) would buy it nothing. Firefox's `browser`, else Chrome's `chrome`: the choice WXT's own
// @wxt-dev/browser makes, which @wxt-dev/storage and @webext-core/messaging already use.

export type MessageListener = (
  message: unknown,
  sender: unknown,
  sendResponse: (response?: unknown) => void,
) => boolean | undefined;

export interface NativeRuntime {
  id?: string;
  getURL(path: string): string;
  onMessage: {
    addListener(listener: MessageListener): void;
    removeListener(listener: MessageListener): void;
  };
}

type Namespace = { runtime?: NativeRuntime } | undefined;

/** Looked up at each call: an orphaned script's `runtime` goes away, and tests install their fake. */
export function runtime(): NativeRuntime {
  const g = globalThis as { browser?: Namespace; chrome?: Namespace };
  const api = g.browser?.runtime?.id ? g.browser.runtime : g.chrome?.runtime;
  if (!api) throw new Error('no extension runtime');
  return api;
}

/**
 * Adds a message listener until `signal` aborts. The removal may throw: in an orphaned script (the
 * extension reloaded) every extension call throws "Extension context invalidated", and the listener
 * is gone with the old runtime anyway.
 */
export function listenUntil(listener: MessageListener, signal: AbortSignal): void {
  runtime().onMessage.addListener(listener);
  signal.addEventListener(
    'abort',
    () => {
      try {
        runtime().onMessage.removeListener(listener);
      } catch {
        // nothing left to clean
      }
    },
    { once: true },
  );
}
