import { CHROMIUM_PATH, launchChromium } from './browsers';
import { touchSuite } from './touch-suite';

touchSuite({
  name: 'Chromium',
  executable: CHROMIUM_PATH,
  target: 'chrome-mv3',
  launch: (build) => launchChromium(build.dir),
});
