import { CHROMIUM_PATH, launchChromium } from './browsers';
import { commandsSuite } from './commands-suite';

commandsSuite({
  name: 'Chromium',
  executable: CHROMIUM_PATH,
  target: 'chrome-mv3',
  launch: (build) => launchChromium(build.dir),
});
