import { CHROMIUM_PATH, launchChromium } from './browsers';
import { librarySuite } from './library-suite';

librarySuite({
  name: 'Chromium',
  executable: CHROMIUM_PATH,
  target: 'chrome-mv3',
  launch: (build) => launchChromium(build.dir),
});
