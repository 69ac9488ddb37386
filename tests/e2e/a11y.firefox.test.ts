import { a11ySuite } from './a11y-suite';
import { FIREFOX_PATH, launchFirefoxBuild } from './browsers';

a11ySuite({
  name: 'Firefox',
  executable: FIREFOX_PATH,
  target: 'firefox-mv3',
  launch: (build, theme) => launchFirefoxBuild(build, { dark: theme === 'dark' }),
});
