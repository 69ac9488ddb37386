// Test support: @webext-core/messaging talks to `chrome.runtime` with callbacks (sendMessage(msg, cb),
// listeners answering through sendResponse), while WXT's fakeBrowser implements the promise API only.
// This routes the callback API through fakeBrowser's onMessage so both ends run in one test process.
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';

type Listener = (message: unknown, sender: object, sendResponse: (response: unknown) => void) => unknown;

export function bridgeRuntimeMessaging(): void {
  // fakeBrowser presets lastError to an empty error; Chrome leaves it unset after a delivered message.
  vi.spyOn(fakeBrowser.runtime, 'lastError', 'get').mockReturnValue(undefined);
  const listeners = new Set<Listener>();
  vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener').mockImplementation((l) => {
    listeners.add(l as unknown as Listener);
  });
  vi.spyOn(fakeBrowser.runtime.onMessage, 'removeListener').mockImplementation((l) => {
    listeners.delete(l as unknown as Listener);
  });
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(((message: unknown, callback: Listener) => {
    // A real browser serialises messages: JSON is the closest stand-in (undefined fields vanish).
    const wire: unknown = JSON.parse(JSON.stringify(message));
    for (const listener of listeners) {
      if (listener(wire, {}, callback as unknown as (r: unknown) => void) === true) return;
    }
    (callback as unknown as (r: unknown) => void)(undefined);
  }) as never);
}
