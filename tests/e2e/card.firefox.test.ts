import { FIREFOX_PATH, launchFirefoxBuild } from './browsers';
import { cardSuite } from './card-suite';

cardSuite({
  name: 'Firefox',
  executable: FIREFOX_PATH,
  target: 'firefox-mv3',
  launch: (build) => launchFirefoxBuild(build),
});
