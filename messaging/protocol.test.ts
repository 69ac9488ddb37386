import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { handle, messages, request } from './protocol';
import { bridgeRuntimeMessaging } from './runtime-bridge';

const summary = { sources: 5, actors: 40, statements: 120 };

describe('message protocol', () => {
  const removers: (() => void)[] = [];
  beforeEach(() => {
    fakeBrowser.reset();
    bridgeRuntimeMessaging();
  });
  afterEach(() => removers.splice(0).forEach((remove) => remove()));

  it('carries a request and its answer between the two ends', async () => {
    removers.push(handle('getKbSummary', () => summary));
    expect(await request('getKbSummary')).toEqual(summary);
  });

  it('hands the handler the validated data', async () => {
    const seen: string[] = [];
    removers.push(
      handle('getSource', ({ id }) => {
        seen.push(id);
        return null;
      }),
    );
    expect(await request('getSource', { id: '000' })).toBeNull();
    expect(seen).toEqual(['000']);
  });

  it('refuses data that breaks the schema before the handler runs', async () => {
    let called = false;
    removers.push(
      handle('getCard', () => {
        called = true;
        return null;
      }),
    );
    await expect(request('getCard', { id: '' })).rejects.toThrow(/Invalid length/);
    await expect(request('getCard', { id: 'x'.repeat(201) })).rejects.toThrow(/Invalid length/);
    // What a stale or buggy sender could put on the wire, past the type checker.
    await expect(request('getCard', 42 as unknown as { id: string })).rejects.toThrow(/Invalid type/);
    expect(called).toBe(false);
  });

  it('refuses an answer that breaks the schema on arrival', async () => {
    removers.push(handle('getKbSummary', () => ({ sources: -1, actors: 1.5, statements: '3' }) as never));
    await expect(request('getKbSummary')).rejects.toThrow(/Invalid/);
  });

  it('passes a handler error back to the sender', async () => {
    removers.push(
      handle('getKbSummary', () => {
        throw new Error('kb.json: HTTP 404');
      }),
    );
    await expect(request('getKbSummary')).rejects.toThrow('kb.json: HTTP 404');
  });

  it('declares a data and a result schema for every message', () => {
    for (const entry of Object.values(messages)) {
      expect(entry.data).toHaveProperty('kind', 'schema');
      expect(entry.result).toHaveProperty('kind', 'schema');
    }
  });
});
