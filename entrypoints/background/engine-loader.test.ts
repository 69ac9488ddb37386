// The engine's loader: Chrome's importScripts where the worker has it (the chunk imported at install,
// so later wakes may import it), the chunk's import() elsewhere; loaded once, a failure worded and
// forgotten so the next analysis tries again.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ENGINE_KEY, ENGINE_PATH, type Engine } from './engine-api';

const engine = { extendKb: () => ({}) } as unknown as Engine;
const global = globalThis as Record<string, unknown>;

/** A fresh worker: the loader's memory and the chunk's global start empty. */
async function freshLoader() {
  vi.resetModules();
  delete global[ENGINE_KEY];
  return import('./engine-loader');
}

describe('loadEngine', () => {
  beforeEach(() => delete global[ENGINE_KEY]);
  afterEach(() => {
    vi.unstubAllGlobals();
    delete global[ENGINE_KEY];
  });

  it('in a service worker, imports the chunk with importScripts once and hands over its engine', async () => {
    const { loadEngine } = await freshLoader();
    const importScripts = vi.fn(() => void (global[ENGINE_KEY] = engine));
    vi.stubGlobal('importScripts', importScripts);
    expect(await loadEngine()).toBe(engine);
    expect(await loadEngine()).toBe(engine);
    expect(importScripts).toHaveBeenCalledTimes(1);
    expect(importScripts).toHaveBeenCalledWith(ENGINE_PATH);
  });

  it('does not import it again when the install already ran it in this worker', async () => {
    const { loadEngine } = await freshLoader();
    global[ENGINE_KEY] = engine;
    const importScripts = vi.fn();
    vi.stubGlobal('importScripts', importScripts);
    expect(await loadEngine()).toBe(engine);
    expect(importScripts).not.toHaveBeenCalled();
  });

  it('words a failure, and the next call tries again', async () => {
    const { loadEngine } = await freshLoader();
    const importScripts = vi
      .fn()
      .mockImplementationOnce(() => {
        throw new Error("Failed to execute 'importScripts': the script failed to load.");
      })
      .mockImplementationOnce(() => {})
      .mockImplementationOnce(() => void (global[ENGINE_KEY] = engine));
    vi.stubGlobal('importScripts', importScripts);
    await expect(loadEngine()).rejects.toThrow(
      /^the corpus engine could not be loaded: Failed to execute 'importScripts'/,
    );
    // A chunk that runs but sets nothing is a failure too.
    await expect(loadEngine()).rejects.toThrow(
      `the corpus engine could not be loaded: ${ENGINE_PATH} did not hand the engine over`,
    );
    expect(await loadEngine()).toBe(engine);
    expect(importScripts).toHaveBeenCalledTimes(3);
  });

  it('without importScripts (Firefox’s event page), imports the chunk’s URL', async () => {
    const { loadEngine } = await freshLoader();
    // Here the extension URL cannot be imported: what matters is that it was tried, and said.
    await expect(loadEngine()).rejects.toThrow(/^the corpus engine could not be loaded: /);
  });
});

describe('keepEngineForLaterWakes', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    delete global[ENGINE_KEY];
  });

  it('in a service worker, imports the chunk at install, and a failure there only warns', async () => {
    const { keepEngineForLaterWakes } = await freshLoader();
    const importScripts = vi.fn();
    vi.stubGlobal('importScripts', importScripts);
    const listen = vi.fn();
    vi.stubGlobal('addEventListener', listen);
    keepEngineForLaterWakes();
    expect(listen).toHaveBeenCalledWith('install', expect.any(Function));
    expect(importScripts).not.toHaveBeenCalled();
    const onInstall = listen.mock.calls[0]![1] as () => void;
    onInstall();
    expect(importScripts).toHaveBeenCalledWith(ENGINE_PATH);

    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    importScripts.mockImplementationOnce(() => {
      throw new Error('boom');
    });
    expect(() => onInstall()).not.toThrow();
    expect(warn).toHaveBeenCalled();
  });

  it('does nothing where there is no importScripts', async () => {
    const { keepEngineForLaterWakes } = await freshLoader();
    const listen = vi.fn();
    vi.stubGlobal('addEventListener', listen);
    keepEngineForLaterWakes();
    expect(listen).not.toHaveBeenCalled();
  });
});
