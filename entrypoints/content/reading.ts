// The reader's Reading options (utils/reading.ts) as the overlay uses them: the current value, kept up
// to date by a storage watch so a change on the options page applies to the next hover at once.
import { DEFAULT_READING, getReading, watchReading, type Reading } from '@/utils/reading';

// One value for the document's overlay: hover reads it, and so does the card (its theme).
let current = DEFAULT_READING;

export const currentReading = (): Reading => current;

export function followReading(signal: AbortSignal): () => Reading {
  try {
    const unwatch = watchReading((reading) => (current = reading));
    signal.addEventListener('abort', () => quietly(unwatch), { once: true });
    void getReading().then(
      (reading) => (current = reading),
      () => undefined, // an orphaned script: the defaults serve until it is gone
    );
  } catch {
    // No storage in this context (an orphaned script): the defaults, the behaviour before the option.
  }
  return currentReading;
}

function quietly(cleanup: () => void): void {
  try {
    cleanup();
  } catch {
    // the extension reloaded: the watch is gone anyway
  }
}
