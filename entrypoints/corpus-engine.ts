// The corpus engine for the background, loaded only when one of the reader's articles must be analysed
// (entrypoints/background/engine-loader.ts): the engine, its lexicons and, later, its model weights are
// the bulk of what the background would otherwise parse at every start. WXT builds an unlisted script as
// a classic IIFE with no exports, so it hands its API over on the global of the worker or page that
// loaded it. Not web-accessible: only the extension itself loads it.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extendKb } from '@/core/library/kb';
import { ENGINE_KEY, type Engine } from './background/engine-api';

export default defineUnlistedScript(() => {
  const engine: Engine = { extendKb };
  (globalThis as Record<string, unknown>)[ENGINE_KEY] = engine;
});
