import { CHROMIUM_PATH, launchChromium } from './browsers';
import { cardSuite } from './card-suite';

cardSuite({
  name: 'Chromium',
  executable: CHROMIUM_PATH,
  target: 'chrome-mv3',
  launch: (build) => launchChromium(build.dir),
});
