import { CHROMIUM_PATH, launchChromium } from './browsers';
import { welcomeSuite } from './welcome-suite';

welcomeSuite({
  name: 'Chromium',
  executable: CHROMIUM_PATH,
  target: 'chrome-mv3',
  launch: (build) => launchChromium(build.dir),
});
