// The corpus engine, loaded the first time one of the reader's articles must be analysed (an add, an
// import, or a start whose kept KB does not match the stored articles), never just because the
// background starts. A plain import() cannot do it in both browsers: Chrome's background is a service
// worker, where import() throws ("disallowed on ServiceWorkerGlobalScope by the HTML specification"),
// and its importScripts() takes, after the worker's first run, only scripts that run already imported
// while it was being installed. So in Chrome the chunk is imported once when a new version of the
// worker is installed (the extension installed or updated, not at later wakes), which lets any later
// wake import it again from the worker's own store. Firefox's background is an event page, where the
// chunk's import() works at any time, as the content script's chunks do (content/chunk.ts).
import { browser, type PublicPath } from 'wxt/browser';
import { ENGINE_KEY, ENGINE_PATH, type Engine } from './engine-api';

type ImportScripts = (...urls: string[]) => void;

/** A classic worker's importScripts: Chrome's background has it, Firefox's event page does not. */
function importScriptsHere(): ImportScripts | undefined {
  const f = (globalThis as { importScripts?: unknown }).importScripts;
  return typeof f === 'function' ? (f as ImportScripts) : undefined;
}

const handedOver = () => (globalThis as Record<string, unknown>)[ENGINE_KEY] as Engine | undefined;

let loading: Promise<Engine> | undefined;

/**
 * The engine, loaded once per worker. A failed load is forgotten, so the next analysis tries again; its
 * error says what failed, for the message the reader's article list shows.
 */
export function loadEngine(): Promise<Engine> {
  loading ??= Promise.resolve()
    .then(load)
    .catch((e: unknown) => {
      loading = undefined;
      throw new Error(`the corpus engine could not be loaded: ${(e as Error).message}`);
    });
  return loading;
}

async function load(): Promise<Engine> {
  if (!handedOver()) {
    const importScripts = importScriptsHere();
    if (importScripts) importScripts(ENGINE_PATH);
    // The cast: WXT lists the chunk among the public paths only once its types are prepared.
    else await import(/* @vite-ignore */ browser.runtime.getURL(ENGINE_PATH as PublicPath));
  }
  const engine = handedOver();
  if (!engine) throw new Error(`${ENGINE_PATH} did not hand the engine over`);
  return engine;
}

/**
 * Chrome: imports the chunk while the worker is being installed, so later wakes may import it (see
 * above). Call it in the worker's first turn, as every listener: the install event is not repeated.
 * Nothing elsewhere (Firefox, tests).
 */
export function keepEngineForLaterWakes(): void {
  const importScripts = importScriptsHere();
  if (!importScripts) return;
  globalThis.addEventListener('install', () => {
    try {
      importScripts(ENGINE_PATH);
    } catch (e) {
      // Only the reader's own articles need it; loadEngine's error will say so when they do.
      console.warn('[footnote] the corpus engine could not be imported at install', e);
    }
  });
}
