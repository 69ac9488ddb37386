import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'Footnote',
    description: 'Citable context next to the news: who said what, from a bundled corpus.',
    // storage only: settings later. The content script's http(s) matches are the only host access,
    // and nothing is fetched from the network (the KB ships inside the package).
    permissions: ['storage'],
    // The card UI chunk the content script imports at the first card (entrypoints/card-ui.ts): a
    // content script's import() of an extension file needs it web-accessible to the page's origin.
    // Chrome: only through the per-session dynamic URL, so a page cannot probe a fixed address to
    // detect the extension. Firefox's moz-extension address is per install already (and it has no
    // use_dynamic_url).
    web_accessible_resources: [
      {
        resources: ['card-ui.js'],
        matches: ['http://*/*', 'https://*/*'],
        ...(browser !== 'firefox' && { use_dynamic_url: true }),
      },
    ],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          // MV3 in Firefox needs a stable id for storage and signing.
          id: 'footnote@footnote.dev',
          // Firefox 140+ asks new add-ons to declare data collection; Footnote collects nothing.
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
  vite: () => ({ plugins: [preact()] }),
});
