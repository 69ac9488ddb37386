import { FIREFOX_PATH, launchFirefoxBuild } from './browsers';
import { welcomeSuite } from './welcome-suite';

welcomeSuite({
  name: 'Firefox',
  executable: FIREFOX_PATH,
  target: 'firefox-mv3',
  launch: (build) => launchFirefoxBuild(build),
});
