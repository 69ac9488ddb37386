import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { followKb } from './kb-watch';

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('followKb', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts the overlay, starts it again on each KB change, and stops with the script', async () => {
    const runs: AbortSignal[] = [];
    const script = new AbortController();
    followKb(script.signal, (s) => void runs.push(s));
    expect(runs).toHaveLength(1);
    await fakeBrowser.storage.local.set({ kbRevision: 1 });
    await tick();
    expect(runs).toHaveLength(2);
    expect(runs[0]!.aborted).toBe(true);
    expect(runs[1]!.aborted).toBe(false);
    script.abort();
    expect(runs[1]!.aborted).toBe(true);
    await fakeBrowser.storage.local.set({ kbRevision: 2 });
    await tick();
    expect(runs).toHaveLength(2);
  });
});
