import { CHROMIUM_PATH, launchChromium } from './browsers';
import { extensionSuite, type SuiteOptions } from './extension-suite';
import { optionsSuite } from './options-suite';
import { overlaySuite } from './overlay-suite';
import { popupSuite } from './popup-suite';

const options: SuiteOptions = {
  name: 'Chromium',
  executable: CHROMIUM_PATH,
  target: 'chrome-mv3',
  launch: (build) => launchChromium(build.dir),
};
extensionSuite(options);
overlaySuite(options);
optionsSuite(options);
popupSuite(options);
