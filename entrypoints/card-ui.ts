// The card UI of the page overlay, loaded by the content script only when a card first opens (or in
// idle time after the first scan found marks): Preact, the card component, its styles and
// floating-ui are about 40 KB minified that a page only read, never hovered, need not parse.
// WXT builds an unlisted script as a classic IIFE with no exports, so it hands its API over on the
// global of the realm that imported it: the content script's isolated world (Chrome) or sandbox
// (Firefox), which the page cannot see. It imports nothing that talks to the extension: passage links
// and card data come from the content script, so valibot, messaging and the polyfill are not loaded twice.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { CARD_UI_KEY, cardUi } from './content/card/ui';

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[CARD_UI_KEY] = cardUi;
});
