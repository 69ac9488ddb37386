import { FIREFOX_PATH, launchFirefoxBuild } from './browsers';
import { commandsSuite } from './commands-suite';

commandsSuite({
  name: 'Firefox',
  executable: FIREFOX_PATH,
  target: 'firefox-mv3',
  launch: (build) => launchFirefoxBuild(build),
});
