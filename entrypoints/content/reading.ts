// The reader's Reading options (utils/reading.ts) as the overlay uses them: the current value, kept up
// to date by a storage watch so a change on the options page applies to the next hover at once, and
// the highlight style, applied to the page's marks at once.
import { DEFAULT_READING, getReading, watchReading, type Reading } from '@/utils/reading';
import type { MarkStyle } from './marks';

// One value for the document's overlay: hover reads it, and so does the card (its theme).
let current = DEFAULT_READING;

export const currentReading = (): Reading => current;

export function followReading(signal: AbortSignal, onChange?: (reading: Reading) => void): () => Reading {
  const take = (reading: Reading) => {
    current = reading;
    onChange?.(reading);
  };
  try {
    const unwatch = watchReading(take);
    signal.addEventListener('abort', () => quietly(unwatch), { once: true });
    void getReading().then(
      (reading) => !signal.aborted && take(reading),
      () => undefined, // an orphaned script: the defaults serve until it is gone
    );
  } catch {
    // No storage in this context (an orphaned script): the defaults, the behaviour before the option.
  }
  return currentReading;
}

/** Keeps `marks` drawn in the reader's highlight style, in this tab, as it changes anywhere. */
export function followHighlightStyle(marks: { setStyle(style: MarkStyle): void }, signal: AbortSignal): void {
  marks.setStyle(current.highlight);
  followReading(signal, (reading) => marks.setStyle(reading.highlight));
}

function quietly(cleanup: () => void): void {
  try {
    cleanup();
  } catch {
    // the extension reloaded: the watch is gone anyway
  }
}
