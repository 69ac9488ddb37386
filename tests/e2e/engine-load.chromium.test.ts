import type { Target } from 'puppeteer-core';
import { CHROMIUM_PATH, launchChromium } from './browsers';
import { ENGINE_KEY, engineLoadSuite } from './engine-load-suite';
import { poll } from './poll';

engineLoadSuite({
  name: 'Chromium',
  executable: CHROMIUM_PATH,
  target: 'chrome-mv3',
  launch: (build) => launchChromium(build.dir),
  // The background is a service worker: read its global through its target, and stop it by closing
  // that target and detaching (puppeteer's close() of a service worker), as Chrome stops an idle worker.
  // A message from an open page may start it again at once: it is a new worker when its time origin is.
  probe: ({ browser, origin }) => {
    const isWorker = (t: Target) => t.type() === 'service_worker' && t.url().startsWith(`${origin}/`);
    const worker = async () => (await (await browser.waitForTarget(isWorker, { timeout: 15_000 })).worker())!;
    const started = async () => (await worker()).evaluate(() => performance.timeOrigin);
    return {
      engineLoaded: async () => (await worker()).evaluate((key) => key in globalThis, ENGINE_KEY),
      async restart() {
        const before = await started();
        await (await worker()).close();
        const stopped = await poll(async () => {
          if (!browser.targets().some(isWorker)) return true;
          return (await started().catch(() => before)) !== before ? true : null;
        }, 15_000);
        if (!stopped) throw new Error('the background service worker did not stop');
      },
    };
  },
});
