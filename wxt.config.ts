import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  manifest: {
    name: 'Footnote',
    description: 'Citable context next to the news: who said what, from a bundled corpus.',
    permissions: ['storage'],
  },
  vite: () => ({ plugins: [preact()] }),
});
