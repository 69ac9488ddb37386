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
