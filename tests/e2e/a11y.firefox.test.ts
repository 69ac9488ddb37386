import { a11ySuite } from './a11y-suite';
import { FIREFOX_PATH, launchFirefox } from './browsers';

a11ySuite({
  name: 'Firefox',
  executable: FIREFOX_PATH,
  target: 'firefox-mv3',
  launch: (build, theme) => {
    const id = build.manifest.browser_specific_settings?.gecko?.id;
    if (!id) throw new Error('the Firefox build has no browser_specific_settings.gecko.id');
    return launchFirefox(build.dir, id, { dark: theme === 'dark' });
  },
});
