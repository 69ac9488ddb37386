import { FIREFOX_PATH, launchFirefoxBuild } from './browsers';
import { touchSuite } from './touch-suite';

touchSuite({
  name: 'Firefox',
  executable: FIREFOX_PATH,
  target: 'firefox-mv3',
  // A phone's Firefox as far as desktop Firefox can be one: a coarse primary pointer that cannot
  // hover (1 = coarse, no fine, no hover), and scrollbars that take no width.
  launch: (build) =>
    launchFirefoxBuild(build, {
      prefs: { 'ui.primaryPointerCapabilities': 1, 'ui.useOverlayScrollbars': 1 },
    }),
});
