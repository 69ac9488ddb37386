import { CHROMIUM_PATH, launchChromium } from './browsers';
import { extensionSuite } from './extension-suite';

extensionSuite({
  name: 'Chromium',
  executable: CHROMIUM_PATH,
  target: 'chrome-mv3',
  launch: (build) => launchChromium(build.dir),
});
