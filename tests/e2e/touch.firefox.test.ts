import { FIREFOX_PATH, launchFirefoxBuild } from './browsers';
import { touchSuite } from './touch-suite';

touchSuite({
  name: 'Firefox',
  executable: FIREFOX_PATH,
  target: 'firefox-mv3',
  launch: (build) => launchFirefoxBuild(build),
});
