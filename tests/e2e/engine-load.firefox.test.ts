import type { Page } from 'puppeteer-core';
import { FIREFOX_PATH, launchFirefoxBuild } from './browsers';
import { ENGINE_KEY, engineLoadSuite } from './engine-load-suite';
import { poll } from './poll';

// Firefox suspends an idle event page after this long (30 s by default); short here, so a test sees
// the background start again within seconds.
const IDLE_MS = 1500;

/** The event page's window, as an extension page of the same add-on sees it. */
type BackgroundWindow = Record<string, unknown> & { performance: { timeOrigin: number } };
type Runtime = { getBackgroundPage(): Promise<BackgroundWindow> };

engineLoadSuite({
  name: 'Firefox',
  executable: FIREFOX_PATH,
  target: 'firefox-mv3',
  launch: (build) => launchFirefoxBuild(build, { prefs: { 'extensions.background.idle.timeout': IDLE_MS } }),
  // The background is an event page: an extension page reads its global through getBackgroundPage()
  // (which starts it if it is suspended), and it has started again when its time origin is new.
  probe: () => {
    const started = (page: Page) =>
      page.evaluate(async () => {
        const g = globalThis as unknown as { browser: { runtime: Runtime } };
        return (await g.browser.runtime.getBackgroundPage()).performance.timeOrigin;
      });
    return {
      engineLoaded: (page) =>
        page.evaluate(async (key) => {
          const g = globalThis as unknown as { browser: { runtime: Runtime } };
          return key in (await g.browser.runtime.getBackgroundPage());
        }, ENGINE_KEY),
      async restart(page) {
        const before = await started(page);
        const again = await poll(async () => {
          await new Promise((resolve) => setTimeout(resolve, IDLE_MS * 2));
          return (await started(page)) !== before ? true : null;
        }, 30_000);
        if (!again) throw new Error('the background event page was not suspended');
      },
    };
  },
});
