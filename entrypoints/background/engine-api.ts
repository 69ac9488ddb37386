// What the background asks of the corpus engine, and where the engine's chunk hands it over. Names and
// types only: the background and the chunk (entrypoints/corpus-engine.ts) both import this file, so it
// must never import the engine itself.
import type { extendKb } from '@/core/library/kb';

export interface Engine {
  extendKb: typeof extendKb;
}

/** The global the chunk sets when it runs, as the content script's chunks do (card-ui.js). */
export const ENGINE_KEY = '__footnoteEngine';

/** The chunk in the package: WXT builds entrypoints/corpus-engine.ts as a classic script there. */
export const ENGINE_PATH = '/corpus-engine.js';
