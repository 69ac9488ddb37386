import { FIREFOX_PATH, launchFirefoxBuild } from './browsers';
import { extensionSuite, type SuiteOptions } from './extension-suite';
import { optionsSuite } from './options-suite';
import { overlaySuite } from './overlay-suite';
import { popupSuite } from './popup-suite';

const options: SuiteOptions = {
  name: 'Firefox',
  executable: FIREFOX_PATH,
  target: 'firefox-mv3',
  launch: (build) => launchFirefoxBuild(build),
};
extensionSuite(options);
overlaySuite(options);
optionsSuite(options);
popupSuite(options);
