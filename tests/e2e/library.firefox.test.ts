import { FIREFOX_PATH, launchFirefoxBuild } from './browsers';
import { librarySuite } from './library-suite';

librarySuite({
  name: 'Firefox',
  executable: FIREFOX_PATH,
  target: 'firefox-mv3',
  launch: (build) => launchFirefoxBuild(build),
});
