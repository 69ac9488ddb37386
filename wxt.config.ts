import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { manifestCommands } from './utils/commands';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Every file imports what it uses. WXT's auto-imports scanned utils/ with a regular expression that
  // read the `version: 1` of each storage item's options as an export named `version` (a duplicate
  // warning on every run, and a false global `version` in the types).
  imports: false,
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'Footnote',
    description: 'Citable context next to the news: who said what, from a bundled corpus.',
    // storage: settings and the reader's own articles; unlimitedStorage: those articles (up to 20 MB,
    // the library's own limit) must not hit storage.local's 10 MB quota. The content script's http(s)
    // matches are the only host access, and nothing is fetched from the network.
    permissions: ['storage', 'unlimitedStorage'],
    // The card UI chunk the content script imports at the first card (entrypoints/card-ui.ts): a
    // content script's import() of an extension file needs it web-accessible to the page's origin.
    // Chrome: only through the per-session dynamic URL, so a page cannot probe a fixed address to
    // detect the extension. Firefox's moz-extension address is per install already (and it has no
    // use_dynamic_url).
    web_accessible_resources: [
      {
        // readability.js: "Add this page" reads the article in the page, loaded only when asked.
        resources: ['card-ui.js', 'readability.js'],
        matches: ['http://*/*', 'https://*/*'],
        ...(browser !== 'firefox' && { use_dynamic_url: true }),
      },
    ],
    // Keyboard commands: the browser owns the keys, so readers rebind them and pages keep theirs.
    commands: manifestCommands(),
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          // MV3 in Firefox needs a stable id for storage and signing.
          id: 'footnote@footnote.dev',
          // Firefox 140+ asks new add-ons to declare data collection; Footnote collects nothing.
          data_collection_permissions: { required: ['none'] },
        },
        // Firefox for Android runs MV3 content scripts; 142 is where it reads
        // data_collection_permissions (140 on desktop), and the marks' Highlight API is there too.
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
  vite: () => ({ plugins: [preact()] }),
  // `npm run zip`: the store packages, named by package.json's version, and for addons.mozilla.org
  // the sources zip its reviewers rebuild from (`npm ci && npm run build`). Beside WXT's own
  // exclusions (node_modules, hidden files, tests beside the code, .output): what a build makes or a
  // test run leaves, and the end-to-end tests, which the build does not need.
  zip: {
    excludeSources: [
      'artifacts/**',
      'coverage/**',
      'tests/**',
      'public/kb.json',
      'public/matcher.json',
      '**/*.log',
    ],
  },
  hooks: {
    // The content script runs on every page, so it goes without webextension-polyfill (about 10 KB
    // minified): its own calls are synchronous or answer through sendResponse
    // (messaging/native-runtime.ts), @wxt-dev/storage and @webext-core/messaging use the browser's
    // API directly, and WXT's content script context only reads `runtime.id`. For that build alone,
    // `wxt/browser` is WXT's own native `browser` (@wxt-dev/browser) again; pages and the background
    // keep the polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      const alias = config.resolve?.alias;
      if (Array.isArray(alias)) {
        for (const a of alias as { find: unknown; replacement: string }[]) {
          if (a.find === 'wxt/browser') a.replacement = '@wxt-dev/browser';
        }
      } else if (alias && 'wxt/browser' in alias) {
        (alias as Record<string, string>)['wxt/browser'] = '@wxt-dev/browser';
      }
    },
  },
});
