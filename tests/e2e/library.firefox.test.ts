import { FIREFOX_PATH, launchFirefox } from './browsers';
import { librarySuite } from './library-suite';

librarySuite({
  name: 'Firefox',
  executable: FIREFOX_PATH,
  target: 'firefox-mv3',
  launch: (build) => {
    const id = build.manifest.browser_specific_settings?.gecko?.id;
    if (!id) throw new Error('the Firefox build has no browser_specific_settings.gecko.id');
    return launchFirefox(build.dir, id);
  },
});
