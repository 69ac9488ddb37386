import { defineBackground } from 'wxt/utils/define-background';
import { handle } from '@/messaging/protocol';
import { findActor, summarize, type Kb } from './kb';
import { loadKb } from './load-kb';

export default defineBackground(() => {
  // Fetched on first use, then kept for the worker's lifetime. A failed load is forgotten so that the
  // next message retries instead of serving the same error until the worker restarts.
  let kb: Promise<Kb> | undefined;
  const getKb = (): Promise<Kb> =>
    (kb ??= loadKb().catch((error: unknown) => {
      kb = undefined;
      throw error;
    }));

  // Listeners are registered synchronously: a Chrome service worker woken by a message only delivers
  // it to listeners that exist when the worker's first turn ends.
  handle('getKbSummary', async () => summarize(await getKb()));
  handle('getActor', async (name) => findActor(await getKb(), name));
});
