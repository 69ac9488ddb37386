import { a11ySuite } from './a11y-suite';
import { CHROMIUM_PATH, launchChromium } from './browsers';

a11ySuite({
  name: 'Chromium',
  executable: CHROMIUM_PATH,
  target: 'chrome-mv3',
  launch: (build, theme) => launchChromium(build.dir, { dark: theme === 'dark' }),
});
