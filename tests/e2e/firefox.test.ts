import { FIREFOX_PATH, launchFirefox } from './browsers';
import { extensionSuite, type SuiteOptions } from './extension-suite';
import { optionsSuite } from './options-suite';
import { overlaySuite } from './overlay-suite';
import { popupSuite } from './popup-suite';

const options: SuiteOptions = {
  name: 'Firefox',
  executable: FIREFOX_PATH,
  target: 'firefox-mv3',
  launch: (build) => {
    const id = build.manifest.browser_specific_settings?.gecko?.id;
    if (!id) throw new Error('the Firefox build has no browser_specific_settings.gecko.id');
    return launchFirefox(build.dir, id);
  },
};
extensionSuite(options);
overlaySuite(options);
optionsSuite(options);
popupSuite(options);
